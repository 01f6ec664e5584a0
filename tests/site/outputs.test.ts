/** The routes module lists every output of a build: what the check validates links against is what gets built. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { buildOutputs } from '../../src/routes/outputs.ts';
import { ROOT } from '../helpers/build-site.ts';
import { distOf } from '../helpers/html.ts';
import { SITES } from '../helpers/sites.ts';

/** The search index's files named by their content (Pagefind's own layout): like hashed assets, not listed. */
const SEARCH_INDEX_PART = /^\/pagefind\/(index|fragment|filter)\/|^\/pagefind\/(wasm\..+\.pagefind|.+\.pf_meta)$/;

/** Every file of a build as a served path (`/actions/x/` for `actions/x/index.html`), but hashed assets and public/'s files. */
function builtPaths(site: { name: string }): string[] {
	const publicFiles = new Set((readdirSync(join(ROOT, 'public'), { recursive: true, withFileTypes: true }) as Array<{ parentPath: string; name: string; isFile(): boolean }>)
		.filter((entry) => entry.isFile())
		.map((entry) => `/${join(entry.parentPath, entry.name).slice(join(ROOT, 'public').length + 1)}`));
	return (readdirSync(distOf(site), { recursive: true, withFileTypes: true }) as Array<{ parentPath: string; name: string; isFile(): boolean }>)
		.filter((entry) => entry.isFile())
		.map((entry) => `/${join(entry.parentPath, entry.name).slice(distOf(site).length + 1)}`.replace(/(^|\/)index\.html$/, '$1'))
		.filter((path) => !path.startsWith('/_astro/') && !SEARCH_INDEX_PART.test(path) && !publicFiles.has(path))
		.sort();
}

describe.each([SITES.example, SITES.hubJune1, SITES.hubJune16])('the build of $name', (site) => {
	it('publishes exactly the outputs the routes module lists for its content', () => {
		const result = checkContent({ root: ROOT, contentDir: join(ROOT, site.contentDir), publicDir: join(ROOT, 'public'), now: new Date(site.now) });
		const listed = buildOutputs({ entries: result.published, topics: Object.keys(result.site!.topics), pageSize: result.site!.pageSize }).map((output) => output.path);
		expect(builtPaths(site)).toEqual([...listed].sort());
	});
});
