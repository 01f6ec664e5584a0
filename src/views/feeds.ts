/**
 * What the hub's RSS feeds carry: which entries, in what order, and each item's fields. Pure, so the
 * endpoints (src/pages/…/feed.xml.ts) only add what needs Astro: rendered bodies and optimized pictures.
 */
import render from 'dom-serializer';
// Named apart from yaml's `parseDocument`, which only content readers may call.
import { DomUtils, parseDocument as parseHtml } from 'htmlparser2';
import { epochMs } from '../lib/local-time.ts';
import { FEEDS, paths, type FeedName } from '../routes/paths.ts';
import type { HubEntry, ViewContext } from './context.ts';
import { COLLECTION_VIEWS } from './collections.ts';

export { FEEDS, type FeedName };
/** The collections with a feed; members are profiles rather than news, so the feed of everything leaves them out too. */
export type FeedCollection = Exclude<FeedName, 'all'>;
export const FEED_COLLECTIONS = FEEDS.filter((feed): feed is FeedCollection => feed !== 'all');

export type FeedEntry = HubEntry<FeedCollection>;

export interface FeedChannel {
	title: string;
	description: string;
	/** The feed's own address, absolute. */
	url: string;
	/** The page the feed follows, absolute. */
	link: string;
}

export function feedChannel(feed: FeedName, { site, words, urls }: ViewContext): FeedChannel {
	return {
		title: feed === 'all' ? site.name : `${words.collections[feed].title} · ${site.name}`,
		description: site.tagline,
		url: urls.absolute(paths.feed(feed)),
		link: urls.absolute(feed === 'all' ? paths.home() : paths.collection(feed)),
	};
}

/**
 * When an entry came out, for the item's date and the feed's order: a story's date, a resource's last
 * update, an action's publish date. An action without one was published when merged, which the
 * content does not record, so its item has no date rather than a made-up one.
 */
export function feedDate(entry: FeedEntry, { site }: Pick<ViewContext, 'site'>): Date | undefined {
	const local = entry.collection === 'stories' ? entry.data.date : entry.collection === 'resources' ? entry.data.updated : entry.data.publishDate;
	return local === undefined ? undefined : new Date(epochMs(local, site.timezone));
}

/**
 * The entries of a feed: published ones only (the context lists nothing else), never a closed action,
 * newest first. Undated actions follow, in the order the site lists them (soonest deadline first).
 */
export function feedEntries(feed: FeedName, context: ViewContext): FeedEntry[] {
	const collections = feed === 'all' ? FEED_COLLECTIONS : [feed];
	const entries: FeedEntry[] = collections.flatMap((collection) => context.published(collection) as FeedEntry[]);
	const open = entries.filter((entry) => entry.collection !== 'actions' || !COLLECTION_VIEWS.actions.closed(entry, context));
	const time = (entry: FeedEntry) => feedDate(entry, context)?.getTime() ?? -Infinity;
	// A stable sort: equal dates (and the undated) keep their collection's own order.
	return open.map((entry, index) => ({ entry, index })).sort((a, b) => time(b.entry) - time(a.entry) || a.index - b.index).map(({ entry }) => entry);
}

/** An entry's picture, already optimized and at its absolute address. */
export interface FeedPicture {
	url: string;
	/** The MIME type of the optimized file. */
	type: string;
	width?: number | undefined;
	height?: number | undefined;
	alt: string;
}

/** One item, in the shape @astrojs/rss takes. */
export interface FeedItem {
	title: string;
	description: string;
	link: string;
	pubDate?: Date;
	categories: string[];
	/** The full text, as HTML already sanitized like the page's. */
	content?: string;
	/** The picture, as Media RSS (`media:content`): an `<enclosure>` needs the file's length, unknown until the build writes it. */
	customData?: string;
}

/** The namespace of `media:content`. */
export const MEDIA_RSS_NAMESPACE = { media: 'http://search.yahoo.com/mrss/' };

export function feedItem(entry: FeedEntry, context: ViewContext, extra: { content?: string | undefined; picture?: FeedPicture | undefined } = {}): FeedItem {
	const date = feedDate(entry, context);
	return {
		title: entry.data.title,
		description: entry.data.summary,
		link: context.urls.absolute(paths.entry(entry.collection, entry.id)),
		...(date ? { pubDate: date } : {}),
		categories: entry.data.topics.map((topic) => context.site.topics[topic]?.name ?? topic),
		...(extra.content !== undefined ? { content: absoluteLinks(extra.content, context) } : {}),
		...(extra.picture ? { customData: mediaContent(extra.picture) } : {}),
	};
}

/**
 * A body's links and pictures at absolute addresses: a page's `/stories/x/` means nothing in a feed
 * reader, which shows the text away from the hub. The body's own paths already hold the base path.
 */
export function absoluteLinks(html: string, { urls }: Pick<ViewContext, 'urls'>): string {
	const document = parseHtml(html);
	const origin = urls.absolute('/');
	for (const element of DomUtils.findAll(() => true, document.children)) {
		for (const name of ['href', 'src']) {
			const value = element.attribs[name];
			if (value?.startsWith('/') && !value.startsWith('//')) element.attribs[name] = new URL(value, origin).href;
		}
	}
	return render(document.children);
}

const escapeXml = (value: string) => value.replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`);

/** A picture as Media RSS, its alt text as the media's description. */
export function mediaContent(picture: FeedPicture): string {
	const size = (name: string, value: number | undefined) => (value === undefined ? '' : ` ${name}="${Math.round(value)}"`);
	return `<media:content url="${escapeXml(picture.url)}" medium="image" type="${escapeXml(picture.type)}"${size('width', picture.width)}${size('height', picture.height)}><media:description type="plain">${escapeXml(picture.alt)}</media:description></media:content>`;
}
