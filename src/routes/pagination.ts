/**
 * Long lists split into numbered pages: how many pages a list has, which entries page N shows, and
 * what the pagination nav offers. Among the routes because how many pages a list has decides which
 * addresses a build publishes: the pages and the list of outputs both ask this module.
 */

/** How many pages a list of `total` entries takes. An empty list still has its first page, which says so. */
export function pageCount(total: number, pageSize: number): number {
	return Math.max(1, Math.ceil(total / pageSize));
}

/** The entries page `page` (from 1) shows. */
export function pageSlice<T>(entries: readonly T[], page: number, pageSize: number): T[] {
	return entries.slice((page - 1) * pageSize, page * pageSize);
}

/** One item of the nav: a numbered link, or a gap standing for the pages left out. */
export type PageNavItem = { kind: 'page'; number: number; path: string; current: boolean } | { kind: 'gap' };

export interface PageNav {
	previous?: string | undefined;
	next?: string | undefined;
	items: PageNavItem[];
}

/**
 * The nav of page `page` of `count`, with `pathOf` giving each page's address; undefined for a
 * list of one page, which needs none. A 1,000-entry hub has dozens of pages: the nav names the
 * first, the last and the neighbours of the current one, so it stays one line on a phone.
 */
export function pageNav(page: number, count: number, pathOf: (page: number) => string): PageNav | undefined {
	if (count <= 1) return undefined;
	const shown = [...new Set([1, page - 1, page, page + 1, count])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
	const items: PageNavItem[] = [];
	shown.forEach((number, index) => {
		const before = shown[index - 1];
		// A gap of one page is shown as that page: "…" would take the same room and say less.
		if (before !== undefined && number - before === 2) items.push({ kind: 'page', number: before + 1, path: pathOf(before + 1), current: false });
		else if (before !== undefined && number - before > 2) items.push({ kind: 'gap' });
		items.push({ kind: 'page', number, path: pathOf(number), current: number === page });
	});
	return {
		previous: page > 1 ? pathOf(page - 1) : undefined,
		next: page < count ? pathOf(page + 1) : undefined,
		items,
	};
}

/** Entries regrouped by a key in the order the keys first appear: a page of a grouped list keeps its headings. */
export function regroup<K, T>(entries: readonly T[], keyOf: (entry: T) => K): Array<{ key: K; entries: T[] }> {
	const groups = new Map<K, T[]>();
	for (const entry of entries) {
		const key = keyOf(entry);
		const group = groups.get(key);
		if (group) group.push(entry);
		else groups.set(key, [entry]);
	}
	return [...groups].map(([key, grouped]) => ({ key, entries: grouped }));
}
