/**
 * An action's card for other sites (`/embed/actions/<slug>/`) and the code an action page offers to
 * put it there. The card's links open the hub in a new tab, attributed to the embed (`utm_source=embed`);
 * its script adds the embedding site's host where the browser tells it (`EMBEDDER_PARAMETER`).
 */
import { formatShortDateTime } from '../lib/format-dates.ts';
import { paths } from '../routes/paths.ts';
import { EMBED_CAMPAIGN, withCampaign } from '../share/campaign.ts';
import { actionFacts, callToAction, closedNotice, type ClosedNotice } from './action.ts';
import { viewOf } from './collections.ts';
import type { HubEntry, ViewContext } from './context.ts';
import { campaignOf } from './share.ts';

/** The frame's height in the code to paste, in CSS pixels: the card fits it at any width from a phone's (360 px) up. */
export const EMBED_HEIGHT = 300;

/** A link of the card: out of the frame, into a new tab. */
export interface EmbedLink {
	href: string;
	text: string;
	/** Carries campaign parameters, so the card's script may add the embedding site to it. */
	attributed: boolean;
}

export interface EmbedCard {
	/** What kind of action ("Petition"). */
	kind: string;
	title: string;
	/** The full action page, attributed. */
	page: EmbedLink;
	/** When, where, by when: the action page's one line. */
	facts: string[];
	/** The button, while the action is open: the call to action's own words, to the action's page. */
	button: EmbedLink | undefined;
	/**
	 * Why it is closed, since when (`sinceText`, short, as the fact line says dates: the card is small),
	 * and what to do instead (`next`: an open action like it, or the list of them).
	 */
	closed: (ClosedNotice & { sinceText: string; next: EmbedLink }) | undefined;
	/** The small link back to the hub: "From Makers Guild". */
	from: EmbedLink;
}

/** An address on the hub, absolute, with the embed's campaign parameters when the entry's campaigns are on. */
function attributed(path: string, text: string, campaign: string | undefined, context: ViewContext): EmbedLink {
	const href = context.urls.absolute(path);
	return { href: withCampaign(href, campaign === undefined ? undefined : { ...EMBED_CAMPAIGN, campaign }), text, attributed: campaign !== undefined };
}

export function embedCard(action: HubEntry<'actions'>, context: ViewContext): EmbedCard {
	const { words, site } = context;
	const campaign = campaignOf(action, context);
	const page = attributed(paths.entry('actions', action.id), action.data.title, campaign, context);
	const notice = closedNotice(action, context);
	const next = notice?.instead
		? attributed(paths.entry('actions', notice.instead.id), notice.instead.data.title, campaign, context)
		: attributed(paths.collection('actions'), words.page.seeOpenActions, campaign, context);
	return {
		kind: viewOf(action).label(action, context),
		title: action.data.title,
		page,
		facts: actionFacts(action, context),
		button: notice ? undefined : { ...page, text: callToAction(action, context).label },
		closed: notice && { ...notice, sinceText: formatShortDateTime(notice.since.local, notice.timeZone, site.locale), next },
		from: attributed(paths.home(), words.embed.from(site.name), campaign, context),
	};
}

/** The HTML a partner site pastes: a plain frame of the card, lazy, borderless, named by the action's title. */
export function embedSnippet(action: HubEntry<'actions'>, context: ViewContext): string {
	const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	const src = context.urls.absolute(paths.embed(action.id));
	return `<iframe src="${escape(src)}" title="${escape(action.data.title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy"></iframe>`;
}
