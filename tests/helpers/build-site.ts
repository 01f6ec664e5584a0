/** Builds a real site with `npm run build` (the build command on Node, as npm runs it) into `tests/.builds/<name>/`. */
import { spawnSync, type SpawnOptions } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BUILDS = join(ROOT, 'tests/.builds');

export interface SiteBuild {
	name: string;
	/** The content folder, relative to the project root. */
	contentDir: string;
	/** The build's "now". */
	now: string;
	/** More environment for this build (HUB_SITE_URL…). */
	env?: Record<string, string>;
}

export interface BuildResult {
	/** Exit status of the build command. */
	status: number | null;
	/** Everything the build printed (stdout and stderr, colors off). */
	output: string;
	outDir: string;
}

/** The build command for a site, publishing into `outDir`: what to spawn, with the site's environment. */
export function buildCommand(site: SiteBuild, outDir: string): { command: string; args: string[]; options: SpawnOptions } {
	return {
		command: process.execPath,
		args: [join(ROOT, 'src/cli/build.ts'), '--outDir', outDir],
		options: {
			cwd: ROOT,
			env: { ...process.env, HUB_CONTENT_DIR: site.contentDir, HUB_NOW: site.now, HUB_DEBUG: '', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...site.env },
		},
	};
}

export function buildSite(site: SiteBuild): BuildResult {
	const outDir = join(BUILDS, site.name, 'dist');
	rmSync(join(BUILDS, site.name), { recursive: true, force: true });
	mkdirSync(join(BUILDS, site.name), { recursive: true });
	const { command, args, options } = buildCommand(site, outDir);
	const run = spawnSync(command, args, { ...options, encoding: 'utf8' });
	const result: BuildResult = { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
	writeFileSync(join(BUILDS, site.name, 'result.json'), JSON.stringify(result));
	return result;
}

/** The result of a build made by the global setup. */
export function builtSite(name: string): BuildResult {
	return JSON.parse(readFileSync(join(BUILDS, name, 'result.json'), 'utf8')) as BuildResult;
}
