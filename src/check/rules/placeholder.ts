/** `placeholder`: no value still holds the template's `replace-me` or `replace-with…`. */
import { withField } from '../../schemas/explain-issue.ts';
import { defineRule } from './rule.ts';

/** What the template (`npm run new`) writes where the organizer must fill in. */
const PLACEHOLDER = /replace-(me|with)/;

/** A value of the frontmatter left as the template wrote it. */
export const placeholder = defineRule({
	id: 'placeholder',
	description: 'A value is still the template\'s placeholder (replace-me, replace-with-…).',
	severity: 'warning',
	check({ values, source, report }) {
		for (const { value, path } of values()) {
			if (typeof value !== 'string' || !PLACEHOLDER.test(value)) continue;
			report(source.positionOf(path, 'value'), withField(path, `"${value}" is still the template's placeholder. Write the real one before publishing.`));
		}
	},
});
