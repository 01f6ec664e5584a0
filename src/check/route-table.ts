/**
 * The addresses a build will publish, known before it runs (from the routes module), so that links
 * written in content can be checked: a link to a page or file that will not exist is a broken site.
 */
import { join } from 'node:path';
import { containedFile } from '../lib/contained-file.ts';
import type { Output } from '../routes/outputs.ts';

export type Found = { kind: 'page' | 'file' } | { kind: 'unpublished'; why: string } | undefined;

export interface RouteTable {
	/** What is at a path: a page, a file, or an output of an entry that exists but will not be published. */
	lookup(path: string): Found;
	/** Published page paths, for "did you mean". */
	pages: string[];
}

/**
 * @param outputs every output of the build (`buildOutputs`)
 * @param unpublished the outputs entries would have if they were published, and why they are not
 * @param publicDir the static files folder, whose files are published as they are
 */
export function routeTable(outputs: readonly Output[], unpublished: ReadonlyMap<string, string>, publicDir: string): RouteTable {
	const pages = new Set(outputs.filter((output) => output.kind !== 'file').map((output) => output.path));
	const files = new Set(outputs.filter((output) => output.kind === 'file').map((output) => output.path));
	return {
		pages: [...pages],
		lookup(raw) {
			const path = raw.split(/[?#]/)[0]!;
			const asPage = path.endsWith('/') ? path : `${path}/`;
			if (pages.has(asPage)) return { kind: 'page' };
			const why = unpublished.get(asPage) ?? unpublished.get(path);
			if (why) return { kind: 'unpublished', why };
			let decoded: string;
			try {
				decoded = decodeURIComponent(path);
			} catch {
				return undefined; // A malformed %-escape names no file.
			}
			if (files.has(path) || files.has(decoded)) return { kind: 'file' };
			// A file of public/, but never one reached by leaving it (`/../../etc/passwd`, a link pointing out).
			if (path !== '/' && containedFile(join(publicDir, decoded), publicDir).ok) return { kind: 'file' };
			return undefined;
		},
	};
}
