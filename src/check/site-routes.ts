/**
 * The addresses a build will publish, known before it runs, so that links written in Markdown bodies
 * can be checked: a link to a page that will not exist is a broken site.
 */
import { join } from 'node:path';
import { isFile } from '../lib/is-file.ts';
import { CATALYSTS, COLLECTIONS, type CollectionName } from '../schemas/context.ts';

export interface RouteTable {
	/** What is at a path: a page, a file, or an entry that exists but will not be published. */
	lookup(path: string): { kind: 'page' | 'file' } | { kind: 'unpublished'; why: string } | undefined;
	/** Published page paths, for "did you mean". */
	pages: string[];
}

export interface KnownEntry {
	collection: CollectionName;
	slug: string;
	/** Why it is not published, or undefined when it is. */
	unpublished: string | undefined;
}

export function routeTable(entries: readonly KnownEntry[], topics: readonly string[], publicDir: string): RouteTable {
	const pages = new Set<string>(['/', '/topics/', '/catalysts/', ...COLLECTIONS.map((c) => `/${c}/`)]);
	for (const topic of topics) pages.add(`/topics/${topic}/`);
	for (const catalyst of CATALYSTS) pages.add(`/catalysts/${catalyst}/`);
	const unpublished = new Map<string, string>();
	for (const entry of entries) {
		const path = `/${entry.collection}/${entry.slug}/`;
		if (entry.unpublished) {
			unpublished.set(path, entry.unpublished);
			continue;
		}
		pages.add(path);
		if (entry.collection === 'actions') {
			for (const sub of ['flyer/']) pages.add(`${path}${sub}`);
			pages.add(`/go/${entry.slug}/`);
		}
	}
	return {
		pages: [...pages],
		lookup(raw) {
			const path = raw.split(/[?#]/)[0]!;
			const asPage = path.endsWith('/') ? path : `${path}/`;
			if (pages.has(asPage)) return { kind: 'page' };
			const why = unpublished.get(asPage);
			if (why) return { kind: 'unpublished', why };
			let decoded: string;
			try {
				decoded = decodeURIComponent(path);
			} catch {
				return undefined; // A malformed %-escape names no file.
			}
			const file = join(publicDir, decoded);
			if (path !== '/' && isFile(file)) return { kind: 'file' };
			return undefined;
		},
	};
}
