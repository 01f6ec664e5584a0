/** `summary-length`: a summary fits in a link preview. */
import { defineRule } from './rule.ts';

/** What link previews show of a description, give or take a network. */
const SUMMARY_PREVIEW = 200;

/** A summary longer than link previews show. */
export const summaryLength = defineRule({
	id: 'summary-length',
	description: `The summary is longer than link previews show (about ${SUMMARY_PREVIEW} characters), so it would be cut mid-sentence.`,
	severity: 'warning',
	check({ entry, source, report }) {
		const { summary } = entry.data;
		if (typeof summary !== 'string' || summary.length <= SUMMARY_PREVIEW) return;
		report(
			source.positionOf(['summary'], 'value'),
			`\`summary\`: ${summary.length} characters is more than link previews show (about ${SUMMARY_PREVIEW}; X cuts at 200, Facebook and LinkedIn earlier). Shorten it so it is not cut mid-sentence.`,
		);
	},
});
