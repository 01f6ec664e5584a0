/**
 * Every address the hub publishes, built in one place. Paths here are the hub's own, without the
 * deploy's base path (`urls.ts` adds it); pages, short links, the content check's link validation and
 * the list of a build's outputs (`outputs.ts`) all ask this module.
 */
import { COLLECTIONS, type Catalyst, type CollectionName } from '../schemas/context.ts';
import { RESOURCE_FILES_PATH } from '../schemas/resource.ts';

/** The hub's RSS feeds: of everything, the first, and of each collection that publishes news. */
export const FEEDS = ['all', 'stories', 'actions', 'resources'] as const;
export type FeedName = (typeof FEEDS)[number];

export const paths = {
	home: () => '/',
	/** A collection's index: `/actions/`. */
	collection: (collection: CollectionName) => `/${collection}/`,
	/** An entry's page, named by its file: `/actions/fair-lease-pledge/`. */
	entry: (collection: CollectionName, slug: string) => `/${collection}/${slug}/`,
	/**
	 * Page `page` of a long list whose first page is `first` (an index, a topic, a catalyst): the first
	 * page keeps the list's own address, so links to it never break; later ones are `/stories/page/2/`.
	 */
	listPage: (first: string, page: number) => (page <= 1 ? first : `${first}page/${page}/`),
	topics: () => '/topics/',
	topic: (slug: string) => `/topics/${slug}/`,
	catalysts: () => '/catalysts/',
	catalyst: (catalyst: Catalyst) => `/catalysts/${catalyst}/`,
	/** An action's printable flyer. */
	flyer: (slug: string) => `/actions/${slug}/flyer/`,
	/** Every published member's file name and name, for the own-link box of a hub with many members. */
	memberNames: () => '/members/names.json',
	/** An event action's calendar file (RFC 5545). */
	calendar: (slug: string) => `/actions/${slug}/event.ics`,
	/** An action's QR code, for flyers and posters. */
	qrCode: (slug: string) => `/actions/${slug}/qr.svg`,
	/** An entry's generated share card (entries with their own `shareImage` have none). */
	card: (collection: CollectionName, slug: string) => `/cards/${collection}/${slug}.png`,
	/** The site's own share card, for pages that are not one entry. */
	siteCard: () => '/cards/site.png',
	/**
	 * An action's card for other sites to frame: a small page of its own, the only kind of page any
	 * site may put in an `<iframe>` (see `hosting/security-headers.ts`).
	 */
	embed: (slug: string) => `/embed/actions/${slug}/`,
	/** An action's short link, easy to say aloud or type from a poster: a redirect to the action. */
	shortLink: (slug: string) => `/go/${slug}/`,
	/** The folder of files resources offer for download (`public/files/`). */
	files: () => RESOURCE_FILES_PATH,
	/** An RSS feed: of everything (`all`), or of one collection. */
	feed: (of: FeedName) => (of === 'all' ? '/feed.xml' : `/${of}/feed.xml`),
	/** The calendar to subscribe to (iCalendar): every upcoming and recent event, or a topic's. */
	calendarFeed: (topic?: string) => (topic === undefined ? '/calendar.ics' : `/topics/${topic}/calendar.ics`),
	/** Everything a visitor can follow, in one place: feeds, calendars, profiles, the newsletter. */
	follow: () => '/follow/',
	/** The search page: the header's form sends its words here (`?q=`), with the kind and topic filters. */
	search: () => '/search/',
	/** The search index Pagefind writes over the built site, and the script that reads it. */
	searchIndex: () => '/pagefind/',
	/** The sitemap's index, as @astrojs/sitemap writes it. */
	sitemap: () => '/sitemap-index.xml',
	/** What crawlers may read, and where the sitemap is. */
	robots: () => '/robots.txt',
	/** The page static hosts serve for an address that does not exist. */
	notFound: () => '/404.html',
	/** Short links as real redirects, for hosts that read the file (Netlify, Cloudflare Pages). */
	redirectsFile: () => '/_redirects',
	/** Security headers, for hosts that read the file (Netlify, Cloudflare Pages). */
	headersFile: () => '/_headers',
} as const;

/** Every entry page's file in the built site, as a glob: `stories/<slug>/index.html`… (a list's later pages match too). */
export const ENTRY_PAGE_FILES = `{${COLLECTIONS.join(',')}}/*/index.html`;
