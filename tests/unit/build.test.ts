/**
 * `npm run build`'s pure parts: reading Astro's output (errors, what organizers see), judging how a
 * build ended and what to say, the folders it builds in and swaps, and the lock. The builds
 * themselves are in tests/build/.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBuildArgs } from '../../src/build/build-args.ts';
import { buildingFolder, clearLeftovers, previousFolder, swapIn } from '../../src/build/build-folders.ts';
import { acquireLock, busyMessage, isStale, type LockHolder, type Liveness } from '../../src/build/build-lock.ts';
import { ErrorCollector, isErrorLine, visibleLines } from '../../src/build/build-log.ts';
import { judgeBuild, outcomeReport, type BuildRun } from '../../src/build/build-outcome.ts';
import { isRunning } from '../../src/build/process-running.ts';
import { REFUSAL_EXIT_CODE } from '../../src/lib/refusal.ts';

/** Excerpts of what Astro 7 printed in real failed builds (paths shortened). */
const LOGS = {
	/** A Markdown body that makes the renderer throw: Astro logs it, publishes an empty page, exits 0. */
	loggedAndCarriedOn: `06:22:52 [content] Clearing content store
URIError: Failed to parse Markdown file "/project/content/stories/bad-uri.md":
URI malformed
    at decodeURI (<anonymous>)
    at file:///project/node_modules/@astrojs/markdown-remark/dist/remark-collect-images.js:15:15
06:22:52 [ERROR] [glob-loader] Error rendering bad-uri.md: Failed to parse Markdown file "/project/content/stories/bad-uri.md":
URI malformed
06:22:52 [content] Synced content
06:22:54 [build] Complete!`,
	/** A page that throws while it renders: Astro stops, exit 1. */
	pageThrew: ` generating static routes 
    at _createMdxContent (file:///project/.astro/.prerender/chunks/counting_BfDh-8jw.mjs:18:3)
06:16:07 [ERROR] ReferenceError: year is not defined
06:16:07 [ERROR] [build] Caught error rendering /stories/counting/: ReferenceError: year is not defined
year is not defined
  Hint:
    This issue often occurs when your MDX component encounters runtime errors.
  Stack trace:
    at _createMdxContent (file:///project/.astro/.prerender/chunks/counting_BfDh-8jw.mjs:18:3)
    at Object.Content [as type] (file:///project/.astro/.prerender/chunks/counting_BfDh-8jw.mjs:31:31)`,
	/** An image that cannot be read: Vite's build fails, exit 1. */
	brokenImage: `06:13:29 [ERROR] [vite] ✗ Build failed in 501ms
[NoImageMetadata] Could not process image metadata for \`/project/content/images/broken.jpg\`.
  Hint:
    This is often caused by a corrupted or malformed image. Re-exporting the image from your image editor may fix this issue.
  Location:
    /project/node_modules/astro/dist/assets/utils/metadata.js:8:11
  Stack trace:
    at imageMetadata (file:///project/node_modules/astro/dist/assets/utils/metadata.js:8:11)`,
	/** A bug in the hub's own code, thrown from a hook. */
	hookThrew: `06:13:15 [ERROR] [community-hub] An unhandled error occurred while running the "astro:build:done" hook
Cannot read properties of undefined (reading 'base')
  Location:
    /project/src/integration/community-hub.ts:98:30
  Stack trace:
    at astro:build:done (file:///project/src/integration/community-hub.ts:98:30)`,
	clean: `06:11:58   ├─ /members/index.html (+6ms) 
06:24:50 [WARN] [content] The collection "members" does not exist or is empty.
06:11:59 ✓ Completed in 4.64s.
06:11:59 [build] Complete!`,
};

const lines = (log: string) => log.split('\n');

function collect(log: string) {
	const collector = new ErrorCollector();
	for (const line of lines(log)) collector.add(line);
	collector.end();
	return collector.errors;
}

describe("reading Astro's output", () => {
	it('finds the errors Astro logs, even in color, and nothing in a clean build', () => {
		expect(lines(LOGS.loggedAndCarriedOn).filter(isErrorLine)).toHaveLength(1);
		expect(lines(LOGS.pageThrew).filter(isErrorLine)).toHaveLength(2);
		expect(isErrorLine('\u001b[31m06:22:52 [ERROR]\u001b[39m [build] Caught error')).toBe(true);
		expect(isErrorLine('A story titled "[ERROR] on purpose"')).toBe(false);
		expect(collect(LOGS.clean)).toEqual([]);
	});

	it('keeps each error with its message, the page and the file it names, without stack or location', () => {
		expect(collect(LOGS.loggedAndCarriedOn)).toEqual([
			{
				message: ['[glob-loader] Error rendering bad-uri.md: Failed to parse Markdown file "/project/content/stories/bad-uri.md":', 'URI malformed'],
				page: undefined,
				file: '/project/content/stories/bad-uri.md',
			},
		]);
		const [message, threw] = collect(LOGS.pageThrew);
		expect(message).toEqual({ message: ['ReferenceError: year is not defined'], page: undefined, file: undefined });
		expect(threw).toMatchObject({ page: '/stories/counting/', file: undefined });
		expect(threw!.message.join('\n')).not.toMatch(/\bat |Stack trace/);
		// The quoted image, not Astro's module that read it.
		expect(collect(LOGS.brokenImage)[0]!.file).toBe('/project/content/images/broken.jpg');
		// A bug of the hub's code: where it was thrown.
		expect(collect(LOGS.hookThrew)[0]!.file).toBe('/project/src/integration/community-hub.ts:98:30');
	});

	it('shows organizers every line but stack traces and code locations; HUB_DEBUG shows all', () => {
		for (const log of Object.values(LOGS)) {
			const shown = lines(log).filter(visibleLines(false));
			expect(shown.join('\n')).not.toMatch(/^\s+at |Stack trace:|Location:|node_modules\/astro|src\/integration/m);
			expect(lines(log).filter(visibleLines(true))).toEqual(lines(log));
		}
		expect(lines(LOGS.pageThrew).filter(visibleLines(false))).toEqual([
			' generating static routes ',
			'06:16:07 [ERROR] ReferenceError: year is not defined',
			'06:16:07 [ERROR] [build] Caught error rendering /stories/counting/: ReferenceError: year is not defined',
			'year is not defined',
			'  Hint:',
			'    This issue often occurs when your MDX component encounters runtime errors.',
		]);
	});
});

describe('how a build ended', () => {
	const run = (change: Partial<BuildRun>): BuildRun => ({ code: 0, signal: null, interrupted: undefined, errors: [], missing: [], ...change });
	const logged = collect(LOGS.loggedAndCarriedOn);

	it('is complete only when Astro exits 0, logs no error and writes a whole site', () => {
		expect(judgeBuild(run({}))).toEqual({ kind: 'complete' });
		expect(judgeBuild(run({ errors: logged }))).toMatchObject({ kind: 'failed', reason: expect.stringContaining('reported an error') });
		expect(judgeBuild(run({ missing: ['_headers'] }))).toMatchObject({ kind: 'failed', reason: expect.stringContaining('no _headers') });
		expect(judgeBuild(run({ code: 1 }))).toMatchObject({ kind: 'failed', reason: 'Astro stopped with exit status 1.' });
		expect(judgeBuild(run({ code: null, signal: 'SIGKILL' }))).toMatchObject({ kind: 'failed', reason: expect.stringContaining('SIGKILL') });
		expect(judgeBuild(run({ code: REFUSAL_EXIT_CODE }))).toEqual({ kind: 'refused' });
		expect(judgeBuild(run({ code: null, signal: 'SIGINT', interrupted: 'SIGINT' }))).toEqual({ kind: 'stopped', signal: 'SIGINT' });
	});

	it('says a failure is a bug in the hub, where it happened and how to report it; a refusal has said enough', () => {
		const paths = { root: '/project', target: '/project/dist', debug: false };
		const report = outcomeReport({ kind: 'failed', reason: 'Astro stopped with exit status 1.', errors: collect(LOGS.pageThrew) }, paths).join('\n');
		expect(report).toContain('Nothing was published: dist/ is as the last good build left it.');
		expect(report).toContain('This is a bug in the hub, not a mistake in your content.');
		expect(report).toContain('Where: the page /stories/counting/.');
		expect(report).toContain('year is not defined');
		expect(report).toContain('open an issue');
		expect(report).toContain('HUB_DEBUG=1 npm run build');
		expect(outcomeReport({ kind: 'failed', reason: 'Astro stopped.', errors: [] }, { ...paths, debug: true }).join('\n')).toContain('stack traces included');
		const inContent = outcomeReport({ kind: 'failed', reason: 'Astro reported an error.', errors: logged }, paths).join('\n');
		expect(inContent).toContain('Where: content/stories/bad-uri.md.');
		expect(outcomeReport({ kind: 'refused' }, paths)).toEqual([]);
		expect(outcomeReport({ kind: 'stopped', signal: 'SIGINT' }, paths)).toEqual(['The build was stopped (SIGINT). Nothing was published: dist/ is as the last good build left it.']);
	});

	it('takes --outDir in both spellings, and passes every other argument to Astro', () => {
		expect(parseBuildArgs([])).toEqual({ outDir: undefined, astroArgs: [] });
		expect(parseBuildArgs(['--outDir', 'public-site', '--verbose'])).toEqual({ outDir: 'public-site', astroArgs: ['--verbose'] });
		expect(parseBuildArgs(['--silent', '--outDir=out'])).toEqual({ outDir: 'out', astroArgs: ['--silent'] });
		expect(() => parseBuildArgs(['--outDir'])).toThrow('--outDir needs a folder');
	});
});

describe('the folders a build works in', () => {
	const project = () => mkdtempSync(join(tmpdir(), 'hub-build-'));
	const site = (dir: string, files: Record<string, string>) => {
		for (const [file, text] of Object.entries(files)) {
			mkdirSync(join(dir, file, '..'), { recursive: true });
			writeFileSync(join(dir, file), text);
		}
	};
	const files = (dir: string) => (readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean; parentPath: string; name: string }>)
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
		.sort();

	it('are hidden siblings of the published folder, named by process', () => {
		expect(buildingFolder('/project/dist', 42)).toBe('/project/.dist.building-42');
		expect(previousFolder('/project/out/site', 42)).toBe('/project/out/.site.previous-42');
	});

	it('swap a complete site in by renames, leaving nothing of the last one', () => {
		const root = project();
		const target = join(root, 'dist');
		site(target, { 'index.html': 'old', 'gone/index.html': 'old page' });
		site(buildingFolder(target, 7), { 'index.html': 'new', 'stories/index.html': 'new page' });
		swapIn(buildingFolder(target, 7), target, previousFolder(target, 7));
		expect(files(target)).toEqual(['index.html', 'stories/index.html']);
		expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
		expect(readdirSync(root)).toEqual(['dist']);
		// The first build of a checkout has no site to replace.
		rmSync(target, { recursive: true });
		site(buildingFolder(target, 8), { 'index.html': 'first' });
		swapIn(buildingFolder(target, 8), target, previousFolder(target, 8));
		expect(readdirSync(root)).toEqual(['dist']);
	});

	it('put the last site back if the new one cannot move in', () => {
		const root = project();
		const target = join(root, 'dist');
		site(target, { 'index.html': 'old' });
		expect(() => swapIn(join(root, 'missing'), target, previousFolder(target, 9))).toThrow();
		expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('old');
		expect(readdirSync(root)).toEqual(['dist']);
	});

	it('of dead builds are cleared; a last good site caught mid-swap goes back; a running build is left alone', () => {
		const root = project();
		const target = join(root, 'dist');
		const running = (pid: number) => pid === 3;
		site(buildingFolder(target, 1), { 'index.html': 'half' });
		site(previousFolder(target, 2), { 'index.html': 'last good' });
		site(buildingFolder(target, 3), { 'index.html': 'in progress' });
		site(join(root, '.other.building-4'), { 'index.html': 'not ours' });
		const cleared = clearLeftovers(target, running);
		expect(cleared).toEqual({ removed: [buildingFolder(target, 1)], restored: previousFolder(target, 2) });
		expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('last good');
		expect(readdirSync(root).sort()).toEqual(['.dist.building-3', '.other.building-4', 'dist']);
		// With the site in place, a stale previous copy is only removed.
		site(previousFolder(target, 5), { 'index.html': 'older' });
		expect(clearLeftovers(target, running)).toEqual({ removed: [previousFolder(target, 5)], restored: undefined });
		expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('last good');
	});
});

describe('the build lock', () => {
	const lockFile = () => join(mkdtempSync(join(tmpdir(), 'hub-lock-')), 'build.lock');
	const holder = (pid: number, started = '2026-11-26T06:00:00.000Z'): LockHolder => ({ pid, started, host: 'laptop' });
	const liveness: Liveness = { host: 'laptop', self: 100, bootTime: Date.parse('2026-11-26T05:00:00Z'), isRunning: (pid) => pid === 200 };
	const stale = (h: LockHolder) => isStale(h, liveness);

	it('is stale when its process is gone, is this one, is on another machine or is from before the machine started', () => {
		expect(stale(holder(200))).toBe(false);
		expect(stale(holder(201))).toBe(true);
		expect(stale(holder(100))).toBe(true);
		expect(stale({ ...holder(200), host: 'ci-runner-7' })).toBe(true);
		expect(stale(holder(200, '2026-11-25T23:00:00.000Z'))).toBe(true);
	});

	it('lets one build in, refuses a second with who holds it, and lets the next in once released', () => {
		const file = lockFile();
		const first = acquireLock(file, holder(200), stale);
		expect(first.acquired).toBe(true);
		expect(acquireLock(file, holder(300), stale)).toEqual({ acquired: false, holder: holder(200) });
		if (first.acquired) first.release();
		expect(acquireLock(file, holder(300), stale).acquired).toBe(true);
		expect(readdirSync(join(file, '..'))).toEqual(['build.lock']);
	});

	it('is taken over when stale or unreadable, and a stale holder cannot release the new one', () => {
		const file = lockFile();
		const dead = acquireLock(file, holder(201), stale);
		const next = acquireLock(file, holder(200), stale);
		expect(next.acquired).toBe(true);
		if (dead.acquired) dead.release();
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(holder(200));
		writeFileSync(file, '');
		expect(acquireLock(file, holder(300), stale).acquired).toBe(true);
	});

	it('says who holds it, and what to do', () => {
		expect(busyMessage(holder(1234))).toMatch(/^Another build of this hub is running \(process 1234, started .*2026.*\)\. Wait for it to finish, or stop it\.$/);
	});

	it('knows a running process from one that is gone', () => {
		expect(isRunning(process.pid)).toBe(true);
		expect(isRunning(0)).toBe(false);
		expect(isRunning(2 ** 22 + 1)).toBe(false);
	});
});
