/**
 * What each collection shows, in one typed table: the label above an entry's title, its title and
 * summary, the detail line of its list card and of its share card, the order lists show it in, and how
 * its page travels when shared (Open Graph type and schema.org structured data). A collection missing
 * from the table, or a view missing from a collection, is a type error.
 */
import { formatDate, formatDateTime } from '../lib/format-dates.ts';
import { epochMs, isoWithOffset } from '../lib/local-time.ts';
import { paths } from '../routes/paths.ts';
import type { CollectionName } from '../schemas/context.ts';
import type { PageMeta, ShareImage } from '../share/meta-tags.ts';
import { article, event, organization, person, webPage, type JsonLd } from '../share/structured-data.ts';
import type { HubEntry, ViewContext } from './context.ts';

/** How an entry's page travels when shared, but for what every page has (title, description, address). */
export interface PageShare {
	meta: Omit<PageMeta, 'title' | 'description' | 'url' | 'siteName' | 'locale'>;
	jsonLd: JsonLd;
}

/** What an entry's page is, for its share metadata: its canonical address and its preview image. */
export interface SharedPage {
	url: string;
	image: ShareImage;
}

export interface CollectionView<C extends CollectionName> {
	/** The small line above the title: what kind of thing it is ("Petition", "Story", "Community leader"). */
	label(entry: HubEntry<C>, context: ViewContext): string;
	/** The entry's name, as its heading. */
	title(entry: HubEntry<C>): string;
	/** The sentence under the title in lists, search results and link previews. */
	summary(entry: HubEntry<C>): string;
	/** The line under the title on a list card: when, by when, who, how fresh. */
	listDetail(entry: HubEntry<C>, context: ViewContext): string | undefined;
	/** The line under the title on the share card. */
	cardDetail(entry: HubEntry<C>, context: ViewContext): string | undefined;
	/** An action whose deadline or event has passed; nothing else closes. */
	closed(entry: HubEntry<C>, context: ViewContext): boolean;
	/** The order the collection's lists show entries in. */
	compare(a: HubEntry<C>, b: HubEntry<C>, context: ViewContext): number;
	/** Open Graph metadata and schema.org structured data of the entry's page. */
	share(entry: HubEntry<C>, page: SharedPage, context: ViewContext): PageShare;
}

export type CollectionViews = { [C in CollectionName]: CollectionView<C> };

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
const never = () => false;

/** The one line that says when an action happens or must be done by, for list cards and share cards. */
function whenLine(action: HubEntry<'actions'>, context: ViewContext): string | undefined {
	const when = context.timing(action);
	if (when.event) return formatDateTime(when.event.start.local, when.timeZone, context.site.locale);
	if (when.deadline) return context.words.dates.by(formatDateTime(when.deadline.local, when.timeZone, context.site.locale));
	return undefined;
}

/** The community as schema.org sees it: the publisher and organizer of every page. */
export function organizationData(context: ViewContext): JsonLd {
	const { site, urls } = context;
	return organization({
		name: site.name,
		url: urls.absolute(paths.home()),
		description: site.story,
		sameAs: site.social.map((profile) => profile.url).filter((url) => url.startsWith('http')),
	});
}

const personRef = (member: HubEntry<'members'>, context: ViewContext) => ({ name: member.data.name, url: context.urls.absolute(paths.entry('members', member.id)) });

export const COLLECTION_VIEWS: CollectionViews = {
	actions: {
		label: ({ data }, { words }) => words.actionKinds[data.kind].label,
		title: ({ data }) => data.title,
		summary: ({ data }) => data.summary,
		listDetail: whenLine,
		cardDetail: whenLine,
		closed: (action, context) => context.timing(action).closed !== undefined,
		// Open actions first, soonest deadline or event first; then closed ones, most recent first.
		compare(a, b, context) {
			const [ta, tb] = [context.timing(a), context.timing(b)];
			if (!ta.closed !== !tb.closed) return ta.closed ? 1 : -1;
			return (ta.closed ? tb.sortKey - ta.sortKey : ta.sortKey - tb.sortKey) || byId(a, b);
		},
		share(action, { url, image }, context) {
			const { data } = action;
			const when = context.timing(action);
			const publisher = organizationData(context);
			const jsonLd = when.event
				? event({
						name: data.title,
						description: data.summary,
						url,
						image: image.url,
						startDate: when.event.start.iso,
						endDate: when.event.end.iso,
						place: { venue: data.event?.venue, online: data.event?.online },
						organizer: publisher,
						offerUrl: data.cta.url.startsWith('/') ? context.urls.absolute(data.cta.url) : data.cta.url,
					})
				: webPage({ name: data.title, description: data.summary, url, image: image.url, publisher });
			return { meta: { type: 'website', image }, jsonLd };
		},
	},
	stories: {
		label: (_, { words }) => words.entryLabels.story,
		title: ({ data }) => data.title,
		summary: ({ data }) => data.summary,
		listDetail: ({ data }, { site }) => formatDate(data.date, site.locale),
		cardDetail: ({ data }, { site }) => formatDate(data.date, site.locale),
		closed: never,
		// Newest first.
		compare: (a, b, { site }) => epochMs(b.data.date, site.timezone) - epochMs(a.data.date, site.timezone) || byId(a, b),
		share({ data }, { url, image }, context) {
			const { site } = context;
			// Publish dates are written in the site's time zone.
			const iso = (local: string) => isoWithOffset(local, site.timezone);
			const authors = context.resolve(data.authors);
			return {
				meta: {
					type: 'article',
					image,
					article: {
						publishedTime: iso(data.date),
						modifiedTime: data.updated ? iso(data.updated) : undefined,
						authors: authors.map((author) => personRef(author, context).url),
						tags: data.topics.map((topic) => site.topics[topic]?.name ?? topic),
					},
					fediverseCreators: authors.flatMap((author) => (author.data.fediverse ? [author.data.fediverse] : [])),
				},
				jsonLd: article({
					headline: data.title,
					description: data.summary,
					url,
					image: image.url,
					datePublished: iso(data.date),
					dateModified: data.updated ? iso(data.updated) : undefined,
					authors: authors.map((author) => personRef(author, context)),
					publisher: organizationData(context),
				}),
			};
		},
	},
	members: {
		label: ({ data }, { words }) => (data.leader ? words.entryLabels.leader : words.entryLabels.spotlight),
		title: ({ data }) => data.name,
		summary: ({ data }) => data.bio,
		listDetail: ({ data }) => [data.role, data.place].filter(Boolean).join(' · '),
		cardDetail: ({ data }) => data.role,
		closed: never,
		// Leaders first, then by name.
		compare: (a, b, { site }) => Number(b.data.leader) - Number(a.data.leader) || a.data.name.localeCompare(b.data.name, site.locale),
		share: ({ data }, { url, image }) => ({
			meta: { type: 'profile', image },
			jsonLd: person({
				name: data.name,
				url,
				jobTitle: data.role,
				description: data.bio,
				image: image.url,
				knowsAbout: data.expertise,
				sameAs: data.links.map((link) => link.url).filter((link) => link.startsWith('http')),
				...(data.place ? { homeLocation: data.place } : {}),
			}),
		}),
	},
	resources: {
		label: ({ data }, { words }) => words.resourceKinds[data.kind],
		title: ({ data }) => data.title,
		summary: ({ data }) => data.summary,
		listDetail: ({ data }, { site, words }) => words.dates.updated(formatDate(data.updated, site.locale)),
		cardDetail: () => undefined,
		closed: never,
		// Freshest first.
		compare: (a, b) => b.data.updated.localeCompare(a.data.updated) || byId(a, b),
		share: ({ data }, { url, image }, context) => ({
			meta: { type: 'website', image },
			jsonLd: webPage({ type: 'CreativeWork', name: data.title, description: data.summary, url, image: image.url, publisher: organizationData(context) }),
		}),
	},
};

/** The views of an entry's collection. */
export const viewOf = <C extends CollectionName>(entry: HubEntry<C>): CollectionView<C> => COLLECTION_VIEWS[entry.collection];
