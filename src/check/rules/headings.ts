/**
 * `heading-level` and `heading-increment`: the page's title is its only level-1 heading, and headings
 * of the text start at ## and go down one level at a time, so screen-reader users can follow the outline.
 */
import { defineNodeRule, defineRule } from './rule.ts';

/** A level-1 heading (#) in the text. */
export const headingLevel = defineNodeRule({
	id: 'heading-level',
	description: 'A heading in the text is level 1 (#), which the page\'s title already is.',
	severity: 'warning',
	node: 'heading',
	message: (heading) => (heading.depth === 1 ? 'The title is already the page\'s level-1 heading. Start headings in the text at ## (level 2).' : undefined),
});

/** A heading more than one level below the one before it (the title counts as level 1). */
export const headingIncrement = defineRule({
	id: 'heading-increment',
	description: 'A heading in the text skips a level (## then ####).',
	severity: 'warning',
	check({ nodes, nodePosition, report }) {
		let previous = 1;
		for (const heading of nodes('heading')) {
			if (heading.depth > previous + 1) {
				report(nodePosition(heading), `This heading jumps from level ${previous} to level ${heading.depth}. Use ${'#'.repeat(previous + 1)} here, so screen-reader users can follow the outline.`);
			}
			previous = heading.depth;
		}
	},
});
