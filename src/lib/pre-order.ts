/**
 * Walks a tree parents first, in document order, with a loop instead of recursion: content decides how
 * deep its trees are (Markdown, HTML, YAML data), and a recursive walk of a deep one overflows the stack.
 */

/**
 * Calls `visit` on every node of the tree under `root` (itself included), parents before children,
 * with its depth (the root's is 0). `visit` returns true to stop the walk.
 * @param children a node's children, in order; undefined or empty for a leaf
 */
export function preOrder<T>(root: T, children: (node: T) => readonly T[] | undefined, visit: (node: T, depth: number) => boolean | void): void {
	const stack: Array<[T, number]> = [[root, 0]];
	while (stack.length) {
		const [node, depth] = stack.pop()!;
		if (visit(node, depth)) return;
		const below = children(node);
		if (below) for (let index = below.length - 1; index >= 0; index--) stack.push([below[index]!, depth + 1]);
	}
}
