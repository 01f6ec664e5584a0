/**
 * `markdown-nesting`: the text nests quotes, lists, emphasis and links no deeper than any page shows.
 * Found twice: on the text, before it is parsed (`src/source/markdown-limits.ts`, where nesting also
 * makes the parser slow), and here, exactly, on what the parser built.
 */
import type { Node, Parent } from 'mdast';
import { preOrder } from '../../lib/pre-order.ts';
import { defineRule } from './rule.ts';

/**
 * The most levels the text may nest, counting every quote, list item, footnote, emphasis and link
 * around a piece of text. Real text stays under ten; what renders the page walks it level by level.
 */
const MAX_MARKDOWN_LEVELS = 32;

/** Node types that put what they hold one level deeper. */
const LEVELS = new Set(['blockquote', 'listItem', 'footnoteDefinition', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

/** Text nested deeper than `MAX_MARKDOWN_LEVELS`. */
export const markdownNesting = defineRule({
	id: 'markdown-nesting',
	description: `The text nests quotes, lists, emphasis or links more than ${MAX_MARKDOWN_LEVELS} levels deep (or opens more at once than the builder reads quickly).`,
	check({ tree, nodePosition, report }) {
		// Each node with the levels around it, itself included.
		type Placed = { node: Node; level: number };
		const place = (node: Node, around: number): Placed => ({ node, level: around + (LEVELS.has(node.type) ? 1 : 0) });
		const children = ({ node, level }: Placed) => ('children' in node ? (node as Parent).children.map((child) => place(child, level)) : undefined);
		preOrder<Placed>(place(tree(), 0), children, ({ node, level }) => {
			if (level <= MAX_MARKDOWN_LEVELS) return false;
			report(
				nodePosition(node),
				`The text is nested more than ${MAX_MARKDOWN_LEVELS} levels deep here (quotes, lists, emphasis and links inside each other), more than any page can show. Take some of them out.`,
			);
			return true;
		});
	},
});
