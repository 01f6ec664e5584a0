/**
 * Layers that only point down: each folder of `src/` may import only the folders below it, so pure
 * logic never depends on Astro's pages, and the check and the build share what is beneath them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build-site.ts';

/** What each folder may import (besides itself and packages), lowest layer first. */
const ALLOWED: Record<string, readonly string[]> = {
	lib: [],
	i18n: [],
	build: ['lib'],
	client: [],
	markdown: ['lib'],
	share: ['i18n', 'lib'],
	schemas: ['i18n', 'lib'],
	routes: ['schemas'],
	source: ['lib', 'schemas'],
	model: ['lib', 'schemas'],
	settings: ['i18n', 'lib', 'schemas'],
	scaffold: ['i18n', 'schemas'],
	hosting: ['routes'],
	views: ['i18n', 'lib', 'schemas', 'routes', 'model', 'share'],
	// share: the check warns about what a share card cannot draw, from the very table the card's renderer uses.
	// scaffold: the check finds the template's words left in an entry, from the very data the templates write.
	check: ['i18n', 'lib', 'schemas', 'routes', 'source', 'model', 'share', 'scaffold'],
	integration: ['i18n', 'lib', 'build', 'schemas', 'routes', 'source', 'settings', 'check', 'hosting', 'markdown'],
	cli: ['i18n', 'lib', 'build', 'schemas', 'routes', 'source', 'settings', 'check', 'hosting', 'scaffold'],
	// build: in a build, the data layer hands the files it makes beside the pages to the integration.
	data: ['i18n', 'lib', 'build', 'schemas', 'routes', 'model', 'share', 'views', 'settings'],
	components: ['i18n', 'lib', 'schemas', 'routes', 'model', 'share', 'views', 'data', 'client', 'components'],
	layouts: ['i18n', 'lib', 'schemas', 'routes', 'model', 'share', 'views', 'data', 'components', 'styles'],
	// hosting: pages that search add what the search index needs to their own security policy.
	pages: ['i18n', 'lib', 'schemas', 'routes', 'model', 'share', 'views', 'data', 'components', 'layouts', 'hosting'],
};

const SRC = join(ROOT, 'src');
const IMPORT = /(?:^|\n)\s*(?:import|export)[^'"\n]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"](\.[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
	return (readdirSync(dir, { recursive: true }) as string[]).filter((file) => /\.(ts|astro|mjs)$/.test(file)).map((file) => join(dir, file));
}

const folderOf = (file: string) => relative(SRC, file).split(sep)[0]!;

describe('the layers of src/', () => {
	it('has a rule for every folder', () => {
		const folders = readdirSync(SRC, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
		expect(folders.filter((folder) => folder !== 'styles' && !(folder in ALLOWED))).toEqual([]);
	});

	it('only point down: no module imports a folder above its own', () => {
		const violations = sourceFiles(SRC).flatMap((file) => {
			const from = folderOf(file);
			if (!(from in ALLOWED)) return [];
			return [...readFileSync(file, 'utf8').matchAll(IMPORT)].flatMap((match) => {
				const path = resolve(dirname(file), match[1] ?? match[2] ?? match[3]!);
				const target = folderOf(path);
				const topLevel = !relative(SRC, path).includes(sep); // content.config.ts, virtual.d.ts
				return target === from || topLevel || ALLOWED[from]!.includes(target) ? [] : [`${relative(ROOT, file)} imports ${target}/`];
			});
		});
		expect(violations).toEqual([]);
	});

	it('reads site.yaml in one function, which only the content check (once per build) and `npm run new` call', () => {
		const callers = sourceFiles(SRC).filter((file) => /\breadSite\(/.test(readFileSync(file, 'utf8')));
		expect(callers.map((file) => relative(ROOT, file)).sort()).toEqual(['src/check/check-content.ts', 'src/cli/new.ts', 'src/source/read-site.ts']);
		// YAML is parsed only by the readers of content files.
		const parsers = sourceFiles(SRC).filter((file) => /\b(readYaml|parseDocument|jsYaml\.load)\(/.test(readFileSync(file, 'utf8')));
		expect(parsers.map((file) => relative(ROOT, file)).filter((file) => !file.startsWith('src/source/'))).toEqual([]);
	});

	it('reads the environment in one module only, and never writes it', () => {
		const readers = sourceFiles(SRC).filter((file) => /process\.env|import\.meta\.env/.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
		expect(readers.map((file) => relative(ROOT, file))).toEqual(['src/settings/environment.ts']);
	});
});
