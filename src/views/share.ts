/** What the share bar of an action or a story offers: the message, the page's link, a link per network. */
import { paths } from '../routes/paths.ts';
import { FLYER_CAMPAIGN, withCampaign } from '../share/campaign.ts';
import { shareLinks, type ShareLink } from '../share/share-links.ts';
import type { HubEntry, ViewContext } from './context.ts';
import { openActions, perBuild } from './per-build.ts';

export interface SharePost {
	/** The canonical address, to hand to the phone's share sheet and to the networks. */
	url: string;
	/** The address to copy: an action's own short link when it names one (`short`), else the canonical one. */
	copy: string;
	title: string;
	/** The message posted with the link: the entry's `share.message`, or its title. */
	text: string;
	links: ShareLink[];
}

/** What a flyer's QR code opens: the action's address, attributed to the flyer (`utm_source=flyer`) when campaigns are on. */
export function flyerAddress(action: HubEntry<'actions'>, context: ViewContext): string {
	const campaign = campaignOf(action, context);
	return withCampaign(context.urls.absolute(paths.entry('actions', action.id)), campaign === undefined ? undefined : { ...FLYER_CAMPAIGN, campaign });
}

/** An action's address that credits a member with who comes through it (`?ref=<member>`). */
export const referralLink = (action: HubEntry<'actions'>, member: string, context: ViewContext): string => {
	const url = new URL(context.urls.absolute(paths.entry('actions', action.id)));
	url.searchParams.set('ref', member);
	return url.href;
};

/**
 * Up to how many members the own-link box of an action page lists in the page itself. A hub with more
 * lists them once, in a file the box reads when it is opened: a large union's thousand names would
 * otherwise weigh more than the rest of every action page.
 */
export const OWN_LINK_NAMES_IN_PAGE = 60;

/** Members by file name and name, for the own-link box. */
export const memberNames = (members: ReadonlyArray<HubEntry<'members'>>) => members.map((member) => ({ id: member.id, name: member.data.name }));

/** How many of a member's own links their spotlight offers. */
const OWN_LINKS = 6;

/** A member's own links to the actions open now: the ones they host first, then the site's order. */
export function ownLinks(member: HubEntry<'members'>, context: ViewContext): Array<{ title: string; url: string }> {
	const open = openActions(context);
	const hostedBy = perBuild(context, 'open actions by host', () => {
		const byHost = new Map<string, Array<HubEntry<'actions'>>>();
		for (const action of open) {
			for (const host of new Set(action.data.hosts.map((ref) => ref.id))) {
				const list = byHost.get(host);
				if (list) list.push(action);
				else byHost.set(host, [action]);
			}
		}
		return byHost;
	});
	const hosted = hostedBy.get(member.id) ?? [];
	const others = open.filter((action) => !hosted.includes(action)).slice(0, OWN_LINKS);
	return [...hosted, ...others].slice(0, OWN_LINKS).map((action) => ({ title: action.data.title, url: referralLink(action, member.id, context) }));
}

/**
 * The campaign name of the links that pass an entry on (`utm_campaign`): its own `share.campaign`, else
 * its file name; undefined when campaign parameters are off, site-wide or for this entry.
 */
export function campaignOf(entry: HubEntry<'actions' | 'stories'>, context: ViewContext): string | undefined {
	const { share } = entry.data;
	return share?.campaign === false || !context.site.share.campaigns ? undefined : (share?.campaign ?? entry.id);
}

export function sharePost(entry: HubEntry<'actions' | 'stories'>, context: ViewContext): SharePost {
	const { data } = entry;
	const { site, urls } = context;
	const url = urls.absolute(paths.entry(entry.collection, entry.id));
	const text = data.share?.message ?? data.title;
	const campaign = campaignOf(entry, context);
	const links = shareLinks({ url, title: data.title, text, hashtags: data.share?.hashtags ?? site.share.hashtags, campaign, via: site.share.x }, context.words.shareLinks);
	const copy = entry.collection === 'actions' && (entry as HubEntry<'actions'>).data.short ? urls.absolute(paths.shortLink((entry as HubEntry<'actions'>).data.short!)) : url;
	return { url, copy, title: data.title, text, links };
}
