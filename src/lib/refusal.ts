/**
 * A build stops in one of two ways. A refusal is the first: something whoever runs the build can fix
 * (the content, a setting, another build still running), said in plain words and nothing more. The
 * second is anything else that throws, which is a bug in the hub and reported as one.
 */

/** An error that is not a bug: its message tells the organizer what to do, and no stack trace follows. */
export class Refusal extends Error {
	override name = 'Refusal';
}

/**
 * The exit status of a build that refused (sysexits' EX_DATAERR), so that `npm run build`, which runs
 * Astro in another process, tells a refusal, already explained, from a crash it must explain.
 */
export const REFUSAL_EXIT_CODE = 65;
