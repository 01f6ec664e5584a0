/** What the share bar of an action or a story offers: the message, the page's link, a link per network. */
import { paths } from '../routes/paths.ts';
import { shareLinks, type ShareLink } from '../share/share-links.ts';
import type { HubEntry, ViewContext } from './context.ts';

export interface SharePost {
	/** The canonical address, to copy and to hand to the phone's share sheet. */
	url: string;
	title: string;
	/** The message posted with the link: the entry's `share.message`, or its title. */
	text: string;
	links: ShareLink[];
}

export function sharePost(entry: HubEntry<'actions' | 'stories'>, context: ViewContext): SharePost {
	const { data } = entry;
	const { site, urls } = context;
	const url = urls.absolute(paths.entry(entry.collection, entry.id));
	const text = data.share?.message ?? data.title;
	// The entry's file name names the campaign unless it names its own; off site-wide or for this entry.
	const campaign = data.share?.campaign === false || !site.share.campaigns ? undefined : (data.share?.campaign ?? entry.id);
	const links = shareLinks({ url, title: data.title, text, hashtags: data.share?.hashtags ?? site.share.hashtags, campaign, via: site.share.x }, context.words.shareLinks);
	return { url, title: data.title, text, links };
}
