/**
 * What the follow page offers, in the order people most often want it: the newsletter, the calendar
 * (subscribe, download, one per topic), the feeds, the community's profiles. Pure: addresses come from
 * the routes module, words from the catalogue.
 */
import { paths } from '../routes/paths.ts';
import type { ViewContext } from './context.ts';

export interface FollowLink {
	label: string;
	href: string;
}

export interface FollowPage {
	newsletter: string | undefined;
	calendar: {
		/** `webcal://…`: calendar apps open it as a subscription that refreshes itself. */
		subscribe: string;
		/** The same file over https, to download or to paste into Google Calendar or Outlook. */
		download: string;
		/** A calendar per topic, for people who follow one subject. */
		topics: FollowLink[];
	};
	feeds: FollowLink[];
	profiles: FollowLink[];
}

/** A calendar's address as a subscription: the same URL with the `webcal` scheme (RFC-less but universal). */
export const webcal = (absolute: string): string => absolute.replace(/^https?:/, 'webcal:');

export function followPage({ site, urls, words }: Pick<ViewContext, 'site' | 'urls' | 'words'>): FollowPage {
	const calendar = urls.absolute(paths.calendarFeed());
	return {
		newsletter: site.newsletter,
		calendar: {
			subscribe: webcal(calendar),
			download: urls.href(paths.calendarFeed()),
			topics: Object.entries(site.topics).map(([slug, topic]) => ({ label: topic.name, href: webcal(urls.absolute(paths.calendarFeed(slug))) })),
		},
		feeds: [
			{ label: words.follow.feedAll, href: urls.href(paths.feed('all')) },
			...(['actions', 'stories', 'resources'] as const).map((collection) => ({ label: words.collections[collection].title, href: urls.href(paths.feed(collection)) })),
		],
		profiles: site.social.map((profile) => ({ label: profile.label, href: profile.url })),
	};
}
