/**
 * The site's search index: Pagefind, run over the built pages once they are written, into
 * `pagefind/` beside them. Only entry pages carry `data-pagefind-body`, so only they are indexed;
 * and only what a build publishes is built, so no draft or scheduled entry can be found.
 *
 * Pagefind also writes ready-made search interfaces and a web worker; the hub's search page uses
 * neither (it draws its own results, under its own policy), so they are not published.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { ENTRY_PAGE_FILES, paths } from '../routes/paths.ts';

/** The files of Pagefind's output the hub's search page loads; anything else is removed. */
const USED = /^(pagefind\.js|pagefind-entry\.json|.+\.pf_meta|wasm\..+\.pagefind|index|fragment|filter)$/;

export interface IndexedSite {
	/** Pages indexed: the entry pages of the build. */
	pages: number;
}

/** Indexes the built site in `dir` (a folder path) and writes the index into it. Throws with Pagefind's own errors. */
export async function writeSearchIndex(dir: string): Promise<IndexedSite> {
	try {
		const { index, errors } = await pagefind.createIndex({});
		if (!index) throw new Error(errors.join('; '));
		// Only entry pages are indexed, so only they are read: half the files of a large hub.
		const added = await index.addDirectory({ path: dir, glob: ENTRY_PAGE_FILES });
		if (added.errors.length) throw new Error(added.errors.join('; '));
		const output = join(dir, paths.searchIndex());
		const written = await index.writeFiles({ outputPath: output });
		if (written.errors.length) throw new Error(written.errors.join('; '));
		for (const file of readdirSync(output)) if (!USED.test(file)) rmSync(join(output, file), { recursive: true });
		return { pages: added.page_count };
	} finally {
		await pagefind.close();
	}
}
