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

/** The URL with `utm_source`, `utm_medium` and `utm_campaign` set (replacing any already there). */
export function withCampaign(url: string, campaign: Campaign | undefined): string {
	if (!campaign) return url;
	const target = new URL(url);
	target.searchParams.set('utm_source', campaign.source);
	target.searchParams.set('utm_medium', campaign.medium);
	target.searchParams.set('utm_campaign', campaign.campaign);
	return target.href;
}
