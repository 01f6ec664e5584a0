/**
 * The hub's RSS feeds as Astro serves them: the pure feed view (src/views/feeds.ts), plus what needs
 * Astro, the rendered bodies of stories and each entry's picture optimized for readers.
 */
import rss from '@astrojs/rss';
import { getImage } from 'astro:assets';
import { feedChannel, feedEntries, feedItem, FEEDS, MEDIA_RSS_NAMESPACE, type FeedEntry, type FeedName, type FeedPicture } from '../views/feeds.ts';
import { context, type Entry } from './hub.ts';
import { pictureOf } from './pictures.ts';
import { absoluteServed } from './urls.ts';

/**
 * A story's full text, as its page shows it: Markdown bodies come rendered through the hub's pipeline,
 * so the same sanitizing (src/markdown/hub-markdown.ts) has already run. MDX bodies are components, rendered only
 * inside a page, so an MDX story's item carries its summary alone.
 */
const fullText = (entry: FeedEntry): string | undefined => (entry.collection === 'stories' ? (entry as Entry<'stories'>).rendered?.html : undefined);

/** The entry's picture as JPEG, which every feed reader shows, at a width that suits a reader's column. */
async function picture(entry: FeedEntry): Promise<FeedPicture | undefined> {
	const own = pictureOf(entry as Entry);
	if (!own) return undefined;
	const image = await getImage({ src: own.src, width: Math.min(1200, own.src.width), format: 'jpeg', quality: 80 });
	const size = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : undefined);
	return { url: absoluteServed(image.src), type: 'image/jpeg', width: size(image.attributes.width), height: size(image.attributes.height), alt: own.alt };
}

export async function feedResponse(feed: FeedName): Promise<Response> {
	const channel = feedChannel(feed, context);
	const items = await Promise.all(feedEntries(feed, context).map(async (entry) => feedItem(entry, context, { content: fullText(entry), picture: await picture(entry) })));
	return rss({ title: channel.title, description: channel.description, site: channel.link, xmlns: MEDIA_RSS_NAMESPACE, items, customData: `<language>${context.site.locale}</language>` });
}

/** The feeds every page advertises in its head, with their titles. */
export const feedLinks = FEEDS.map((feed) => feedChannel(feed, context)).map(({ title, url }) => ({ title, href: url }));
