/**
 * Every output of a build, listed from the content before the build runs: what the content check
 * validates links against, and what a built site is tested to contain, file for file. Hashed assets
 * (`/_astro/…`), the search index's hashed files (`/pagefind/…` but its script and entry file) and
 * the files copied from `public/` are the only outputs not listed here.
 */
import { CATALYSTS, COLLECTIONS, type CollectionName } from '../schemas/context.ts';
import { sitemapFiles } from './crawlers.ts';
import { FEEDS, paths } from './paths.ts';
import { pageCount } from './pagination.ts';

/** What the routes of a published entry depend on. */
export interface RoutedEntry {
	collection: CollectionName;
	slug: string;
	/** The entry brings its own link-preview picture, so no card is drawn for it. */
	ownShareImage: boolean;
	/** An action that is an event, so it has a calendar file. */
	event: boolean;
	/** The topics and catalysts it is tagged with: which topic and catalyst pages list it. */
	topics: readonly string[];
	catalysts: readonly string[];
	/** An action already closed: the index lists it, but topic and catalyst pages do not. */
	closed: boolean;
	/** An action's own short link name (`short`), besides its slug. */
	short?: string | undefined;
}

/** `page`: an HTML page at a folder address; `redirect`: a page that only sends on (short links); `file`: anything else. */
export type OutputKind = 'page' | 'redirect' | 'file';

export interface Output {
	path: string;
	kind: OutputKind;
}

/** The routed view of an entry as schemas output it. */
export function routedEntry(
	collection: CollectionName,
	slug: string,
	data: { shareImage?: unknown; event?: unknown; topics?: readonly string[]; catalysts?: readonly string[]; short?: unknown },
	closed = false,
): RoutedEntry {
	const short = typeof data.short === 'string' ? data.short : undefined;
	return { collection, slug, ownShareImage: data.shareImage !== undefined, event: data.event !== undefined, topics: data.topics ?? [], catalysts: data.catalysts ?? [], closed, short };
}

/** The names an action's short links go by (`/go/<name>/`): its slug, and its own `short` when it has one. */
export const shortLinkNames = (entry: Pick<RoutedEntry, 'slug' | 'short'>): string[] => (entry.short && entry.short !== entry.slug ? [entry.slug, entry.short] : [entry.slug]);

/** Every page of a list of `total` entries whose first page is `first`. */
function listPages(first: string, total: number, pageSize: number): string[] {
	return Array.from({ length: pageCount(total, pageSize) }, (_, index) => paths.listPage(first, index + 1));
}

/** The outputs of one published entry. */
export function entryOutputs(entry: RoutedEntry): Output[] {
	const outputs: Output[] = [{ path: paths.entry(entry.collection, entry.slug), kind: 'page' }];
	if (!entry.ownShareImage) outputs.push({ path: paths.card(entry.collection, entry.slug), kind: 'file' });
	if (entry.collection === 'actions') {
		outputs.push({ path: paths.flyer(entry.slug), kind: 'page' }, { path: paths.qrCode(entry.slug), kind: 'file' }, ...shortLinkNames(entry).map((name): Output => ({ path: paths.shortLink(name), kind: 'redirect' })), { path: paths.embed(entry.slug), kind: 'page' });
		if (entry.event) outputs.push({ path: paths.calendar(entry.slug), kind: 'file' });
	}
	return outputs;
}

/** Every output of a build of these published entries and topics, in a stable order. */
export function buildOutputs(input: { entries: readonly RoutedEntry[]; topics: readonly string[]; pageSize: number }): Output[] {
	const page = (path: string): Output => ({ path, kind: 'page' });
	const file = (path: string): Output => ({ path, kind: 'file' });
	const { entries, pageSize } = input;
	const count = (listed: (entry: RoutedEntry) => boolean) => entries.filter(listed).length;
	// Indexes list every published entry (closed actions after open ones); topic and catalyst pages only current ones.
	const indexPages = (collection: CollectionName) => listPages(paths.collection(collection), count((entry) => entry.collection === collection), pageSize);
	const taggedPages = (first: string, tagged: (entry: RoutedEntry) => boolean) => listPages(first, count((entry) => !entry.closed && tagged(entry)), pageSize);
	const pages: Output[] = [
		page(paths.home()),
		...COLLECTIONS.flatMap(indexPages).map(page),
		page(paths.topics()),
		// Every topic has its calendar, even with no event yet: a subscription to it never breaks.
		...input.topics.flatMap((topic) => [...taggedPages(paths.topic(topic), (entry) => entry.topics.includes(topic)).map(page), file(paths.calendarFeed(topic))]),
		page(paths.catalysts()),
		...CATALYSTS.flatMap((catalyst) => taggedPages(paths.catalyst(catalyst), (entry) => entry.catalysts.includes(catalyst))).map(page),
		page(paths.follow()),
		page(paths.search()),
		...entries.flatMap(entryOutputs),
	];
	return [
		...pages,
		...FEEDS.map((feed) => file(paths.feed(feed))),
		file(paths.calendarFeed()),
		file(paths.robots()),
		file(paths.memberNames()),
		// The sitemap's files depend on how many pages it lists, which only the pages above tell.
		...sitemapFiles(pages).map(file),
		file(paths.siteCard()),
		// The search index's script and the file that names its hashed parts, by Pagefind's fixed names.
		file(`${paths.searchIndex()}pagefind.js`),
		file(`${paths.searchIndex()}pagefind-entry.json`),
		file(paths.notFound()),
		file(paths.redirectsFile()),
		file(paths.headersFile()),
	];
}
