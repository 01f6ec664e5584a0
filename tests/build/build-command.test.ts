/**
 * `npm run build` fails closed: whatever goes wrong (an error Astro only logs, a page that throws, a
 * build killed midway), the folder it publishes to keeps the last good site, byte for byte; only a
 * complete build replaces it, and completely; and one build runs at a time. Real builds of small
 * content folders, one after another (builds of a checkout share Astro's working folders).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/build/build-lock.ts';
import { BUILDS, buildCommand, ROOT, type SiteBuild } from '../helpers/build-site.ts';

const WORK = join(BUILDS, 'build-command');
/** Where every build of this file publishes. */
const DIST = join(WORK, 'dist');
const STORY = '---\ntitle: A story\nsummary: A story of the test.\ndate: 2026-01-10\n---\n';

/** Content folders: the fixture hub's settings and one story each. */
const CONTENT = {
	good: { 'a-story.md': `${STORY}All is well.\n` },
	// The Markdown renderer throws on this image address (a malformed escape): Astro logs the error,
	// publishes an empty page and exits 0. Should the content check learn to refuse it, the test
	// still holds: either way, nothing is published.
	loggedError: { 'bad-address.md': `${STORY}![The shop](https://images.example.org/shop%E0%A4%A.jpg)\n` },
	// MDX is code, which the content check does not run: a name it never defines throws as the page renders.
	pageThrows: { 'counting.mdx': `${STORY}Written in {year}.\n` },
} satisfies Record<string, Record<string, string>>;

const site = (name: keyof typeof CONTENT): SiteBuild => ({ name, contentDir: relative(ROOT, join(WORK, name)), now: '2026-06-01T12:00:00Z' });

function writeContent(): void {
	for (const [name, stories] of Object.entries(CONTENT)) {
		const dir = join(WORK, name);
		for (const collection of ['stories', 'members', 'resources', 'actions']) mkdirSync(join(dir, collection), { recursive: true });
		cpSync(join(ROOT, 'tests/fixtures/hub/site.yaml'), join(dir, 'site.yaml'));
		for (const [file, text] of Object.entries(stories)) writeFileSync(join(dir, 'stories', file), text);
	}
}

/** Every file of a folder, with a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => join(entry.parentPath, entry.name))
			.sort()
			.map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]),
	);
}

/** The last good site: what a deploy would publish, and what no failed build may touch. */
function lastGoodSite(): Record<string, string> {
	rmSync(DIST, { recursive: true, force: true });
	mkdirSync(join(DIST, 'stories/old-story'), { recursive: true });
	writeFileSync(join(DIST, 'index.html'), '<!doctype html><title>The last good build</title>');
	writeFileSync(join(DIST, 'stories/old-story/index.html'), '<!doctype html><title>A story no longer in the content</title>');
	writeFileSync(join(DIST, '_headers'), '/*\n  X-Frame-Options: DENY\n');
	return snapshot(DIST);
}

/** What builds left next to the published folder. */
const leftovers = () => readdirSync(WORK).filter((name) => name.startsWith('.dist.'));

function build(name: keyof typeof CONTENT) {
	const { command, args, options } = buildCommand(site(name), DIST);
	const run = spawnSync(command, args, { ...options, encoding: 'utf8' });
	return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** Starts a build in a process group of its own; `reached` resolves once it prints a line matching `ready`. */
function start(name: keyof typeof CONTENT, ready: RegExp) {
	const { command, args, options } = buildCommand(site(name), DIST);
	const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	let output = '';
	const ended = new Promise<{ status: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) => {
		child.on('close', (status, signal) => resolve({ status, signal, output }));
	});
	const reached = new Promise<void>((resolve, reject) => {
		for (const stream of [child.stdout, child.stderr]) {
			stream.setEncoding('utf8');
			stream.on('data', (chunk: string) => {
				output += chunk;
				if (ready.test(output)) resolve();
			});
		}
		void ended.then(() => reject(new Error(`The build ended before printing ${ready}:\n${output}`)));
	});
	return { pid: child.pid!, reached, ended };
}

const STACK_FRAME = /^\s+at /m;

describe('npm run build', { timeout: 120_000 }, () => {
	beforeAll(() => {
		rmSync(WORK, { recursive: true, force: true });
		writeContent();
	});

	it('publishes nothing when Astro logs an error, even though it exits 0', () => {
		const before = lastGoodSite();
		const { status, output } = build('loggedError');
		expect(status, output).not.toBe(0);
		expect(output).toContain('bad-address.md');
		expect(output).not.toMatch(STACK_FRAME);
		expect(snapshot(DIST)).toEqual(before);
		expect(leftovers()).toEqual([]);
	});

	it('publishes nothing when a page throws, and says it is a bug in the hub, where, and how to report it', () => {
		const before = lastGoodSite();
		const { status, output } = build('pageThrows');
		expect(status, output).toBe(1);
		expect(output).toContain('This is a bug in the hub, not a mistake in your content.');
		expect(output).toContain('Where: the page /stories/counting/');
		expect(output).toContain('year is not defined');
		expect(output).toContain('HUB_DEBUG=1 npm run build');
		expect(output).not.toMatch(STACK_FRAME);
		expect(snapshot(DIST)).toEqual(before);
		expect(leftovers()).toEqual([]);
	});

	it('leaves the last good site when killed outright while writing pages', async () => {
		const before = lastGoodSite();
		const running = start('good', /generating static routes/);
		await running.reached;
		// The whole process group, as a cancelled CI job or a closed terminal would.
		process.kill(-running.pid, 'SIGKILL');
		expect((await running.ended).signal).toBe('SIGKILL');
		expect(snapshot(DIST)).toEqual(before);
		// What it left is cleared by the next build (below).
		expect(leftovers()).toEqual([`.dist.building-${running.pid}`]);
	});

	it('runs one build at a time: a second is refused with who holds the lock; the first replaces the site completely', async () => {
		lastGoodSite();
		// Astro's output names the content once the integration, holding the lock, is set up. The first
		// build is then paused, so that it is still running however long the second takes to start.
		const first = start('good', /Building content from/);
		await first.reached;
		process.kill(-first.pid, 'SIGSTOP');
		let second: ReturnType<typeof build>;
		try {
			second = build('good');
		} finally {
			process.kill(-first.pid, 'SIGCONT');
		}
		const { status, output } = await first.ended;

		expect(second.status, second.output).toBe(1);
		expect(second.output).toMatch(/Another build of this hub is running \(process \d+, started [^)]+\)\. Wait for it to finish, or stop it\./);
		expect(second.output).not.toContain('bug in the hub');
		expect(second.output).not.toMatch(STACK_FRAME);

		expect(status, output).toBe(0);
		const files = Object.keys(snapshot(DIST));
		expect(files).toContain('stories/a-story/index.html');
		expect(files).not.toContain('stories/old-story/index.html');
		expect(readFileSync(join(DIST, 'index.html'), 'utf8')).not.toContain('The last good build');
		// Nothing of killed builds, nothing of this one, and the lock released.
		expect(leftovers()).toEqual([]);
		expect(existsSync(join(ROOT, 'node_modules/.astro', LOCK_FILE))).toBe(false);
	});
});
