/** The whole project type-checks with Astro's own checker (`astro check`): .astro components, pages, pure modules and tests. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/build-site.ts';

it('has no type error, warning or hint', () => {
	const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'check'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	const output = `${run.stdout}\n${run.stderr}`;
	expect(output).toMatch(/- 0 errors\n- 0 warnings\n- 0 hints/);
	expect(run.status, output).toBe(0);
}, 300_000);
