/**
 * Every output of a build, listed from the content before the build runs: what the content check
 * validates links against, and what a built site is tested to contain, file for file. Hashed assets
 * (`/_astro/…`) and the files copied from `public/` are the only outputs not listed here.
 */
import { CATALYSTS, COLLECTIONS, type CollectionName } from '../schemas/context.ts';
import { sitemapFiles } from './crawlers.ts';
import { FEEDS, paths } from './paths.ts';

/** What the routes of a published entry depend on. */
export interface RoutedEntry {
	collection: CollectionName;
	slug: string;
	/** The entry brings its own link-preview picture, so no card is drawn for it. */
	ownShareImage: boolean;
	/** An action that is an event, so it has a calendar file. */
	event: boolean;
}

/** `page`: an HTML page at a folder address; `redirect`: a page that only sends on (short links); `file`: anything else. */
export type OutputKind = 'page' | 'redirect' | 'file';

export interface Output {
	path: string;
	kind: OutputKind;
}

/** The routed view of an entry as schemas output it. */
export function routedEntry(collection: CollectionName, slug: string, data: { shareImage?: unknown; event?: unknown }): RoutedEntry {
	return { collection, slug, ownShareImage: data.shareImage !== undefined, event: data.event !== undefined };
}

/** The outputs of one published entry. */
export function entryOutputs(entry: RoutedEntry): Output[] {
	const outputs: Output[] = [{ path: paths.entry(entry.collection, entry.slug), kind: 'page' }];
	if (!entry.ownShareImage) outputs.push({ path: paths.card(entry.collection, entry.slug), kind: 'file' });
	if (entry.collection === 'actions') {
		outputs.push({ path: paths.flyer(entry.slug), kind: 'page' }, { path: paths.qrCode(entry.slug), kind: 'file' }, { path: paths.shortLink(entry.slug), kind: 'redirect' });
		if (entry.event) outputs.push({ path: paths.calendar(entry.slug), kind: 'file' });
	}
	return outputs;
}

/** Every output of a build of these published entries and topics, in a stable order. */
export function buildOutputs(input: { entries: readonly RoutedEntry[]; topics: readonly string[] }): Output[] {
	const page = (path: string): Output => ({ path, kind: 'page' });
	const file = (path: string): Output => ({ path, kind: 'file' });
	const pages: Output[] = [
		page(paths.home()),
		...COLLECTIONS.map((collection) => page(paths.collection(collection))),
		page(paths.topics()),
		// Every topic has its calendar, even with no event yet: a subscription to it never breaks.
		...input.topics.flatMap((topic) => [page(paths.topic(topic)), file(paths.calendarFeed(topic))]),
		page(paths.catalysts()),
		...CATALYSTS.map((catalyst) => page(paths.catalyst(catalyst))),
		page(paths.follow()),
		...input.entries.flatMap(entryOutputs),
	];
	return [
		...pages,
		...FEEDS.map((feed) => file(paths.feed(feed))),
		file(paths.calendarFeed()),
		file(paths.robots()),
		// The sitemap's files depend on how many pages it lists, which only the pages above tell.
		...sitemapFiles(pages).map(file),
		file(paths.siteCard()),
		file(paths.notFound()),
		file(paths.redirectsFile()),
		file(paths.headersFile()),
	];
}
