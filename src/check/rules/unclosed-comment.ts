/**
 * `unclosed-comment`: an HTML comment in the text ends. Opened with `<!--` and never closed with
 * `-->`, it runs to the end of the text, and everything after it disappears from the page without a word.
 */
import { defineRule } from './rule.ts';

/** A `<!--` in the text's HTML with no `-->` after it. */
export const unclosedComment = defineRule({
	id: 'unclosed-comment',
	description: 'An HTML comment in the text (<!--) is never closed (-->), so everything after it is hidden from the page.',
	check({ nodes, positionIn, report }) {
		for (const html of nodes('html')) {
			const opened = html.value.lastIndexOf('<!--');
			// `<!-->` and `<!--->` are empty comments, closed as they open.
			if (opened === -1 || /^(?:->|>)/.test(html.value.slice(opened + 4, opened + 6)) || html.value.includes('-->', opened + 4)) continue;
			report(
				positionIn(html, opened),
				'This comment (<!--) is never closed, so everything after it is hidden from the page. Add --> where the comment should end.',
			);
		}
	},
});
