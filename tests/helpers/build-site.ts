/** Builds a real site with the Astro CLI, as `npm run build` would, into `tests/.builds/<name>/`. */
import { spawnSync } from 'node:child_process';
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
	/** Exit status of `astro build`. */
	status: number | null;
	/** Everything the build printed (stdout and stderr, colors off). */
	output: string;
	outDir: string;
}

export function buildSite(site: SiteBuild): BuildResult {
	const outDir = join(BUILDS, site.name, 'dist');
	rmSync(join(BUILDS, site.name), { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, HUB_CONTENT_DIR: site.contentDir, HUB_NOW: site.now, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...site.env },
	});
	const result: BuildResult = { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
	writeFileSync(join(BUILDS, site.name, 'result.json'), JSON.stringify(result));
	return result;
}

/** The result of a build made by the global setup. */
export function builtSite(name: string): BuildResult {
	return JSON.parse(readFileSync(join(BUILDS, name, 'result.json'), 'utf8')) as BuildResult;
}
