/** The content check, on real files: every mistake reported at once, at its file, line and column. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatDiagnostic } from '../../src/check/diagnostic.ts';

const SITE = `name: Test hub
tagline: Testing
story: A hub for tests.
url: https://test.example.org
timezone: Europe/Paris
locale: fr-FR
whyFollow:
  passions: Tests.
topics:
  leases:
    name: Leases
`;

const MEMBER = `---
name: Rosa
role: Owner
bio: Runs a store.
consent:
  date: 2026-01-01
  how: Signed form
---
`;

/** Writes a project with the given content files, checks it, and returns the lines an organizer would read. */
function check(files: Record<string, string>): string[] {
	const root = mkdtempSync(join(tmpdir(), 'hub-check-'));
	for (const [path, text] of Object.entries({ 'content/site.yaml': SITE, 'content/members/rosa.md': MEMBER, ...files })) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	const result = checkContent({ root, contentDir: join(root, 'content'), publicDir: join(root, 'public') });
	return result.diagnostics.map(formatDiagnostic);
}

const action = (fields: string) => `---\ntitle: Sign\nsummary: Sign it.\nkind: petition\ncta:\n  url: https://example.org/sign\n${fields}---\nBody.\n`;

describe('the content check', () => {
	it('passes valid content, including a byte-order mark and Windows line endings', () => {
		expect(check({ 'content/actions/sign.md': `\uFEFF${action('hosts: [rosa]\n').replaceAll('\n', '\r\n')}` })).toEqual([]);
	});

	it('reports every problem of every file at once', () => {
		const lines = check({
			'content/actions/a.md': action('deadline: 2026-02-30\n'),
			'content/actions/b.md': action('hosts: [rosaa]\n'),
			'content/stories/c.md': '---\ntitle: No summary\ndate: 2026-01-01\n---\n',
		});
		expect(lines).toEqual([
			'content/actions/a.md:7:11  error  `deadline`: 2026-02-30 is not a real date: February 2026 has 28 days. Write a day that exists, such as 2026-02-28.',
			'content/actions/b.md:7:9  error  `hosts`: There is no member "rosaa" in content/members/. Did you mean `rosa`? Write the file name of an existing entry, without .md.',
			'content/stories/c.md:2:1  error  `summary` is missing. Add it: it is required.',
		]);
	});

	it.each([
		['a tab used for indentation', '---\ntitle: t\nsummary: s\ndate: 2026-01-01\ncover:\n\tsrc: x.jpg\n---\n', ':6:1  error  A tab is used to indent this line. YAML needs spaces'],
		['an unquoted colon in a title', '---\ntitle: Leases: what to ask\nsummary: s\ndate: 2026-01-01\n---\n', ':2:8  error  This value contains a colon, which YAML reads as a new field. Put the value in quotes: title: "Leases: what to ask"'],
		['a missing closing quote', '---\ntitle: "Leases\nsummary: s\ndate: 2026-01-01\n---\n', 'error  A quote is opened but never closed.'],
		['a missing closing ---', '---\ntitle: t\nsummary: s\ndate: 2026-01-01\n', ':1:1  error  The fields at the top are never closed: add a line of three dashes (---)'],
		['a missing opening ---', 'title: t\nsummary: s\n', ':1:1  error  The file must start with a line of three dashes (---)'],
		['an empty file', '', ':1:1  error  The file is empty.'],
		['a field written twice', '---\ntitle: t\ntitle: u\nsummary: s\ndate: 2026-01-01\n---\n', ':3:1  error  This field is written twice. Keep one of them.'],
		['a misspelt field', '---\ntitle: t\nsumary: s\ndate: 2026-01-01\n---\n', ':3:1  error  Unknown field `sumary`: did you mean `summary`?'],
		['a missing image', '---\ntitle: t\nsummary: s\ndate: 2026-01-01\ncover:\n  src: ../images/none.jpg\n  alt: A picture\n---\n', ':6:8  error  `cover.src`: No image at "../images/none.jpg" (looked for content/images/none.jpg).'],
	])('explains %s', (_, text, expected) => {
		const lines = check({ 'content/stories/s.md': text as string });
		expect(lines.join('\n')).toContain(expected.startsWith(':') ? `content/stories/s.md${expected}` : expected);
	});

	// Found by the property test in mistakes.test.ts: a malformed %-escape made the link check throw.
	it('reports a link with a malformed escape as a missing page, without crashing', () => {
		const lines = check({ 'content/stories/s.md': '---\ntitle: t\nsummary: s\ndate: 2026-01-01\n---\n\nSee [the file](/files/100%.pdf).\n' });
		expect(lines).toEqual([expect.stringMatching(/^content\/stories\/s\.md:7:5 {2}error {2}There is no page at \/files\/100%\.pdf on this hub\./)]);
	});

	it('accepts links to every file the hub generates, and refuses links to files it does not', () => {
		const event = action('event:\n  start: 2026-12-03 18:30\n  end: 2026-12-03 20:00\n  online: https://meet.example.org\n');
		const generated = ['/actions/meetup/event.ics', '/actions/meetup/qr.svg', '/cards/actions/meetup.png', '/cards/site.png', '/actions/meetup/flyer/', '/go/meetup', '/go/meetup/'];
		const missing = ['/actions/sign/event.ics', '/actions/nope/qr.svg', '/cards/stories/own.png', '/go/nope/'];
		const links = [...generated, ...missing].map((path) => `- [${path}](${path})`).join('\n');
		const lines = check({
			'content/actions/meetup.md': event,
			'content/actions/sign.md': action(''),
			'content/stories/own.md': '---\ntitle: t\nsummary: s\ndate: 2026-01-01\nshareImage:\n  src: ../images/own.jpg\n  alt: A picture\n---\n',
			'content/images/own.jpg': 'not really a picture',
			'content/stories/links.md': `---\ntitle: t\nsummary: s\ndate: 2026-01-01\n---\n\n${links}\n`,
		});
		// The missing ones, and only those, at their line and column.
		expect(lines).toEqual(
			missing.map((path, index) => expect.stringMatching(new RegExp(`^content/stories/links\\.md:${7 + generated.length + index}:3 {2}error {2}There is no page at ${path.replaceAll('.', '\\.')} on this hub\\.`))),
		);
	});

	it('says why a link to a file of an unpublished entry would break', () => {
		const lines = check({
			'content/actions/later.md': action('draft: true\n'),
			'content/stories/s.md': '---\ntitle: t\nsummary: s\ndate: 2026-01-01\n---\n\n[QR](/actions/later/qr.svg)\n',
		});
		expect(lines).toEqual(['content/stories/s.md:7:1  error  This link goes to /actions/later/qr.svg, which is a draft, so the link would be broken on the site. Link to it once it is published.']);
	});

	it('points at nested values', () => {
		const lines = check({ 'content/actions/e.md': action('event:\n  start: 2026-12-03 18:30\n  end: 2026-12-03 20:00\n  timezone: Europe/Pariss\n  online: https://meet.example.org\n') });
		expect(lines).toEqual([expect.stringMatching(/^content\/actions\/e\.md:10:13 {2}error {2}`event.timezone`: "Europe\/Pariss" is not a time zone\. Did you mean `Europe\/Paris`/)]);
	});

	it('refuses two entries with the same slug, and file names that cannot be addresses', () => {
		const lines = check({ 'content/actions/sign.md': action(''), 'content/actions/sign.mdx': action(''), 'content/actions/Sign Here!.md': action('') });
		expect(lines).toContain('content/actions/Sign Here!.md:1:1  error  The file name "Sign Here!.md" cannot be a web address. Rename it sign-here.md.');
		expect(lines).toContain('content/actions/sign.mdx:1:1  error  Two entries of actions have the slug "sign": this file and content/actions/sign.md. Rename one of them; the file name is the page\'s address.');
	});

	it('checks that a resource file exists in public/', () => {
		const lines = check({ 'content/resources/kit.md': '---\ntitle: Kit\nsummary: A kit.\nkind: toolkit\nfile: /files/kit.pdf\nupdated: 2026-01-01\n---\n' });
		expect(lines).toEqual(['content/resources/kit.md:5:7  error  `file`: No file at public/files/kit.pdf. Put the file in public/ and write its path from there, such as /files/checklist.pdf.']);
	});

	it('warns that a spotlight without consent is not published', () => {
		const lines = check({ 'content/members/cy.md': '---\nname: Cy\nrole: Tenant\nbio: Cy.\n---\n' });
		expect(lines).toEqual([expect.stringMatching(/^content\/members\/cy\.md:1:1 {2}warning {2}This spotlight has no `consent`, so it is not published/)]);
	});

	it('reports a problem in the site settings at its line', () => {
		const lines = check({ 'content/site.yaml': SITE.replace('timezone: Europe/Paris', 'timezone: Paris') });
		expect(lines[0]).toMatch(/^content\/site\.yaml:5:11 {2}error {2}`timezone`: "Paris" is not a time zone\. Did you mean `Europe\/Paris`/);
	});
});
