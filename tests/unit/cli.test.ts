/** The organizers' commands, run as they run them: `npm run check` and `npm run new`. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import type { ActionData } from '../../src/schemas/action.ts';
import { ROOT } from '../helpers/build-site.ts';

function run(script: string, args: string[], env: Record<string, string>) {
	const result = spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, HUB_NOW: '2026-06-01T12:00:00Z', GITHUB_ACTIONS: '', ...env } });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check', () => {
	const bad = { HUB_CONTENT_DIR: 'tests/fixtures/bad-content' };

	it('prints one line per problem, position first and rule id last, and a summary, and exits 1 on an error', () => {
		const { status, stdout } = run('src/cli/check.ts', [], bad);
		expect(status).toBe(1);
		const lines = stdout.trim().split('\n');
		expect(lines.at(-1)).toBe('6 errors, 0 warnings in 6 files; 2 entries read.');
		expect(lines[0]).toMatch(/^tests\/fixtures\/bad-content\/actions\/data-url\.md:6:8 {2}error {2}`cta\.url`: .* {2}\[schema\]$/);
	});

	it('exits 0 on valid content, warnings included', () => {
		const { status, stdout } = run('src/cli/check.ts', [], { HUB_CONTENT_DIR: 'tests/fixtures/hub' });
		expect(status).toBe(0);
		expect(stdout).toMatch(/0 errors, \d+ warnings?( in \d+ files?)?; \d+ entries read\./);
	});

	it('writes JSON for machines, every diagnostic with its rule', () => {
		const { stdout } = run('src/cli/check.ts', ['--format', 'json'], bad);
		const report = JSON.parse(stdout);
		expect(report.summary).toEqual({ errors: 6, warnings: 0, entries: 2 });
		expect(report.diagnostics[0]).toMatchObject({ file: 'tests/fixtures/bad-content/actions/data-url.md', line: 6, column: 8, severity: 'error', rule: 'schema' });
		for (const d of report.diagnostics) expect(d.rule).toMatch(/^[a-z]+(-[a-z]+)*$/);
		expect(report.diagnostics.map((d: { rule: string }) => d.rule)).toContain('reference-exists');
	});

	it('annotates the pull request on GitHub Actions, with the rule in the title', () => {
		const { stdout } = run('src/cli/check.ts', [], { ...bad, GITHUB_ACTIONS: 'true' });
		expect(stdout).toContain('::error file=tests/fixtures/bad-content/stories/impossible-date.md,line=4,col=7,title=Content check (schema)::`date`: 2026-02-30 is not a real date');
	});

	it('keeps the findings of the rules asked for, or drops those ignored, and counts only those', () => {
		const only = run('src/cli/check.ts', ['--rule', 'reference-exists', '--rule', 'placeholder'], bad);
		expect(only.status).toBe(1);
		expect(only.stdout).toMatch(/^tests\/fixtures\/bad-content\/actions\/missing-host\.md:7:14 {2}error {2}.* {2}\[reference-exists\]\n1 error, 0 warnings in 1 file \(and 5 left out by --rule or --ignore\); 2 entries read\.\n$/);
		const ignored = run('src/cli/check.ts', ['--ignore', 'schema', '--ignore', 'reference-exists'], bad);
		expect(ignored.status).toBe(0);
		expect(ignored.stdout).toBe('0 errors, 0 warnings (and 6 left out by --rule or --ignore); 2 entries read.\n');
	});

	it.each([
		{ slip: 'a topic written as a name', before: '  leases-and-rent:\n    name: Leases and rent\n    description: Negotiating commercial leases, renewals and rent increases without losing the store.\n', after: '  leases-and-rent: Leases and rent\n', line: 26 },
		{ slip: 'a city for a time zone', before: 'timezone: America/Chicago', after: 'timezone: Chicago', line: 8 },
		{ slip: 'an address without https', before: 'url: https://guild.example.org', after: 'url: guild.example.org', line: 7 },
	])('reports $slip in site.yaml alone, at its line, and says to fix it first', ({ before, after, line }) => {
		const dir = mkdtempSync(join(tmpdir(), 'hub-site-slip-'));
		cpSync(join(ROOT, 'content'), dir, { recursive: true });
		const site = readFileSync(join(dir, 'site.yaml'), 'utf8');
		expect(site).toContain(before);
		writeFileSync(join(dir, 'site.yaml'), site.replace(before, after));
		const { status, stdout } = run('src/cli/check.ts', [], { HUB_CONTENT_DIR: relative(ROOT, dir) });
		expect(status).toBe(1);
		const lines = stdout.trim().split('\n');
		expect(lines).toHaveLength(3);
		expect(lines[0]).toMatch(new RegExp(`^${relative(ROOT, dir)}/site\\.yaml:${line}:\\d+ {2}error {2}.* {2}\\[site-settings\\]$`));
		expect(lines[1]).toBe('1 error, 0 warnings in 1 file; 0 entries read.');
		expect(lines[2]).toBe('No entry was checked: entries are checked against site.yaml, so fix it first, then check again.');
	});

	it('refuses a rule id that does not exist, with the closest one', () => {
		const { status, stdout, stderr } = run('src/cli/check.ts', ['--ignore', 'refrence-exists'], bad);
		expect(status).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain('There is no rule "refrence-exists". Did you mean `reference-exists`?');
	});
});

describe('npm run new', () => {
	const project = () => {
		const dir = mkdtempSync(join(tmpdir(), 'hub-new-'));
		cpSync(join(ROOT, 'tests/fixtures/hub'), dir, { recursive: true });
		return dir;
	};

	it.each([
		['action', 'actions'],
		['story', 'stories'],
		['member', 'members'],
		['resource', 'resources'],
		['event', 'actions'],
	])('writes a valid %s from its title, as a draft', (kind, collection) => {
		const content = project();
		const { status, stdout } = run('src/cli/new.ts', [kind, 'Sign the "fair rent" pledge: now!'], { HUB_CONTENT_DIR: content });
		expect(status, stdout).toBe(0);
		const file = join(content, collection, 'sign-the-fair-rent-pledge-now.md');
		expect(stdout).toContain(`Wrote ${relative(ROOT, file)}`);
		expect(readFileSync(file, 'utf8')).toMatch(/^---\n(title|name): "Sign the \\"fair rent\\" pledge: now!"\n/);
		const result = checkContent({ root: ROOT, contentDir: content, publicDir: join(ROOT, 'public'), now: new Date() });
		expect(result.diagnostics.filter((d) => d.file.endsWith('sign-the-fair-rent-pledge-now.md') && d.severity === 'error')).toEqual([]);
		const entry = result.entries.find((e) => e.slug === 'sign-the-fair-rent-pledge-now');
		expect(entry?.data.draft).toBe(true);
	});

	it('writes an action whose event, accessibility included, is valid once its lines are uncommented', () => {
		const content = project();
		run('src/cli/new.ts', ['action', 'Winter meetup'], { HUB_CONTENT_DIR: content });
		const file = join(content, 'actions/winter-meetup.md');
		const template = readFileSync(file, 'utf8');
		// The event block: `# event:` and the lines indented under it.
		const uncommented = template.replace(/^# (event:.*\n(?:#  .*\n)+)/m, (block: string) => block.replace(/^# /gm, ''));
		expect(uncommented).toContain('\n  accessibility:');
		writeFileSync(file, uncommented);
		const result = checkContent({ root: ROOT, contentDir: content, publicDir: join(ROOT, 'public'), now: new Date('2020-01-01T00:00:00Z') });
		expect(result.diagnostics.filter((d) => d.file.endsWith('winter-meetup.md') && d.severity === 'error')).toEqual([]);
		const entry = result.entries.find((e) => e.slug === 'winter-meetup') as { data: ActionData } | undefined;
		expect(entry?.data.event?.accessibility).toMatchObject({ stepFree: true, interpretation: ['Spanish', 'American Sign Language'] });
	});

	it('refuses to overwrite an existing file, and says which', () => {
		const content = project();
		const before = readFileSync(join(content, 'actions/open-petition.md'), 'utf8');
		const { status, stderr } = run('src/cli/new.ts', ['action', 'Open petition'], { HUB_CONTENT_DIR: content });
		expect(status).toBe(1);
		expect(stderr).toContain(`${relative(ROOT, join(content, 'actions/open-petition.md'))} already exists, and nothing was changed.`);
		expect(readFileSync(join(content, 'actions/open-petition.md'), 'utf8')).toBe(before);
	});

	it('writes an event as an action with its event block: start, end, the site\'s time zone and a venue', () => {
		const content = project();
		const { status } = run('src/cli/new.ts', ['event', 'Winter meetup'], { HUB_CONTENT_DIR: content });
		expect(status).toBe(0);
		const template = readFileSync(join(content, 'actions/winter-meetup.md'), 'utf8');
		expect(template).toMatch(/^kind: attend\b/m);
		expect(template).toMatch(/^event:.*\n {2}start: \d{4}-\d\d-\d\d 18:30.*\n {2}end: .*\n {2}timezone: America\/New_York.*\n {2}venue:/m);
		const result = checkContent({ root: ROOT, contentDir: content, publicDir: join(ROOT, 'public'), now: new Date('2020-01-01T00:00:00Z') });
		expect(result.diagnostics.filter((d) => d.file.endsWith('winter-meetup.md') && d.severity === 'error')).toEqual([]);
		const entry = result.entries.find((e) => e.slug === 'winter-meetup') as { data: ActionData } | undefined;
		expect(entry?.data.kind).toBe('attend');
		expect(entry?.data.event).toMatchObject({ timezone: 'America/New_York', venue: { name: expect.any(String), address: expect.any(String) } });
	});

	it.each([
		{ when: 'no kind', args: [] },
		{ when: 'a kind without a title', args: ['event'] },
		{ when: 'a kind it does not know', args: ['evnt', 'Winter meetup'] },
	])('lists the kinds it knows, one line each, when given $when', ({ args }) => {
		const content = project();
		const { status, stdout, stderr } = run('src/cli/new.ts', args, { HUB_CONTENT_DIR: content });
		expect(status).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toContain('Usage: npm run new -- <kind> "Title or name"');
		for (const kind of ['action', 'event', 'story', 'member', 'resource']) expect(stderr).toMatch(new RegExp(`^ {2}${kind} +\\S.*\\(content/\\w+/\\)$`, 'm'));
		expect(stderr).toContain('docs/fields.md');
		if (args[0] === 'evnt') expect(stderr).toMatch(/^"evnt" is not a kind of entry \(did you mean `event`\?\)/);
		expect(existsSync(join(content, 'events'))).toBe(false);
		expect(existsSync(join(content, 'actions/winter-meetup.md'))).toBe(false);
	});
});

describe('editor support', () => {
	it('ships the site settings\' JSON Schema, up to date with the Zod schema (regenerate with npm run schemas)', async () => {
		const { SITE_SCHEMA_FILE, siteJsonSchema } = await import('../../src/schemas/json-schema.ts');
		expect(readFileSync(join(ROOT, SITE_SCHEMA_FILE), 'utf8')).toBe(siteJsonSchema());
		const schema = JSON.parse(siteJsonSchema());
		expect(schema.required).toEqual(expect.arrayContaining(['name', 'tagline', 'story', 'url', 'timezone', 'locale', 'whyFollow']));
		expect(schema.additionalProperties).toBe(false);
	});
});
