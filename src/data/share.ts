/**
 * How each page travels when shared: its preview image and, through the collection views, its
 * metadata and structured data. Only the preview image needs Astro (to crop an author's own picture).
 */
import { getImage } from 'astro:assets';
import { paths } from '../routes/paths.ts';
import type { ShareImage } from '../share/meta-tags.ts';
import type { JsonLd } from '../share/structured-data.ts';
import { shareCard, shareCardAlt } from '../views/cards.ts';
import { organizationData, viewOf, type PageShare } from '../views/collections.ts';
import { context, type Entry } from './hub.ts';
import { absoluteServed } from './urls.ts';

export type { PageShare } from '../views/collections.ts';

const { urls } = context;

const card = (path: string, alt: string): ShareImage => ({ url: urls.absolute(path), width: 1200, height: 630, type: 'image/png', alt });

/** The community as schema.org sees it. */
export const organization: JsonLd = organizationData(context);

/** The site's own card, for pages that are not one entry. */
export const siteImage = (): ShareImage => card(paths.siteCard(), `${context.site.name}: ${context.site.tagline}`);

/** The preview image of an entry: the author's own (cropped to 1200×630), or its generated card. */
async function entryImage(entry: Entry): Promise<ShareImage> {
	const own = entry.data.shareImage;
	if (own) {
		const image = await getImage({ src: own.src, width: 1200, height: 630, fit: 'cover', format: 'jpeg', quality: 80 });
		// `getImage` gives the served address, base path included: absolute as it is, not through the hub's paths again.
		return { url: absoluteServed(image.src), width: 1200, height: 630, type: 'image/jpeg', alt: own.alt };
	}
	return card(paths.card(entry.collection, entry.id), shareCardAlt(shareCard(entry, context)));
}

/** Metadata and structured data of an entry's page. */
export async function entryShare(entry: Entry): Promise<PageShare> {
	const page = { url: urls.absolute(paths.entry(entry.collection, entry.id)), image: await entryImage(entry) };
	return viewOf(entry).share(entry, page, context);
}
