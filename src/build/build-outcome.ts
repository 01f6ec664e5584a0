/**
 * How a build ended, decided from what the Astro process did and printed, and what the organizer is
 * told about it. Only a complete build is published; everything else leaves the last good site alone.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { REFUSAL_EXIT_CODE } from '../lib/refusal.ts';
import type { LoggedError } from './build-log.ts';

/**
 * Files every complete site has. `_headers` is written last, when Astro reports the build done, so a
 * site with it got to the end.
 */
export const COMPLETE_SITE = ['index.html', '404.html', '_redirects', '_headers'] as const;

/** The files of `COMPLETE_SITE` missing from a built folder. */
export const missingFiles = (dir: string): string[] => COMPLETE_SITE.filter((file) => !existsSync(join(dir, file)));

/** What the Astro process did. */
export interface BuildRun {
	/** Its exit status, or null when a signal ended it. */
	code: number | null;
	signal: NodeJS.Signals | null;
	/** The signal whoever ran `npm run build` sent to stop it (Ctrl-C), if any. */
	interrupted: NodeJS.Signals | undefined;
	/** The errors it logged. */
	errors: readonly LoggedError[];
	/** Files of a complete site it did not write. */
	missing: readonly string[];
}

/**
 * - `complete`: publish it.
 * - `refused`: the content or a setting has a problem, or another build is running; the build said so.
 * - `stopped`: whoever ran the build stopped it.
 * - `failed`: anything else, which is a bug in the hub.
 */
export type Outcome =
	| { kind: 'complete' }
	| { kind: 'refused' }
	| { kind: 'stopped'; signal: NodeJS.Signals }
	| { kind: 'failed'; reason: string; errors: readonly LoggedError[] };

/** How a build ended: stopped from outside first, then refused, then failed in any way, else complete. */
export function judgeBuild(run: BuildRun): Outcome {
	const { errors } = run;
	if (run.interrupted) return { kind: 'stopped', signal: run.interrupted };
	if (run.code === REFUSAL_EXIT_CODE) return { kind: 'refused' };
	if (run.signal) return { kind: 'failed', reason: `Astro's process was ended by ${run.signal} (out of memory, or stopped from outside).`, errors };
	if (run.code !== 0) return { kind: 'failed', reason: `Astro stopped with exit status ${run.code}.`, errors };
	// Astro logs some errors and still exits 0, leaving an empty page where one failed to render.
	if (errors.length) return { kind: 'failed', reason: 'Astro reported an error, then finished as if nothing had happened.', errors };
	if (run.missing.length) return { kind: 'failed', reason: `Astro finished, but the site has no ${run.missing.join(', ')}.`, errors };
	return { kind: 'complete' };
}

/** What the report needs to know about the build. */
export interface ReportContext {
	/** The project, to name paths relative to it. */
	root: string;
	/** The folder the site is published to (`dist/`). */
	target: string;
	/** The stack traces were shown (`HUB_DEBUG=1`). */
	debug: boolean;
}

/** The lines that end a build that did not publish; none for a refusal, which has said why already. */
export function outcomeReport(outcome: Exclude<Outcome, { kind: 'complete' }>, context: ReportContext): string[] {
	const target = shown(context.target, context.root);
	const untouched = `Nothing was published: ${target}/ is as the last good build left it.`;
	if (outcome.kind === 'refused') return [];
	if (outcome.kind === 'stopped') return [`The build was stopped (${outcome.signal}). ${untouched}`];
	// Astro may log one error in several lines: the message in one, the page in the next.
	const [first] = outcome.errors;
	const page = outcome.errors.find((error) => error.page)?.page;
	const file = outcome.errors.find((error) => error.file)?.file;
	const where = [page && `the page ${page}`, file && shown(file, context.root)].filter(Boolean);
	return [
		`The build failed. ${untouched}`,
		'This is a bug in the hub, not a mistake in your content.',
		`What happened: ${outcome.reason}${first ? ` The first error: ${first.message.join(' ').trim()}` : ''}`,
		...(where.length ? [`Where: ${where.join(', ')}.`] : []),
		...(context.debug
			? ["Please report it: open an issue in the hub's repository with everything this build printed, stack traces included."]
			: [
					"Please report it: open an issue in the hub's repository with everything this build printed.",
					'For the full stack trace, which helps fix it, build again with `HUB_DEBUG=1 npm run build` and add its output.',
				]),
	];
}

/** A path as the organizer would type it: relative to the project when inside it. */
function shown(path: string, root: string): string {
	if (!isAbsolute(path)) return path;
	const inside = relative(root, path);
	return inside && !inside.startsWith('..') ? inside : path;
}
