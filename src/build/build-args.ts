/**
 * The arguments of `npm run build -- …`: `--outDir <folder>` is where the site is published (the build
 * itself writes elsewhere first); every other argument goes to `astro build` as it is.
 */
import { Refusal } from '../lib/refusal.ts';

export interface BuildArgs {
	/** The folder to publish to, as given; undefined for the default, `dist`. */
	outDir: string | undefined;
	/** The rest, for Astro. */
	astroArgs: string[];
}

const NEEDS_FOLDER = '--outDir needs a folder, such as `npm run build -- --outDir public-site`.';

/** Splits `npm run build`'s arguments; a `--outDir` without a folder is refused. */
export function parseBuildArgs(args: readonly string[]): BuildArgs {
	const parsed: BuildArgs = { outDir: undefined, astroArgs: [] };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === '--outDir') {
			const value = args[++i];
			if (value === undefined || value.startsWith('--')) throw new Refusal(NEEDS_FOLDER);
			parsed.outDir = value;
		} else if (arg.startsWith('--outDir=')) parsed.outDir = arg.slice('--outDir='.length);
		else parsed.astroArgs.push(arg);
	}
	if (parsed.outDir === '') throw new Refusal(NEEDS_FOLDER);
	return parsed;
}
