/**
 * How each page travels when shared: its preview card, metadata, structured data and share links.
 * The rules live in `src/share/`; this module feeds them the content.
 */
import { getImage } from 'astro:assets';
import settings from 'virtual:community-hub/settings';
import type { CardContent } from '../share/card/card-layout.ts';
import { formatDate } from '../lib/format-dates.ts';
import { epochMs, isoWithOffset } from '../lib/local-time.ts';
import type { CalendarEvent } from '../share/calendar.ts';
import type { PageMeta, ShareImage } from '../share/meta-tags.ts';
import { shareLinks, type ShareLink } from '../share/share-links.ts';
import { article, event, organization, person, webPage, type JsonLd } from '../share/structured-data.ts';
import type { CollectionName } from '../schemas/context.ts';
import { eyebrow } from './entry-cards.ts';
import { type Entry, resolve, site, timing, whenLine } from './hub.ts';
import { absolute, paths, typed } from './urls.ts';

export { absolute };

const { siteUrl } = settings;

/** A publish date (`YYYY-MM-DD[THH:mm]`, site time zone) as ISO 8601 with its offset. */
const localIso = (local: string) => isoWithOffset(local, site.timezone);

/** The absolute URL of an entry's page: its canonical address. */
export const entryUrl = (collection: CollectionName, id: string) => absolute(paths.entry(collection, id));

export const organizationData: JsonLd = organization({
	name: site.name,
	url: absolute('/'),
	description: site.story,
	sameAs: site.social.map((profile) => profile.url).filter((url) => url.startsWith('http')),
});

/** What the generated card of an entry shows. */
export function cardContent(entry: Entry<CollectionName>): CardContent {
	const card = { eyebrow: eyebrow(entry), community: site.name };
	switch (entry.collection) {
		case 'actions': {
			const action = entry as Entry<'actions'>;
			return { ...card, title: action.data.title, detail: whenLine(action), closed: timing(action).closed !== undefined };
		}
		case 'stories': {
			const { data } = entry as Entry<'stories'>;
			return { ...card, title: data.title, detail: formatDate(data.date, site.locale) };
		}
		case 'members': {
			const { data } = entry as Entry<'members'>;
			return { ...card, title: data.name, detail: data.role };
		}
		case 'resources':
			return { ...card, title: (entry as Entry<'resources'>).data.title, detail: undefined };
	}
}

export const siteCardContent = (): CardContent => ({ eyebrow: site.tagline, title: site.name, detail: undefined, community: typed(paths.home()) });


const card = (path: string, alt: string): ShareImage => ({ url: absolute(path), width: 1200, height: 630, type: 'image/png', alt });

/** The site's own card, for pages that are not one entry. */
export const siteImage = (): ShareImage => card(paths.siteCard(), `${site.name}: ${site.tagline}`);

/** The preview image of an entry: the author's own (cropped to 1200×630), or its generated card. */
export async function entryImage(entry: Entry<CollectionName>): Promise<ShareImage> {
	const own = entry.data.shareImage;
	if (own) {
		const image = await getImage({ src: own.src, width: 1200, height: 630, fit: 'cover', format: 'jpeg', quality: 80 });
		return { url: absolute(image.src), width: 1200, height: 630, type: 'image/jpeg', alt: own.alt };
	}
	const content = cardContent(entry);
	return card(paths.card(entry.collection, entry.id), `${content.eyebrow}: ${content.title}`);
}

export interface PageShare {
	meta: Omit<PageMeta, 'title' | 'description' | 'url' | 'siteName' | 'locale'>;
	jsonLd: JsonLd;
}

/** Metadata and structured data of an entry's page. */
export async function entryShare(entry: Entry<CollectionName>): Promise<PageShare> {
	const image = await entryImage(entry);
	const pageUrl = entryUrl(entry.collection, entry.id);
	const personRef = (member: Entry<'members'>) => ({ name: member.data.name, url: entryUrl('members', member.id) });
	switch (entry.collection) {
		case 'stories': {
			const { data } = entry as Entry<'stories'>;
			const authors = await resolve(data.authors);
			return {
				meta: {
					type: 'article',
					image,
					article: {
						publishedTime: localIso(data.date),
						modifiedTime: data.updated ? localIso(data.updated) : undefined,
						authors: authors.map((author) => personRef(author).url),
						tags: data.topics.map((topic) => site.topics[topic]?.name ?? topic),
					},
					fediverseCreators: authors.flatMap((author) => (author.data.fediverse ? [author.data.fediverse] : [])),
				},
				jsonLd: article({
					headline: data.title,
					description: data.summary,
					url: pageUrl,
					image: image.url,
					datePublished: localIso(data.date),
					dateModified: data.updated ? localIso(data.updated) : undefined,
					authors: authors.map(personRef),
					publisher: organizationData,
				}),
			};
		}
		case 'members': {
			const { data } = entry as Entry<'members'>;
			return {
				meta: { type: 'profile', image },
				jsonLd: person({
					name: data.name,
					url: pageUrl,
					jobTitle: data.role,
					description: data.bio,
					image: image.url,
					knowsAbout: data.expertise,
					sameAs: data.links.map((link) => link.url).filter((link) => link.startsWith('http')),
					...(data.place ? { homeLocation: data.place } : {}),
				}),
			};
		}
		case 'actions': {
			const action = entry as Entry<'actions'>;
			const { data } = action;
			const when = timing(action);
			const jsonLd = when.event
				? event({
						name: data.title,
						description: data.summary,
						url: pageUrl,
						image: image.url,
						startDate: when.event.start.iso,
						endDate: when.event.end.iso,
						place: { venue: data.event?.venue, online: data.event?.online },
						organizer: organizationData,
						offerUrl: data.cta.url.startsWith('/') ? absolute(data.cta.url) : data.cta.url,
					})
				: webPage({ name: data.title, description: data.summary, url: pageUrl, image: image.url, publisher: organizationData });
			return { meta: { type: 'website', image }, jsonLd };
		}
		case 'resources': {
			const { data } = entry as Entry<'resources'>;
			return {
				meta: { type: 'website', image },
				jsonLd: webPage({ type: 'CreativeWork', name: data.title, description: data.summary, url: pageUrl, image: image.url, publisher: organizationData }),
			};
		}
	}
}

/** Share links of an entry, with its message, hashtags and campaign. */
export function entryShareLinks(entry: Entry<'actions' | 'stories'>): ShareLink[] {
	const { data } = entry;
	const campaign = data.share?.campaign === false || !site.share.campaigns ? undefined : (data.share?.campaign ?? entry.id);
	return shareLinks({
		url: entryUrl(entry.collection, entry.id),
		title: data.title,
		text: data.share?.message ?? data.title,
		hashtags: data.share?.hashtags ?? site.share.hashtags,
		campaign,
		via: site.share.x,
	});
}

/** The calendar entry of an event action, for its `.ics` file and the Google Calendar link. */
export function calendarEvent(action: Entry<'actions'>): CalendarEvent | undefined {
	const when = timing(action);
	const { data } = action;
	if (!when.event || !data.event) return undefined;
	const venue = data.event.venue ? `${data.event.venue.name}, ${data.event.venue.address}` : undefined;
	return {
		uid: `${action.id}@${new URL(siteUrl).hostname}`,
		title: data.title,
		description: data.summary,
		start: when.event.start.epochMs,
		end: when.event.end.epochMs,
		location: venue ?? data.event.online,
		url: entryUrl('actions', action.id),
		// The same in every build of the same content: the publish date, or else the event's start.
		stamp: epochMs(data.publishDate ?? data.event.start, site.timezone),
		organizer: site.name,
	};
}

/** The short link as people type it: `guild.example.org/go/winter-meetup`. */
export const shortLinkText = (id: string) => typed(paths.shortLink(id));
