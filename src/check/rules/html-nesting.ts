/**
 * `html-nesting`: HTML in the text nests elements no deeper than a page needs. The builder reads a
 * body's HTML into a tree and walks it level by level: ten thousand `<div>` overflow its stack, and
 * the page comes out empty.
 */
import { Parser } from 'htmlparser2';
import type { Html } from 'mdast';
import { defineRule } from './rule.ts';

/** The most HTML elements that may be open inside one another. A table cell in a list in a `<details>` is about eight. */
const MAX_HTML_DEPTH = 32;

/** HTML in the text whose elements nest deeper than `MAX_HTML_DEPTH`. */
export const htmlNesting = defineRule({
	id: 'html-nesting',
	description: `HTML in the text opens elements more than ${MAX_HTML_DEPTH} levels deep inside one another.`,
	check({ nodes, positionIn, report }) {
		// Every HTML piece of the text in order, through one parser: an element opened in one piece may close in another.
		const pieces: Array<{ offset: number; node: Html }> = [];
		let written = 0;
		let depth = 0;
		let found = false;
		const parser = new Parser({
			onopentag() {
				if (found || ++depth <= MAX_HTML_DEPTH) return;
				found = true;
				const { node, offset } = pieces.findLast((piece) => piece.offset <= parser.startIndex)!;
				report(
					positionIn(node, parser.startIndex - offset),
					`HTML elements are nested more than ${MAX_HTML_DEPTH} deep here (an element inside an element, again and again), more than any page needs. Close each element before opening the next, or use Markdown.`,
				);
			},
			onclosetag() {
				if (depth > 0) depth--;
			},
		});
		for (const node of nodes('html')) {
			pieces.push({ offset: written, node });
			parser.write(node.value);
			written += node.value.length;
			if (found) return;
		}
		parser.end();
	},
});
