/**
 * `npm run build`: builds the site, and publishes it to `dist/` only when it is complete.
 *
 * Astro builds into a folder of its own next to `dist/`, in a process of its own whose output is
 * passed on line by line (stack traces left out, unless `HUB_DEBUG=1`); then Pagefind indexes its
 * entry pages for search. The new site replaces `dist/` by renames only if Astro exited cleanly,
 * logged no error, and wrote a whole site, and the search index was written; otherwise
 * `dist/` keeps the last good build, even when the build is killed (folders left by a killed build
 * are cleared at the start of the next one). A refusal (content errors, another build running) has
 * said why already; any other failure is reported as a bug in the hub, with where it happened.
 *
 *   npm run build                          into dist/
 *   npm run build -- --outDir public-site  into another folder; other arguments go to `astro build`
 *   HUB_DEBUG=1 npm run build              everything Astro prints, stack traces included
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseBuildArgs } from '../build/build-args.ts';
import { buildingFolder, clearLeftovers, previousFolder, swapIn } from '../build/build-folders.ts';
import { ErrorCollector, visibleLines } from '../build/build-log.ts';
import { judgeBuild, missingFiles, outcomeReport, type Outcome } from '../build/build-outcome.ts';
import { isRunning } from '../build/process-running.ts';
import { writeSearchIndex } from '../hosting/search-index.ts';
import { Refusal } from '../lib/refusal.ts';
import { paths } from '../routes/paths.ts';
import { readEnvironment, type Environment } from '../settings/environment.ts';

/** The signals that stop a build from outside (Ctrl-C, a closed terminal, a cancelled CI job). */
const STOPS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

async function build(env: Environment): Promise<number> {
	const args = parseBuildArgs(process.argv.slice(2));
	const target = resolve(env.root, args.outDir ?? 'dist');
	const shown = relative(env.root, target) || '.';

	const cleared = clearLeftovers(target, (pid) => pid !== process.pid && isRunning(pid));
	if (cleared.restored) console.log(`Put the last good site back in ${shown}/: a build stopped while publishing had moved it aside.`);

	const building = buildingFolder(target, process.pid);
	mkdirSync(building, { recursive: true });
	const astro = spawn(process.execPath, [join(env.root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', building, ...args.astroArgs], {
		cwd: env.root,
		stdio: ['inherit', 'pipe', 'pipe'],
	});
	let interrupted: NodeJS.Signals | undefined;
	for (const signal of STOPS) {
		process.on(signal, () => {
			interrupted = signal;
			astro.kill(signal);
		});
	}
	const errors = new ErrorCollector();
	const [[code, signal]] = await Promise.all([
		once(astro, 'close') as Promise<[number | null, NodeJS.Signals | null]>,
		passLines(astro.stdout, process.stdout, errors, env.debug),
		passLines(astro.stderr, process.stderr, errors, env.debug),
	]);
	errors.end();

	let outcome = judgeBuild({ code, signal, interrupted, errors: errors.errors, missing: code === 0 ? missingFiles(building) : [] });
	if (outcome.kind === 'complete') outcome = await indexForSearch(building);
	if (interrupted) outcome = { kind: 'stopped', signal: interrupted };
	if (outcome.kind === 'complete') {
		swapIn(building, target, previousFolder(target, process.pid));
		console.log(`The new site is in ${shown}/.`);
		return 0;
	}
	rmSync(building, { recursive: true, force: true });
	for (const line of outcomeReport(outcome, { root: env.root, target, debug: env.debug })) console.error(line);
	return 1;
}

/**
 * The search index, read off the finished pages once Astro's process has exited: Pagefind's own process
 * (over a gigabyte at 10,000 entries) then never runs beside Astro's, which holds the content store.
 */
async function indexForSearch(building: string): Promise<Outcome> {
	console.log(`${clock()} [community-hub] Indexing the entry pages for search…`);
	try {
		const indexed = await writeSearchIndex(building);
		console.log(`${clock()} [community-hub] Search index: ${indexed.pages} pages read, entry pages indexed into ${paths.searchIndex()}.`);
		return { kind: 'complete' };
	} catch (error) {
		return { kind: 'failed', reason: `The search index could not be written: ${error instanceof Error ? error.message : String(error)}`, errors: [] };
	}
}

/** The time of day as Astro's own lines show it (`16:24:38`), so this command's lines read like Astro's. */
const clock = () => new Date().toTimeString().slice(0, 8);

/** Passes Astro's output on, line by line, minus what organizers need not see; every line is read for errors. */
async function passLines(from: Readable, to: Writable, errors: ErrorCollector, debug: boolean): Promise<void> {
	const visible = visibleLines(debug);
	for await (const line of createInterface({ input: from, crlfDelay: Infinity })) {
		errors.add(line);
		if (visible(line)) to.write(`${line}\n`);
	}
}

let debug = false;
try {
	const env = readEnvironment();
	debug = env.debug;
	process.exitCode = await build(env);
} catch (error) {
	if (error instanceof Refusal) console.error(error.message);
	else {
		// A failure of this command itself: the same plain report as a failed build, the trace on request.
		const reason = `npm run build itself failed: ${error instanceof Error ? error.message : String(error)}`;
		for (const line of outcomeReport({ kind: 'failed', reason, errors: [] }, { root: process.cwd(), target: 'dist', debug })) console.error(line);
		if (debug && error instanceof Error) console.error(error.stack);
	}
	process.exitCode = 1;
}
