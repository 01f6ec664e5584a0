/**
 * Long lists as pages render them: the static paths of a list's numbered pages, and one page of it
 * (its entries, its title, its nav and the addresses of its neighbours), by the site's page size.
 */
import { numberFormat } from '../lib/intl-formats.ts';
import type { Catalyst, CollectionName } from '../schemas/context.ts';
import { pageCount, pageNav, pageSlice, regroup, type PageNav } from '../routes/pagination.ts';
import { perBuild } from '../views/per-build.ts';
import { context, entriesWhere, site, words, type Entry } from './hub.ts';
import { href, paths } from './urls.ts';

/**
 * The static paths of every page of a list whose first page is `first`, for a `[...page].astro`
 * route in that folder: the first page has no rest parameter, so it keeps the list's own address.
 */
export function listPagePaths(first: string, total: number): Array<{ params: { page: string | undefined }; props: { page: number } }> {
	return Array.from({ length: pageCount(total, site.pageSize) }, (_, index) => {
		const page = index + 1;
		const rest = paths.listPage(first, page).slice(first.length).replace(/\/$/, '');
		return { params: { page: rest || undefined }, props: { page } };
	});
}

/** One page of a list, ready to render. */
export interface ListPage<T> {
	number: number;
	count: number;
	entries: T[];
	/** The page's title: the list's own on its first page, "…, page 2" on later ones. */
	title: string;
	/** Numbered links, with the base path; undefined when the list fits on one page. */
	nav: PageNav | undefined;
}

const number = (value: number) => numberFormat(site.locale).format(value);

/** Page `page` of `entries`, a list titled `title` whose first page is `first`. */
export function listPage<T>(first: string, entries: readonly T[], page: number, title: string): ListPage<T> {
	const count = pageCount(entries.length, site.pageSize);
	return {
		number: page,
		count,
		entries: pageSlice(entries, page, site.pageSize),
		title: page > 1 ? words.pagination.title(title, number(page)) : title,
		nav: pageNav(page, count, (n) => href(paths.listPage(first, n))),
	};
}

/** A numbered page's number as the interface writes it. */
export const pageNumber = number;

/**
 * Page `page` of a list grouped by collection (topic and catalyst pages). The groups are paged as one
 * list, in the order the page shows them, and each page keeps the headings of the groups it shows:
 * one address per page of the topic, where a page per group of each topic would multiply them, and
 * no page renders more than a page of cards.
 */
export function groupedListPage(first: string, groups: ReadonlyArray<{ collection: CollectionName; entries: readonly Entry[] }>, page: number, title: string) {
	const listed = listPage(first, groups.flatMap((group) => group.entries), page, title);
	return { ...listed, groups: regroup(listed.entries, (entry) => entry.collection).map(({ key, entries }) => ({ collection: key, entries })) };
}

/** The static paths of every page of each of several grouped lists (topics, catalysts), with the route's own parameters. */
export function groupedListPaths<P extends Record<string, string>, Q>(lists: ReadonlyArray<{ first: string; total: number; params: P; props: Q }>) {
	return lists.flatMap(({ first, total, params, props }) => listPagePaths(first, total).map((path) => ({ params: { ...params, ...path.params }, props: { ...props, ...path.props } })));
}

// Each list once per build: a topic of a large hub has dozens of pages, each asking for the whole list.
/** The current entries on a topic, grouped by collection as its page shows them. */
export const onTopic = (slug: string) => perBuild(context, `topic ${slug}`, () => entriesWhere((data) => data.topics.includes(slug)));
/** The current entries that share a catalyst, grouped by collection as its page shows them. */
export const sharing = (catalyst: Catalyst) => perBuild(context, `catalyst ${catalyst}`, () => entriesWhere((data) => data.catalysts.includes(catalyst)));
/** How many entries grouped lists hold in all. */
export const totalOf = (groups: ReadonlyArray<{ entries: readonly unknown[] }>) => groups.reduce((sum, group) => sum + group.entries.length, 0);
