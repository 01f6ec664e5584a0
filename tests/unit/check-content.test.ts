/**
 * The content check as a whole, as `npm run check` and `npm run build` run it: every problem of every
 * file at once, each at its file, line and column with the id of the rule that found it; reading
 * errors in plain words; the site settings; and no file, however malformed, crashing it. Each rule on
 * its own is tested in check-rules.test.ts.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import type { Diagnostic } from '../../src/check/diagnostic.ts';
import { ALL_RULES, READING } from '../../src/check/rules/index.ts';
import { PUBLIC_RULES } from '../../src/check/rules/public-folder.ts';
import { ROOT } from '../helpers/build-site.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/mistakes');
const NOW = new Date('2026-06-01T12:00:00Z');
const check = (contentDir: string, root = ROOT) => checkContent({ root, contentDir, publicDir: join(ROOT, 'public'), now: NOW });

/** `stories/yaml-tab.md:6:1 error yaml-syntax`: where, how serious, and which rule. */
const where = (d: Diagnostic) => `${d.file.replace('tests/fixtures/mistakes/', '')}:${d.line}:${d.column} ${d.severity} ${d.rule}`;

/** A copy of the fixture to change, removed after each test. */
const copies: string[] = [];
function copyFixture(filter: (source: string) => boolean = () => true): string {
	const dir = mkdtempSync(join(tmpdir(), 'hub-check-'));
	copies.push(dir);
	cpSync(FIXTURE, dir, { recursive: true, filter });
	return dir;
}
afterEach(() => {
	for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('every mistake in the fixture', () => {
	const result = check(FIXTURE);

	it('is reported once, sorted by file and position, with the rule that found it', () => {
		expect(result.diagnostics.map(where)).toEqual([
			'actions/cta-missing-page.md:6:8 error cta-target',
			'actions/duplicate.mdx:1:1 error duplicate-slug',
			'actions/ends-before-start.md:9:8 error schema',
			'actions/impossible-time.md:8:10 error schema',
			'actions/impossible-time.md:9:8 error schema',
			'actions/missing-reference.md:7:9 error reference-exists',
			'actions/placeholder.md:6:8 error placeholder',
			'actions/schemeless-url.md:6:8 error schema',
			'actions/short-taken.md:7:8 error short-link',
			'actions/unknown-time-zone.md:10:13 error schema',
			'actions/unsafe-url.md:6:8 error schema',
			'members/no-consent.md:1:1 warning spotlight-consent',
			'resources/missing-file.md:5:7 error resource-file',
			'stories/body-broken-link.md:7:6 error link-target',
			'stories/body-click-here.md:7:10 warning vague-link-text',
			'stories/body-deep-html.md:7:161 error html-nesting',
			'stories/body-deep-quotes.md:7:49 error markdown-nesting',
			'stories/body-emphasis-marks.md:7:4001 error emphasis-marks',
			'stories/body-empty-link.md:7:5 error link-text',
			'stories/body-h1.md:7:1 warning heading-level',
			'stories/body-image-without-alt.md:7:1 error image-alt',
			'stories/body-missing-image.md:7:1 error body-image-exists',
			'stories/body-skipped-heading.md:9:1 warning heading-increment',
			'stories/body-unclosed-comment.md:9:1 error unclosed-comment',
			'stories/body-unsafe-html.md:7:1 warning unsafe-html',
			'stories/body-unsafe-link.md:7:5 error link-scheme',
			'stories/Capital-Letters.md:1:1 error file-name',
			'stories/control-character.md:7:16 error control-character',
			'stories/empty.md:1:1 error frontmatter',
			'stories/image-without-alt.md:6:3 error schema',
			'stories/impossible-date.md:4:7 error schema',
			'stories/latin-1.md:7:8 error file-encoding',
			'stories/long-summary.md:3:10 warning summary-length',
			'stories/mdx-untrusted.mdx:1:1 error mdx-untrusted',
			'stories/missing-field.md:2:1 error schema',
			'stories/missing-image.md:6:8 error image-exists',
			'stories/misspelt-field.md:2:1 error schema',
			'stories/no-closing-dashes.md:1:1 error frontmatter',
			'stories/no-front-matter.md:1:1 error frontmatter',
			'stories/reference-no-consent.md:5:10 warning reference-unpublished',
			'stories/title-carriage-return.md:2:8 error schema',
			'stories/undrawable-title.md:2:8 warning card-glyphs',
			'stories/upper-case-extension.MD:1:1 error skipped-file',
			'stories/wrong-type.md:5:11 error schema',
			'stories/yaml-aliases.md:9:8 error yaml-aliases',
			'stories/yaml-colon.md:2:8 error yaml-syntax',
			'stories/yaml-nesting.md:5:24 error yaml-nesting',
			'stories/yaml-not-fields.md:2:1 error yaml-syntax',
			'stories/yaml-quote.md:2:8 error yaml-syntax',
			'stories/yaml-tab.md:6:1 error yaml-syntax',
			'stories/yaml-twice.md:3:1 error yaml-syntax',
		]);
	});

	it('shows every rule and reading step (the site settings, the size limit, trusted MDX and the static files folder have their own tests)', () => {
		const shown = new Set(result.diagnostics.map((d) => d.rule));
		// The fixture's site.yaml does not trust MDX, so no MDX code is listed: see check-rules.test.ts.
		const elsewhere: string[] = [READING.siteSettings.id, READING.fileSize.id, READING.entryLink.id, 'mdx-code', ...Object.values(PUBLIC_RULES).map((rule) => rule.id)];
		expect([...shown].sort()).toEqual(ALL_RULES.map((rule) => rule.id).filter((id) => !elsewhere.includes(id)).sort());
	});

	// What a file that cannot be read says is the whole point: the organizer has nothing else to go on.
	it.each([
		['stories/Capital-Letters.md', 'The file name "Capital-Letters.md" cannot be a web address. Rename it capital-letters.md.'],
		['actions/duplicate.mdx', 'Two entries of actions have the slug "duplicate": this file and tests/fixtures/mistakes/actions/duplicate.md. Rename one of them; the file name is the page\'s address.'],
		['stories/empty.md', 'The file is empty. Start from an existing entry of the same folder, or from the example in the README.'],
		['stories/no-front-matter.md', 'The file must start with a line of three dashes (---), then the fields (title: …), then another line of three dashes.'],
		['stories/no-closing-dashes.md', 'The fields at the top are never closed: add a line of three dashes (---) after the last field, before the text.'],
		['stories/yaml-colon.md', 'This value contains a colon, which YAML reads as a new field. Put the value in quotes: title: "Leases: what to ask"'],
		['stories/yaml-quote.md', 'A quote is opened but never closed. Add the closing quote at the end of the value.'],
		['stories/yaml-tab.md', '`src` is indented with a tab. YAML reads only spaces: replace the tab with spaces, two more than `cover` has.'],
		['stories/yaml-twice.md', 'This field is written twice. Keep one of them.'],
		['stories/yaml-not-fields.md', 'The top of the file must be a list of fields, one "name: value" per line.'],
		['stories/misspelt-field.md', 'Unknown field `titel`: did you mean `title`?'],
	])('explains %s in plain words', (file, message) => {
		expect(result.diagnostics.filter((d) => d.file === `tests/fixtures/mistakes/${file}`).map((d) => d.message)).toEqual([message]);
	});

	it('accepts a byte-order mark and Windows line endings', () => {
		expect(result.diagnostics.filter((d) => d.file.includes('bom-and-crlf'))).toEqual([]);
		expect(result.entries.map((e) => e.slug)).toContain('bom-and-crlf');
	});

	it('keeps the entries it could read, and publishes those with nothing holding them back', () => {
		expect(result.entries.map((e) => `${e.collection}/${e.slug}`)).toEqual(expect.arrayContaining(['members/ada', 'members/no-consent', 'stories/body-h1']));
		expect(result.entries.map((e) => e.slug)).not.toContain('empty');
		const published = result.published.map((e) => `${e.collection}/${e.slug}`);
		expect(published).toContain('members/ada');
		expect(published).not.toContain('members/no-consent');
	});
});

describe('the site settings', () => {
	it('are reported at their line', () => {
		const dir = copyFixture();
		const site = join(dir, 'site.yaml');
		writeFileSync(site, readFileSync(site, 'utf8').replace('timezone: America/New_York', 'timezone: Paris'));
		const [problem, ...more] = check(dir, dir).diagnostics.filter((d) => d.file === 'site.yaml');
		expect(more).toEqual([]);
		expect(problem).toMatchObject({ line: 5, column: 11, severity: 'error', rule: 'site-settings' });
		expect(problem!.message).toMatch(/^`timezone`: "Paris" is not a time zone\. Did you mean `Europe\/Paris`/);
	});

	it('refuse a locale whose language the interface does not speak, at its line, listing the languages it does and how to add one', () => {
		const dir = copyFixture();
		const site = join(dir, 'site.yaml');
		writeFileSync(site, readFileSync(site, 'utf8').replace('locale: en-US', 'locale: fr-FR'));
		const [problem, ...more] = check(dir, dir).diagnostics.filter((d) => d.file === 'site.yaml');
		expect(more).toEqual([]);
		expect(problem).toMatchObject({ line: 6, column: 9, severity: 'error', rule: 'site-settings' });
		expect(problem!.message).toBe(
			'`locale`: The hub\'s interface has no words in French (fr) yet, so "fr-FR" cannot be its locale. The languages it speaks: en (English), es (Español); ' +
				'write one of them with your region, such as en-US or es-MX. To add French, copy src/i18n/languages/en.ts to src/i18n/languages/fr.ts, translate every word, and name it in src/i18n/catalogues.ts.',
		);
	});

	it('accept a locale of a language the interface speaks, in any region', () => {
		const dir = copyFixture();
		const site = join(dir, 'site.yaml');
		writeFileSync(site, readFileSync(site, 'utf8').replace('locale: en-US', 'locale: es-mx'));
		expect(check(dir, dir).diagnostics.filter((d) => d.file === 'site.yaml')).toEqual([]);
	});

	it('are reported alone when the file is missing: no entry is checked against settings that are not there', () => {
		const dir = copyFixture((source) => !source.endsWith('site.yaml'));
		const result = check(dir, dir);
		expect(result.diagnostics.map(where)).toEqual(['site.yaml:1:1 error site-settings']);
		expect(result.site).toBeUndefined();
		expect(result.entries).toEqual([]);
	});
});

describe('an event\'s accessibility', () => {
	it('is checked at its line and column, with a "did you mean" for a misspelt feature', () => {
		const dir = copyFixture((source) => !/\/(stories|members|resources|actions)\/./.test(source));
		const file = ['---', 'title: Meetup', 'summary: Come.', 'kind: attend', 'cta:', '  url: https://events.example.org/x', 'event:', '  start: 2026-12-03 18:30', '  end: 2026-12-03 20:00', '  online: https://meet.example.org/x', '  accessibility:', '    captions: true', '    quietroom: true', '    stepFree: yes', '---', ''];
		writeFileSync(join(dir, 'actions', 'meetup.md'), file.join('\n'));
		const problems = check(dir, dir).diagnostics.filter((d) => d.file === 'actions/meetup.md');
		expect(problems.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
			'13:5 schema Unknown field `quietroom`: did you mean `quietRoom`?',
			'14:15 schema `event.accessibility.stepFree` should be true or false, not "yes".',
		]);
	});
});

describe('no file, however malformed', () => {
	const VALID = '---\ntitle: "A story"\nsummary: A summary.\ndate: 2026-01-10\npeople: [ada]\ncover:\n  src: ../images/placeholder.png\n  alt: A picture\n---\n\n## Heading\n\nA [link](/stories/) and ![an image](../images/placeholder.png).\n';
	/**
	 * Damage a valid file the ways editors and people do (stray characters, cut text, pasted junk,
	 * another encoding) and the ways an attacker would (control characters, deep nesting, aliases).
	 */
	const JUNK = [':', '"', "'", '\t', '---\n', '- ', '[', ']', '{', '}', '#', '\n', '\uFEFF', '\r', '&', '*', '!', '|', '>', '%', '@', '`', '\u0000', '  ', '\\'];
	const HOSTILE = ['\u001b[2J', '\u0085', '\u2028', '\uD800', '&a [x, x]', '*a', '> '.repeat(40), '- '.repeat(40), '<div>'.repeat(40), '!['.repeat(30), '*'.repeat(60), '[^1]: '.repeat(30), '"\\r\\x1b"'];
	const damaged = fc.oneof(
		fc.string({ unit: 'binary', maxLength: 300 }),
		fc.tuple(fc.nat({ max: VALID.length }), fc.constantFrom(...JUNK, ...HOSTILE), fc.nat({ max: 20 })).map(([at, junk, cut]) => VALID.slice(0, at) + junk + VALID.slice(at + cut)),
		// Bytes that are not UTF-8: a Latin-1 letter, a cut or overlong sequence, a UTF-16 byte-order mark.
		fc.tuple(fc.nat({ max: VALID.length }), fc.constantFrom([0xe9], [0x80], [0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff, 0xfe])).map(([at, bytes]) =>
			Buffer.concat([Buffer.from(VALID.slice(0, at)), Buffer.from(bytes), Buffer.from(VALID.slice(at))]),
		),
	);
	const ids = new Set(ALL_RULES.map((rule) => rule.id));

	it('crashes the checker: every problem comes back as a report with a position in the file, a rule and printable words', () => {
		const work = copyFixture((source) => !source.includes('/stories/') || source.endsWith('/stories'));
		fc.assert(
			fc.property(damaged, (text) => {
				writeFileSync(join(work, 'stories', 'damaged.md'), text);
				const lines = Buffer.from(text).toString('utf8').split('\n');
				for (const d of check(work, work).diagnostics) {
					expect(d.line).toBeGreaterThanOrEqual(1);
					expect(d.column).toBeGreaterThanOrEqual(1);
					if (d.file === 'stories/damaged.md') {
						expect(d.line).toBeLessThanOrEqual(lines.length);
						expect(d.column).toBeLessThanOrEqual(lines[d.line - 1]!.length + 1);
					}
					expect(d.message.length).toBeGreaterThan(10);
					expect(d.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
					expect(ids).toContain(d.rule);
				}
			}),
			{ numRuns: 300 },
		);
	});
});
