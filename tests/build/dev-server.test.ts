/**
 * `npm run dev` shows content errors in the browser, not only in the terminal: while a file is broken,
 * every page answers with the check's messages (file, line, column, what to write); once the file is
 * fixed and saved, the page comes back. A real Astro dev server on a small content folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS, ROOT } from '../helpers/build-site.ts';

const CONTENT = join(BUILDS, 'dev-server-content');
const STORY = join(CONTENT, 'stories', 'a-story.md');
const GOOD = '---\ntitle: A story\nsummary: A story of the test.\ndate: 2026-01-10\n---\nAll is well.\n';
const BROKEN = GOOD.replace('date: 2026-01-10', 'date: 2026-02-30');

let server: ChildProcess | undefined;
let address = '';
/** What the dev server printed, shown when it does not answer as expected. */
let output = '';

/** The environment without what Vitest adds to it. */
const withoutTestRunner = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter(([name]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(name)));

/** Polls until `check` passes on the page's answer, or fails with the last answer. */
async function until(path: string, check: (status: number, html: string) => boolean, timeout = 30_000): Promise<{ status: number; html: string }> {
	const start = Date.now();
	let last = { status: 0, html: '' };
	while (Date.now() - start < timeout) {
		try {
			const response = await fetch(`${address}${path}`, { headers: { Accept: 'text/html' } });
			last = { status: response.status, html: await response.text() };
			if (check(last.status, last.html)) return last;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`${path} answered ${last.status}: ${last.html.slice(0, 400)}\nThe dev server printed:\n${output.slice(-3000)}`);
}

beforeAll(async () => {
	rmSync(CONTENT, { recursive: true, force: true });
	for (const collection of ['stories', 'members', 'resources', 'actions']) mkdirSync(join(CONTENT, collection), { recursive: true });
	cpSync(join(ROOT, 'tests/fixtures/hub/site.yaml'), join(CONTENT, 'site.yaml'));
	writeFileSync(STORY, GOOD);
	const port = 43_000 + Math.floor(Math.random() * 2000);
	server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
		cwd: ROOT,
		// As an organizer runs it: not under the test runner's NODE_ENV=test, which Astro's dev server reads.
		env: { ...withoutTestRunner(process.env), NODE_ENV: 'development', HUB_CONTENT_DIR: relative(ROOT, CONTENT), HUB_NOW: '2026-06-01T12:00:00Z', ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	address = `http://127.0.0.1:${port}`;
	await until('/stories/a-story/', (status) => status === 200, 120_000);
}, 150_000);

afterAll(() => {
	server?.kill('SIGTERM');
	rmSync(CONTENT, { recursive: true, force: true });
});

describe('the preview while a file is broken', () => {
	it('shows the errors at their line in the page, then the page again once the file is fixed', async () => {
		writeFileSync(STORY, BROKEN);
		const broken = await until('/stories/a-story/', (status) => status === 500);
		expect(broken.html).toContain(`${relative(ROOT, STORY)}:4:7`);
		expect(broken.html).toContain('2026-02-30 is not a real date: February 2026 has 28 days.');
		expect(broken.html).toMatch(/<meta http-equiv="refresh" content="2">/);
		// Every page waits, not only the broken entry's: the site as a whole would not build.
		expect((await until('/', (status) => status === 500)).html).toContain('2026-02-30');

		// An organizer reads the message before fixing the file: a second save within the file watcher's
		// own moment would be one change to it.
		await new Promise((resolve) => setTimeout(resolve, 1500));
		writeFileSync(STORY, GOOD);
		const fixed = await until('/stories/a-story/', (status) => status === 200);
		expect(fixed.html).toContain('All is well.');
	}, 90_000);
});
