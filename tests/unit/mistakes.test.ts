/**
 * One file for each mistake organizers make, checked as `npm run check` and `npm run build` check it:
 * each reported at its exact file, line and column, in the words the organizer reads.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatDiagnostic } from '../../src/check/diagnostic.ts';
import { ROOT } from '../helpers/build-site.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/mistakes');
const NOW = new Date('2026-06-01T12:00:00Z');

describe('every mistake in the fixture', () => {
	it('is reported once, at its file, line and column, in plain words', () => {
		const result = checkContent({ root: ROOT, contentDir: FIXTURE, publicDir: join(ROOT, 'public'), now: NOW });
		const expected = [
		"actions/duplicate.mdx:1:1  error  Two entries of actions have the slug \"duplicate\": this file and tests/fixtures/mistakes/actions/duplicate.md. Rename one of them; the file name is the page's address.",
		"actions/ends-before-start.md:9:8  error  `event.end`: The event ends (2026-12-03 17:00) before it starts (2026-12-03 18:30). Check `end`: an event that runs past midnight ends on the next day's date.",
		"actions/impossible-time.md:8:10  error  `event.start`: \"2026-12-03 25:00\" is not a real time of day. Use the 24-hour clock, from 00:00 to 23:59.",
		"actions/impossible-time.md:9:8  error  `event.end`: \"2026-12-03 26:00\" is not a real time of day. Use the 24-hour clock, from 00:00 to 23:59.",
		"actions/missing-reference.md:7:9  error  `hosts`: There is no member \"adda\" in tests/fixtures/mistakes/members/. Did you mean `ada`? Write the file name of an existing entry, without .md.",
		"actions/schemeless-url.md:6:8  error  `cta.url`: \"www.example.org/map\" has no scheme, so browsers would treat it as a page of this site. Write https://www.example.org/map.",
		"actions/unknown-time-zone.md:10:13  error  `event.timezone`: \"America/New_Yrok\" is not a time zone. Did you mean `America/New_York`? Write an IANA name such as America/Chicago or Europe/Paris.",
		"actions/unsafe-url.md:6:8  error  `cta.url`: `javascript:` links can run code or hide content in a visitor's browser, so the hub refuses them. Link to an https:// address instead.",
		"stories/body-broken-link.md:7:6  error  There is no page at /actions/pledge/ on this hub. Pages of entries are /actions/<file name>/, /stories/…, /members/…, /resources/….",
		"stories/body-click-here.md:7:10  warning  \"click here\" does not say where the link goes. Say what it does instead, such as [Sign the pledge](…).",
		"stories/body-empty-link.md:7:5  error  This link has no text, so screen readers read out the bare address. Write what the link leads to between the brackets.",
		"stories/body-image-without-alt.md:7:1  error  This image has no alt text. Describe what it shows between the brackets: ![Volunteers fixing a lamp](…).",
		"stories/body-skipped-heading.md:9:1  warning  This heading jumps from level 2 to level 4. Use ### here, so screen-reader users can follow the outline.",
		"stories/empty.md:1:1  error  The file is empty. Start from an existing entry of the same folder, or from the example in the README.",
		"stories/image-without-alt.md:6:3  error  `cover.alt` is missing. Every image needs `alt`: a short description of what it shows, for people who cannot see it.",
		"stories/impossible-date.md:4:7  error  `date`: 2026-02-30 is not a real date: February 2026 has 28 days. Write a day that exists, such as 2026-02-28.",
		"stories/long-summary.md:3:10  warning  `summary`: 254 characters is more than link previews show (about 200; X cuts at 200, Facebook and LinkedIn earlier). Shorten it so it is not cut mid-sentence.",
		"stories/missing-field.md:2:1  error  `summary` is missing. Add it: it is required.",
		"stories/missing-image.md:6:8  error  `cover.src`: No image at \"../images/not-there.jpg\" (looked for tests/fixtures/mistakes/images/not-there.jpg). Paths are relative to this file, such as ../images/photo.jpg.",
		"stories/misspelt-field.md:2:1  error  Unknown field `titel`: did you mean `title`?",
		"stories/no-closing-dashes.md:1:1  error  The fields at the top are never closed: add a line of three dashes (---) after the last field, before the text.",
		"stories/no-front-matter.md:1:1  error  The file must start with a line of three dashes (---), then the fields (title: …), then another line of three dashes.",
		"stories/wrong-type.md:5:11  error  `featured` should be true or false, not \"yes\".",
		"stories/yaml-colon.md:2:8  error  This value contains a colon, which YAML reads as a new field. Put the value in quotes: title: \"Leases: what to ask\"",
		"stories/yaml-quote.md:2:8  error  A quote is opened but never closed. Add the closing quote at the end of the value.",
		"stories/yaml-tab.md:6:1  error  A tab is used to indent this line. YAML needs spaces: replace the tab with two spaces.",
		];
		expect(result.diagnostics.map(formatDiagnostic)).toEqual(expected.map((line) => `tests/fixtures/mistakes/${line}`));
	});

	it('accepts a byte-order mark and Windows line endings', () => {
		const result = checkContent({ root: FIXTURE, contentDir: FIXTURE, publicDir: join(ROOT, 'public'), now: NOW });
		expect(result.diagnostics.filter((d) => d.file.includes('bom-and-crlf'))).toEqual([]);
		expect(result.entries.map((e) => e.slug)).toContain('bom-and-crlf');
	});
});

describe('no file, however malformed', () => {
	const VALID = '---\ntitle: "A story"\nsummary: A summary.\ndate: 2026-01-10\npeople: [ada]\ncover:\n  src: ../images/placeholder.svg\n  alt: A picture\n---\n\n## Heading\n\nA [link](/stories/) and ![an image](../images/placeholder.svg).\n';
	/** Damage a valid file the ways editors and people do: stray characters, cut text, pasted junk. */
	const damaged = fc.oneof(
		fc.string({ unit: 'binary', maxLength: 300 }),
		fc.tuple(fc.nat({ max: VALID.length }), fc.constantFrom(':', '"', "'", '\t', '---\n', '- ', '[', ']', '{', '}', '#', '\n', '\uFEFF', '\r', '&', '*', '!', '|', '>', '%', '@', '`', '\u0000', '  '), fc.nat({ max: 20 })).map(
			([at, junk, cut]) => VALID.slice(0, at) + junk + VALID.slice(at + cut),
		),
	);

	it('crashes the checker: every problem comes back as a report with a position', () => {
		const work = mkdtempSync(join(tmpdir(), 'hub-fuzz-'));
		cpSync(FIXTURE, work, { recursive: true, filter: (source) => !source.includes('/stories/') || source.endsWith('/stories') });
		try {
			fc.assert(
				fc.property(damaged, (text) => {
					writeFileSync(join(work, 'stories', 'damaged.md'), text);
					const result = checkContent({ root: work, contentDir: work, publicDir: join(ROOT, 'public'), now: NOW });
					for (const d of result.diagnostics) {
						expect(d.line).toBeGreaterThanOrEqual(1);
						expect(d.column).toBeGreaterThanOrEqual(1);
						expect(d.message.length).toBeGreaterThan(10);
					}
				}),
				{ numRuns: 300 },
			);
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	});
});
