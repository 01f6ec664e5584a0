/** Every built page is valid HTML (html-validate, its recommended rules). */
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { allPages, fileFor } from '../helpers/html.ts';
import { SITES } from '../helpers/sites.ts';

const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes void elements without a closing slash and attributes in its own order: both valid HTML.
		'void-style': 'off',
		'attribute-boolean-style': 'off',
		// Long attribute values (share links, JSON-LD) are data, not text people read.
		'long-title': 'off',
		// role="list" on styled lists is on purpose: Safari's VoiceOver drops list semantics otherwise.
		'no-redundant-role': 'off',
		// Lower-case <!doctype html> (Astro's redirect pages) is as valid as upper case.
		'doctype-style': 'off',
		// Heading ids such as "1-check-the-market" are valid HTML ids.
		'valid-id': ['error', { relaxed: true }],
		// The rule is for visible phone numbers; our tel: links are labelled in words ("Call the store").
		'tel-non-breaking': 'off',
	},
});

describe.each([SITES.example, SITES.hubJune1])('the pages of $name', (site) => {
	it('have no HTML errors', async () => {
		const problems: string[] = [];
		for (const path of allPages(site)) {
			const report = await validator.validateString(readFileSync(fileFor(site, path), 'utf8'), path);
			for (const result of report.results) {
				for (const message of result.messages) problems.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
			}
		}
		expect(problems).toEqual([]);
	});
});
