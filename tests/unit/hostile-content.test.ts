/**
 * Content from a pull request can never take over, leak from or break the hub: generated hostile
 * files (alias bombs of any shape, deep nesting of every kind, control characters in every field,
 * huge files, bytes that are not UTF-8, odd file names) are each checked within a time box, never
 * crash the check, and every problem comes back as a diagnostic at a file, line and column. What the
 * check lets through, the build's own Markdown pipeline renders. Each rule's exact positions are
 * pinned in check-rules.test.ts; the property that no damaged file crashes it in check-content.test.ts.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/check/check-content.ts';
import { ALL_RULES } from '../../src/check/rules/index.ts';
import { hubMarkdown } from '../../src/markdown/hub-markdown.ts';
import { ENTRY_PATTERN } from '../../src/source/entry-files.ts';
import { MAX_FILE_BYTES } from '../../src/source/read-text-file.ts';
import { checkHub, SITE, writeHub } from '../helpers/small-hub.ts';

/** The longest one check of one hostile file may take: a hang or a blow-up takes far longer. */
const BUDGET_MS = 5000;
const RULE_IDS = new Set(ALL_RULES.map((rule) => rule.id));
/** What refuses a body or fields nested far too deep: a nesting limit, or the size limit first. */
const NESTING_RULES = ['markdown-nesting', 'html-nesting', 'yaml-nesting', 'emphasis-marks', 'file-size'];

let root: string;
beforeAll(() => {
	root = writeHub({});
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Checks the hub with these files in place of the last case's, within the time box. */
function checkWith(files: Record<string, string | Uint8Array>): CheckResult {
	for (const collection of ['stories', 'actions', 'members', 'resources']) rmSync(join(root, 'content', collection), { recursive: true, force: true });
	writeHub(files, root);
	const started = performance.now();
	const result = checkHub(root);
	expect(performance.now() - started, 'one check took longer than its time box').toBeLessThan(BUDGET_MS);
	return result;
}

/** Every diagnostic has a file, a line and column inside that file, a known rule, and words that print safely. */
function expectPositioned(result: CheckResult): void {
	for (const d of result.diagnostics) {
		expect(RULE_IDS).toContain(d.rule);
		expect(d.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
		const lines = readFileSync(join(root, d.file)).toString('utf8').split('\n');
		expect(d.line, `${d.file}:${d.line}:${d.column} [${d.rule}]`).toBeGreaterThanOrEqual(1);
		expect(d.line, `${d.file}:${d.line}:${d.column} [${d.rule}]`).toBeLessThanOrEqual(lines.length);
		expect(d.column, `${d.file}:${d.line}:${d.column} [${d.rule}]`).toBeGreaterThanOrEqual(1);
		expect(d.column, `${d.file}:${d.line}:${d.column} [${d.rule}]`).toBeLessThanOrEqual(lines[d.line - 1]!.length + 1);
	}
}

const errors = (result: CheckResult) => result.diagnostics.filter((d) => d.severity === 'error');

/** A story with these extra fields and this body; its fields start on line 2, its body on line 6 plus the fields' lines. */
const story = (body: string, fields = '') => `---\ntitle: A story\nsummary: What happened.\ndate: 2026-01-01\n${fields}---\n\n${body}\n`;

describe('alias bombs of any shape', () => {
	/** Anchors that each repeat the one before, `width` times, `depth` deep: `width ** depth` values once expanded. */
	const bomb = fc.record({
		width: fc.integer({ min: 1, max: 12 }),
		depth: fc.integer({ min: 1, max: 12 }),
		flow: fc.boolean(),
		field: fc.constantFrom('people', 'topics', 'catalysts', 'extra'),
		cycle: fc.boolean(),
	});

	it('are refused at an alias when they would expand past the limit, and never expanded', () => {
		fc.assert(
			fc.property(bomb, ({ width, depth, flow, field, cycle }) => {
				const list = (items: string[], indent: string) => (flow ? ` [${items.join(', ')}]` : `\n${items.map((item) => `${indent}- ${item}`).join('\n')}`);
				const lines = [`a0: &a0${list(Array(width).fill('x'), '  ')}`];
				for (let level = 1; level < depth; level++) lines.push(`a${level}: &a${level}${list(Array(width).fill(`*a${level - 1}`), '  ')}`);
				lines.push(cycle ? `${field}: &c [x, *c]` : `${field}: *a${depth - 1}`);
				const result = checkWith({ 'content/stories/bomb.md': story('Text.', `${lines.join('\n')}\n`) });
				expectPositioned(result);
				// What the aliases expand to, counted as the check does: each list and each item is a value.
				let size = width + 1;
				for (let level = 1; level < depth; level++) size = width * size + 1;
				const refused = result.diagnostics.some((d) => d.rule === 'yaml-aliases');
				if (cycle || size * 2 > 10_000) expect(refused).toBe(true);
				if (!cycle && size * 2 < 5_000) expect(refused).toBe(false);
				// Refused or not, a file with fields the schema does not know is never valid.
				expect(errors(result).length).toBeGreaterThan(0);
			}),
			{ numRuns: 60 },
		);
	});
});

describe('deep nesting of every kind', () => {
	/** Ways to nest, each `n` levels deep: in the text, in its HTML, and in the fields. */
	const BODIES: Record<string, (n: number) => string> = {
		quotes: (n) => `${'> '.repeat(n)}x`,
		bullets: (n) => `${'- '.repeat(n)}x`,
		stars: (n) => `${'* '.repeat(n)}x`,
		ordered: (n) => `${'1. '.repeat(n)}x`,
		'quoted lists': (n) => `${'> - '.repeat(n)}x`,
		'indented lists': (n) => Array.from({ length: Math.min(n, 400) }, (_, level) => `${'  '.repeat(level)}- x`).join('\n'),
		'quote lines': (n) => Array.from({ length: Math.min(n, 600) }, (_, level) => `${'>'.repeat(level + 1)} x`).join('\n'),
		footnotes: (n) => `x[^a]\n\n${'[^a]: '.repeat(n)}y`,
		emphasis: (n) => `${'*a '.repeat(n)}x${' a*'.repeat(n)}`,
		strong: (n) => `${'**a '.repeat(n)}x${' a**'.repeat(n)}`,
		underscores: (n) => `${'_a '.repeat(n)}x${' a_'.repeat(n)}`,
		strikethrough: (n) => `${'~~a '.repeat(n)}x${' a~~'.repeat(n)}`,
		'one run': (n) => `${'*'.repeat(n)}x${'*'.repeat(n)}`,
		images: (n) => `${'!['.repeat(n)}a${'](/i.png)'.repeat(n)}`,
		'images in links': (n) => `${'[!['.repeat(n)}a${'](/i.png)](/a)'.repeat(n)}`,
		divs: (n) => `${'<div>'.repeat(n)}x${'</div>'.repeat(n)}`,
		'unclosed bold': (n) => `${'<b>'.repeat(n)}x`,
		tables: (n) => `${'<table><tr><td>'.repeat(n)}x`,
		'divs apart': (n) => Array(Math.min(n, 2000)).fill('<div>\n\nx\n').join('\n'),
	};
	const FIELDS: Record<string, (n: number) => string> = {
		'flow lists': (n) => `people: ${'['.repeat(n)}${']'.repeat(n)}\n`,
		'flow maps': (n) => `share: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`,
		'block lists': (n) => `people:\n  ${'- '.repeat(n)}x\n`,
		'indented maps': (n) => `${Array.from({ length: Math.min(n, 600) }, (_, level) => `${' '.repeat(level)}k${level}:`).join('\n')} x\n`,
	};

	let markdown: Awaited<ReturnType<ReturnType<typeof hubMarkdown>['createRenderer']>>;
	beforeAll(async () => {
		// The build's own processor for bodies (see src/integration/community-hub.ts): Sätteri, or unified for raw HTML.
		markdown = await hubMarkdown({ base: '/' }).createRenderer({ syntaxHighlight: false });
	});

	const depth = fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 40, max: 20_000 }));

	it('in the text: refused where it passes a limit, or rendered by the build without error', async () => {
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...Object.keys(BODIES)), depth, async (kind, n) => {
				const body = BODIES[kind]!(n);
				const result = checkWith({ 'content/stories/deep.md': story(body) });
				expectPositioned(result);
				if (n > 200) {
					expect(errors(result).length).toBeGreaterThan(0);
					for (const { rule } of errors(result)) expect(NESTING_RULES).toContain(rule);
				}
				if (errors(result).length === 0) {
					const started = performance.now();
					const rendered = await markdown.render(body, { fileURL: new URL(`file://${join(root, 'content/stories/deep.md')}`) });
					expect(performance.now() - started).toBeLessThan(BUDGET_MS);
					expect(rendered.code.length).toBeGreaterThan(0);
				}
			}),
			{ numRuns: 120 },
		);
	});

	it('in the fields: refused where it passes the limit', () => {
		fc.assert(
			fc.property(fc.constantFrom(...Object.keys(FIELDS)), depth, (kind, n) => {
				const result = checkWith({ 'content/stories/deep.md': story('Text.', FIELDS[kind]!(n)) });
				expectPositioned(result);
				const rules = errors(result).map((d) => d.rule);
				if (n > 16) expect(rules).toEqual([expect.stringMatching(/^(yaml-nesting|file-size)$/)]);
				// Within the limit the fields are read, and the schema judges them.
				if (n < 14) expect(rules).not.toContain('yaml-nesting');
			}),
			{ numRuns: 80 },
		);
	});
});

describe('control characters in every field', () => {
	/** Every line of text of every collection and of the site settings, with `@` where the value goes. */
	const FIELDS: Array<{ file: string; text: string }> = [
		{ file: 'content/stories/s.md', text: '---\ntitle: @\nsummary: s\ndate: 2026-01-01\n---\n' },
		{ file: 'content/stories/s.md', text: '---\ntitle: t\nsummary: @\ndate: 2026-01-01\n---\n' },
		{ file: 'content/stories/s.md', text: '---\ntitle: t\nsummary: s\ndate: 2026-01-01\nshare:\n  message: @\n---\n' },
		{ file: 'content/stories/s.md', text: '---\ntitle: t\nsummary: s\ndate: 2026-01-01\ncover:\n  src: ../images/a.jpg\n  alt: @\n---\n' },
		{ file: 'content/stories/s.md', text: '---\ntitle: t\nsummary: s\ndate: @\n---\n' },
		{ file: 'content/stories/s.md', text: '---\ntitle: t\nsummary: s\ndate: 2026-01-01\npeople: [@]\n---\n' },
		{ file: 'content/actions/a.md', text: '---\ntitle: t\nsummary: s\nkind: petition\ncta:\n  label: @\n  url: https://example.org\n---\n' },
		{ file: 'content/actions/a.md', text: '---\ntitle: t\nsummary: s\nkind: petition\ncta:\n  url: @\n---\n' },
		{ file: 'content/actions/a.md', text: '---\ntitle: t\nsummary: s\nkind: @\ncta:\n  url: https://example.org\n---\n' },
		{ file: 'content/actions/a.md', text: '---\ntitle: t\nsummary: s\nkind: attend\ncta:\n  url: https://example.org\nevent:\n  start: 2026-12-03 18:30\n  end: 2026-12-03 20:00\n  venue:\n    name: @\n    address: 1 Main St\n---\n' },
		{ file: 'content/actions/a.md', text: '---\ntitle: t\nsummary: s\nkind: attend\ncta:\n  url: https://example.org\nevent:\n  start: 2026-12-03 18:30\n  end: 2026-12-03 20:00\n  venue:\n    name: Hall\n    address: @\n---\n' },
		{ file: 'content/actions/a.md', text: '---\ntitle: t\nsummary: s\nkind: attend\ncta:\n  url: https://example.org\nevent:\n  start: 2026-12-03 18:30\n  end: 2026-12-03 20:00\n  timezone: @\n  online: https://meet.example.org\n---\n' },
		{ file: 'content/members/m.md', text: '---\nname: @\nrole: r\nbio: b\n---\n' },
		{ file: 'content/members/m.md', text: '---\nname: n\nrole: @\nbio: b\n---\n' },
		{ file: 'content/members/m.md', text: '---\nname: n\nrole: r\nplace: @\nbio: b\n---\n' },
		{ file: 'content/members/m.md', text: '---\nname: n\nrole: r\nbio: @\n---\n' },
		{ file: 'content/members/m.md', text: '---\nname: n\nrole: r\nbio: b\nexpertise: [@]\n---\n' },
		{ file: 'content/members/m.md', text: '---\nname: n\nrole: r\nbio: b\nlinks:\n  - label: @\n    url: https://example.org\n---\n' },
		{ file: 'content/members/m.md', text: '---\nname: n\nrole: r\nbio: b\nconsent:\n  date: 2026-01-01\n  how: @\n---\n' },
		{ file: 'content/resources/r.md', text: '---\ntitle: @\nsummary: s\nkind: guide\nupdated: 2026-01-01\n---\n' },
		{ file: 'content/resources/r.md', text: '---\ntitle: t\nsummary: s\nkind: guide\naudience: [@]\nupdated: 2026-01-01\n---\n' },
		{ file: 'content/resources/r.md', text: '---\ntitle: t\nsummary: s\nkind: link\nurl: @\nupdated: 2026-01-01\n---\n' },
		...['name', 'tagline', 'story'].map((field) => ({ file: 'content/site.yaml', text: SITE.replace(new RegExp(`^${field}: .*$`, 'm'), `${field}: @`) })),
		{ file: 'content/site.yaml', text: SITE.replace('  passions: Tests.', '  passions: @') },
		{ file: 'content/site.yaml', text: SITE.replace('    name: Leases', '    name: @') },
		{ file: 'content/site.yaml', text: `${SITE}social:\n  - label: @\n    url: https://example.org\n` },
		{ file: 'content/site.yaml', text: `${SITE}navigation:\n  - label: @\n    href: /stories/\n` },
	];
	/** Every C0 control but tab and line feed, DEL, every C1 control, the Unicode line and paragraph separators. */
	const control = fc.oneof(fc.integer({ min: 0, max: 0x1f }).filter((code) => code !== 0x09 && code !== 0x0a), fc.integer({ min: 0x7f, max: 0x9f }), fc.constantFrom(0x2028, 0x2029)).map((code) => String.fromCharCode(code));
	/** How it gets there: typed raw into the file, or written as a YAML escape between double quotes (lone surrogates only this way). */
	const how = fc.constantFrom('raw', 'escaped');

	it('are refused at the field, or at the character itself, whichever way they are written', () => {
		fc.assert(
			fc.property(fc.constantFrom(...FIELDS), fc.oneof(control, fc.constant('\uD800')), how, fc.string({ maxLength: 12 }).map((s) => s.replace(/[^A-Za-z ]/g, '')), ({ file, text }, char, written, before) => {
				const raw = written === 'raw' && char !== '\uD800';
				const escape = `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
				const value = raw ? `x${before}${char}y` : `"x${before}${escape}y"`;
				const content = text.replace('@', value);
				const result = checkWith({ [file]: content, 'content/images/a.jpg': 'x' });
				expectPositioned(result);
				const line = content.slice(0, content.indexOf(value)).split('\n').length;
				const onTheLine = errors(result).filter((d) => d.file === file && d.line === line);
				expect(onTheLine.length, `${JSON.stringify(content)}: ${JSON.stringify(result.diagnostics)}`).toBeGreaterThan(0);
				// Typed raw, a control character of the file is pointed at exactly.
				if (raw && !/[\u2028\u2029]/.test(char)) {
					const column = content.split('\n')[line - 1]!.indexOf(char) + 1;
					expect(onTheLine.map((d) => `${d.column} ${d.rule}`)).toContain(`${column} ${file.endsWith('site.yaml') ? 'site-settings' : 'control-character'}`);
				}
			}),
			{ numRuns: 300 },
		);
	});
});

describe('huge files', () => {
	/** What a large file holds: plain lines, one endless line, or dense Markdown in paragraphs. */
	const FILLERS: Record<string, (size: number) => string> = {
		lines: (size) => 'A plain line of text.\n'.repeat(Math.ceil(size / 22)),
		'one line': (size) => 'word '.repeat(Math.ceil(size / 5)),
		'dense markup': (size) => '*a* **b** [c](/stories/) `d` <b>e</b>\n\n'.repeat(Math.ceil(size / 39)),
		'unclosed markup': (size) => '*a [b ![c <b> `d '.repeat(Math.ceil(size / 17)),
	};

	it('are refused at the line where they pass the limit, quickly, and read whole below it', () => {
		fc.assert(
			fc.property(fc.constantFrom(...Object.keys(FILLERS)), fc.integer({ min: 150_000, max: 600_000 }), (kind, size) => {
				const content = story(FILLERS[kind]!(size));
				const bytes = Buffer.byteLength(content);
				const result = checkWith({ 'content/stories/huge.md': content });
				expectPositioned(result);
				const tooLarge = result.diagnostics.filter((d) => d.rule === 'file-size');
				if (bytes > MAX_FILE_BYTES) {
					const head = content.slice(0, MAX_FILE_BYTES);
					expect(tooLarge.map((d) => `${d.line}:${d.column}`)).toEqual([`${head.split('\n').length}:${head.split('\n').at(-1)!.length + 1}`]);
				} else expect(tooLarge).toEqual([]);
			}),
			{ numRuns: 12 },
		);
	});
});

describe('bytes that are not UTF-8', () => {
	/** Text as people write it: letters, accents, emoji, line breaks. */
	const text = fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\r]/g, ''));
	/** Sequences no UTF-8 decoder accepts: a lone continuation byte, a cut sequence, overlong forms, surrogates, past U+10FFFF. */
	const invalid = fc.constantFrom([0x80], [0xbf], [0xc3], [0xe2, 0x82], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xfe], [0xe9, 0x20]);

	it('are refused at the line and column of the first one, in the fields or the text', () => {
		fc.assert(
			fc.property(text, invalid, fc.boolean(), (before, bytes, inFields) => {
				const file = inFields ? `---\ntitle: "${before.replace(/["\\\n]/g, '')}` : story(before);
				const rest = inFields ? '"\nsummary: s\ndate: 2026-01-01\n---\n' : '';
				const head = inFields ? file : file.replace(/\n$/, ' ');
				const content = Buffer.concat([Buffer.from(head), Buffer.from(bytes), Buffer.from(`${rest}end\n`)]);
				const result = checkWith({ 'content/stories/bytes.md': content });
				expectPositioned(result);
				const lines = head.split('\n');
				expect(result.diagnostics.filter((d) => d.file === 'content/stories/bytes.md').map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual([
					`${lines.length}:${lines.at(-1)!.length + 1} file-encoding`,
				]);
			}),
			{ numRuns: 150 },
		);
	});
});

describe('odd file names', () => {
	/** Names people and tools give files: other cases and extensions, hidden ones, spaces, accents, emoji, control characters, long ones. */
	const stem = fc.oneof(
		fc.constantFrom('story', 'Story', 'a-story', 'my story', 'café', '🔧-fix', 'x'.repeat(200), '-', '_draft', 'con', 'a..b', '.', '..'),
		fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map((s) => s.replace(/[/\u0000]/g, '')).filter((s) => s !== '' && Buffer.byteLength(s) < 200),
		fc.constantFrom('\u001b[2Jwiped', 'tab\there', 'bell\u0007'),
	);
	const extension = fc.constantFrom('.md', '.mdx', '.MD', '.Md', '.MDX', '.markdown', '.txt', '.md.bak', '.md~', '', '.jpg');
	const name = fc
		.tuple(fc.constantFrom('', '.', 'sub/', '.hidden/', 'a.md/'), stem, extension)
		.map(([prefix, base, ext]) => `${prefix}${base}${ext}`)
		.filter((path) => path.split('/').every((segment) => segment !== '.' && segment !== '..'));

	it('are each read as the build reads them (the same files as its loader), or named, never dropped in silence', () => {
		fc.assert(
			fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 6 }), (names) => {
				const files = Object.fromEntries(names.map((path) => [`content/stories/${path}`, story('Text.')]));
				// A name that is also a folder of another name cannot be both: keep the first.
				const written = Object.keys(files).filter((path, _, all) => !all.some((other) => other.startsWith(`${path}/`)));
				const result = checkWith(Object.fromEntries(written.map((path) => [path, files[path]!])));
				expectPositioned(result);
				const dir = join(root, 'content/stories');
				const loaded = globSync(ENTRY_PATTERN, { cwd: dir, expandDirectories: false }).sort();
				const all = (readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ parentPath: string; name: string; isFile(): boolean }>)
					.filter((entry) => entry.isFile())
					.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
				const named = new Set(result.diagnostics.map((d) => d.file.replace('content/stories/', '')));
				const read = new Set(result.entries.filter((entry) => entry.collection === 'stories').map((entry) => entry.file.replace('content/stories/', '')));
				// The check reads exactly what the build's loader loads (each an entry or a problem)…
				for (const path of loaded) expect(read.has(path) || named.has(path), path).toBe(true);
				// …and names every other file that looks like an entry.
				for (const path of all.filter((path) => /\.(md|mdx|markdown|txt)$/i.test(path) && !loaded.includes(path))) {
					expect(result.diagnostics.filter((d) => d.file === `content/stories/${path}`).map((d) => d.rule), path).toEqual(['skipped-file']);
				}
				for (const path of read) expect(loaded).toContain(path);
			}),
			{ numRuns: 100 },
		);
	});
});
