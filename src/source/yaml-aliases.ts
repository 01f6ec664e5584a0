/**
 * YAML's anchors and aliases (`&name`, then `*name`) repeat a value without writing it again. Nested,
 * they multiply: nine lines of nine aliases each stand for 387 million values (the "billion laughs"
 * attack), which hang whatever walks them or runs out of memory printing them. js-yaml, which reads
 * the data, sets no limit; this counts what the aliases expand to, cheaply, and points at the alias
 * that passes the limit.
 */
import { isAlias, isCollection, isPair, isScalar, parseDocument, type Node } from 'yaml';
import { positionsIn } from './text-position.ts';
import type { Position } from './yaml-source.ts';

/** The most values a file's fields may expand to through aliases. A real entry has fewer than 200. */
export const MAX_YAML_VALUES = 10_000;

/** Text that may hold an alias: a `*` where a value can start. Most files have none, and skip the count. */
const MAY_HAVE_ALIAS = /(?:^|[\s[{,])\*[^\s\]},]/m;

/** An alias that makes the fields too large (or endless), where it is and what to do. */
export interface AliasProblem extends Position {
	message: string;
}

/**
 * The first alias at which the fields, expanded, pass `MAX_YAML_VALUES` or never end; undefined when
 * the aliases are reasonable (or there are none). Only call it on YAML that reads without errors.
 */
export function aliasProblem(text: string, firstLine = 1): AliasProblem | undefined {
	if (!MAY_HAVE_ALIAS.test(text)) return undefined;
	const doc = parseDocument(text);
	if (!doc.contents) return undefined;
	const position = positionsIn(text, firstLine);
	const at = (node: Node) => position(node.range?.[0] ?? 0);

	// Sizes after expansion, computed children first: an alias can only name an anchor declared before
	// it, whose size is then known, or one of its own ancestors, whose size is endless.
	const sizes = new Map<Node, number>();
	const anchors = new Map<string, Node>();
	const open = new Set<Node>();
	let literal = 0;
	let expanded = 0;
	const stack: Array<{ node: Node; children: Node[] | undefined }> = [{ node: doc.contents as Node, children: undefined }];
	while (stack.length) {
		const top = stack[stack.length - 1]!;
		const { node } = top;
		if (!top.children) {
			// First visit: declare its anchor, and list its children in document order.
			if (!isAlias(node) && node.anchor) anchors.set(node.anchor, node);
			open.add(node);
			top.children = childrenOf(node).reverse();
		}
		const child = top.children.pop();
		if (child) {
			stack.push({ node: child, children: undefined });
			continue;
		}
		stack.pop();
		open.delete(node);
		if (isAlias(node)) {
			const target = anchors.get(node.source);
			if (!target) continue; // An unknown anchor is a syntax error, reported elsewhere.
			if (open.has(target)) {
				return { ...at(node), message: `This alias (*${node.source}) is inside the value it repeats, so the fields would never end. Write the values out instead of using & and *.` };
			}
			const size = sizes.get(target) ?? 1;
			sizes.set(node, size);
			expanded += size;
			if (literal + expanded > MAX_YAML_VALUES) {
				return {
					...at(node),
					message: `This alias (*${node.source}) repeats ${size.toLocaleString('en-US')} values, and with the aliases before it the fields would grow past ${MAX_YAML_VALUES.toLocaleString('en-US')} values when read: anchors and aliases that repeat each other multiply. Write the values out instead of using & and *.`,
				};
			}
			continue;
		}
		literal++;
		sizes.set(node, childrenOf(node).reduce((sum, item) => sum + (sizes.get(item) ?? 1), 1));
	}
	return undefined;
}

/** The nodes directly under a node: a map's keys and values, a list's items. */
function childrenOf(node: Node): Node[] {
	if (!isCollection(node)) return [];
	const children: Node[] = [];
	for (const item of node.items as unknown[]) {
		if (isPair(item)) {
			if (item.key && (isScalar(item.key) || isAlias(item.key) || isCollection(item.key))) children.push(item.key as Node);
			if (item.value) children.push(item.value as Node);
		} else if (item) children.push(item as Node);
	}
	return children;
}
