/**
 * Attribution without trackers: the standard campaign parameters on links the hub hands out, read by
 * any analytics the organizers already use (or none). Nothing is sent anywhere by the hub itself.
 */

export interface Campaign {
	/** Where the visit comes from: the network (`facebook`), `qr`, `email`… */
	source: string;
	/** The kind of channel: `social`, `print`, `email`. */
	medium: string;
	/** What is being promoted: by default the entry's slug. */
	campaign: string;
}

/** The links of an action's card on another site; the campaign is the action's. */
/** Where a visit through a flyer's QR code comes from: print. */
export const FLYER_CAMPAIGN = { source: 'flyer', medium: 'print' } as const satisfies Omit<Campaign, 'campaign'>;

export const EMBED_CAMPAIGN = { source: 'embed', medium: 'embed' } as const satisfies Omit<Campaign, 'campaign'>;

/**
 * The parameter the card's script sets to the embedding site's host (`partner.example.org`), when the
 * browser tells it: `utm_content`, the campaign parameter meant to tell apart links of one campaign.
 */
export const EMBEDDER_PARAMETER = 'utm_content';

/** The URL with `utm_source`, `utm_medium` and `utm_campaign` set (replacing any already there). */
export function withCampaign(url: string, campaign: Campaign | undefined): string {
	if (!campaign) return url;
	const target = new URL(url);
	target.searchParams.set('utm_source', campaign.source);
	target.searchParams.set('utm_medium', campaign.medium);
	target.searchParams.set('utm_campaign', campaign.campaign);
	return target.href;
}

/**
 * A call to action's URL that tells the external tool where the signup came from, in the query
 * parameter that tool reads (`source` on most petition and event platforms). Pages bake in `hub`;
 * the page script swaps in the visitor's own `utm_source` when it has one.
 */
export function withSource(url: string, parameter: string, source = 'hub'): string {
	const target = new URL(url);
	target.searchParams.set(parameter, source);
	return target.href;
}
