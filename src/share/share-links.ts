/**
 * Share links for every network, as plain URLs: no script, no SDK, no tracker. One table, so that when
 * a network changes its URL (they do, every year or two) there is one line to fix.
 * Formats as of November 2026, each with its source beside it: the network's own documentation where
 * there is one; where there is none (Facebook's sharer.php, Reddit's submit form), what has held up.
 */
import type { Catalogue } from '../i18n/catalogues.ts';
import { oneLine, withLineBreaks } from '../lib/control-characters.ts';
import { graphemes } from '../lib/intl-formats.ts';
import { withCampaign } from './campaign.ts';

export interface ShareInput {
	/** The page's canonical absolute URL. */
	url: string;
	/** The page's title (email subject, Reddit title). */
	title: string;
	/** The message to post with the link. */
	text: string;
	/** Hashtags without `#`. */
	hashtags: readonly string[];
	/** The campaign name for attribution, or undefined to add no campaign parameters. */
	campaign: string | undefined;
	/** The community's X handle, credited as "via @handle". */
	via?: string | undefined;
}

export interface ShareLink {
	/** Stable id, also the `utm_source`. */
	id: NetworkId;
	/** The network's name as people know it, or what it is in the hub's language ("Email"). */
	label: string;
	href: string;
}

export const NETWORKS = ['facebook', 'linkedin', 'x', 'bluesky', 'mastodon', 'threads', 'whatsapp', 'telegram', 'reddit', 'email', 'sms'] as const;
export type NetworkId = (typeof NETWORKS)[number];

/** A URI component; half a character (a lone surrogate) becomes U+FFFD rather than throw. */
const e = (text: string) => encodeURIComponent(text.toWellFormed());
const tags = (hashtags: readonly string[]) => hashtags.map((tag) => `#${tag}`).join(' ');
/** Text, hashtags and URL in one post body, for networks that take only text. */
export const postBody = (text: string, hashtags: readonly string[], url: string) => [text, tags(hashtags), url].filter(Boolean).join(' ');

/** Bluesky posts hold 300 graphemes: shorten the message, never the link. */
export const BLUESKY_LIMIT = 300;
export function fitGraphemes(text: string, room: number): string {
	const characters = graphemes(text);
	if (characters.length <= room) return text;
	return `${characters.slice(0, Math.max(0, room - 1)).join('').trimEnd()}…`;
}
export const graphemeCount = (text: string) => graphemes(text).length;

type Builder = (share: { url: string; title: string; text: string; hashtags: readonly string[]; via?: string | undefined }) => string;

/** A network's own name, never translated; the ways to share that are not a network are named by the catalogue. */
type Named = { label: string } | { id: keyof Catalogue['shareLinks'] };

const BUILDERS: Record<NetworkId, Named & { build: Builder; medium?: string }> = {
	// Only `u` is read; the preview comes from the page's Open Graph tags. Undocumented but long-stable; the
	// documented dialog needs an app id (https://developers.facebook.com/documentation/sharing/reference/share-dialog).
	facebook: { label: 'Facebook', build: ({ url }) => `https://www.facebook.com/sharer/sharer.php?u=${e(url)}` },
	// share-offsite keeps only `url`; the card comes from Open Graph tags (shareArticle's title and summary are dropped).
	linkedin: { label: 'LinkedIn', build: ({ url }) => `https://www.linkedin.com/sharing/share-offsite/?url=${e(url)}` },
	// https://docs.x.com/x-for-websites/post-button/guides/web-intent (`/intent/post` is not documented).
	x: {
		label: 'X',
		build: ({ url, text, hashtags, via }) =>
			`https://x.com/intent/tweet?text=${e(text)}&url=${e(url)}${hashtags.length ? `&hashtags=${e(hashtags.join(','))}` : ''}${via ? `&via=${e(via)}` : ''}`,
	},
	// https://docs.bsky.app/docs/advanced-guides/intent-links: `text` only, 300 graphemes.
	bluesky: {
		label: 'Bluesky',
		build: ({ url, text, hashtags }) => {
			const room = BLUESKY_LIMIT - graphemeCount(postBody('', hashtags, url)) - 1;
			return `https://bsky.app/intent/compose?text=${e(postBody(fitGraphemes(text, room), hashtags, url))}`;
		},
	},
	// Mastodon's own sharer asks the member for their server (https://blog.joinmastodon.org/2026/03/a-new-share-button).
	mastodon: { label: 'Mastodon', build: ({ url, text, hashtags }) => `https://share.joinmastodon.org/?text=${e(postBody(text, hashtags, url))}` },
	// https://developers.facebook.com/documentation/threads/threads-web-intents
	threads: { label: 'Threads', build: ({ url, text }) => `https://www.threads.com/intent/post?text=${e(text)}&url=${e(url)}` },
	// https://faq.whatsapp.com/general/26000030 (click to chat)
	whatsapp: { label: 'WhatsApp', build: ({ url, text }) => `https://wa.me/?text=${e(postBody(text, [], url))}` },
	// https://core.telegram.org/widgets/share
	telegram: { label: 'Telegram', build: ({ url, text }) => `https://t.me/share/url?url=${e(url)}&text=${e(text)}` },
	// Without type=LINK, Reddit's new submit form drops the URL.
	reddit: { label: 'Reddit', build: ({ url, title }) => `https://www.reddit.com/submit?url=${e(url)}&title=${e(title)}&type=LINK` },
	// RFC 6068: %20 for spaces (never +), CRLF for line breaks. A subject is one header line, so it has
	// none (a line break there could add headers); the body's are all CRLF, never a bare CR or LF.
	email: {
		id: 'email',
		medium: 'email',
		build: ({ url, title, text }) => `mailto:?subject=${e(oneLine(title))}&body=${e(withLineBreaks(`${text}\r\n\r\n${url}`, '\r\n'))}`,
	},
	// `?&body=` is read by both Android (`?body=`) and iOS (`&body=`). One line, like the post it is.
	sms: { id: 'sms', medium: 'sms', build: ({ url, text }) => `sms:?&body=${e(oneLine(postBody(text, [], url)))}` },
};

/** A share link per network, each carrying its own campaign source when attribution is on; `names` are the hub's language's. */
export function shareLinks(input: ShareInput, names: Catalogue['shareLinks']): ShareLink[] {
	return NETWORKS.map((id) => {
		const builder = BUILDERS[id];
		const { build, medium = 'social' } = builder;
		const label = 'id' in builder ? names[builder.id] : builder.label;
		const url = withCampaign(input.url, input.campaign ? { source: id, medium, campaign: input.campaign } : undefined);
		return { id, label, href: build({ url, title: input.title, text: input.text, hashtags: input.hashtags, via: input.via }) };
	});
}
