import { describeCharacter, firstNonLineText } from './control-characters.ts';
import type { Parsed } from './local-time.ts';
import { quote } from './quote.ts';

/** Schemes a link from content may use. Everything else (`javascript:`, `data:`, `vbscript:`, `file:`…) is refused. */
export const SAFE_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:', 'sms:'] as const;

const RUNS_CODE = new Set(['javascript:', 'vbscript:', 'data:', 'blob:']);

export interface UrlOptions {
	/** Whether a path on this hub (`/resources/starter-kit`) is allowed as well as a full address. */
	allowSitePath: boolean;
}

/**
 * Checks a link written in content. The WHATWG URL parser decides the scheme, exactly as a browser
 * would, so tricks such as `java\tscript:` or upper case cannot slip past.
 */
export function checkUrl(input: string, options: UrlOptions): Parsed<string> {
	const text = input.trim();
	if (text === '') return { ok: false, message: 'The link is empty. Write a full address such as https://example.org.' };
	// Browsers drop some control characters from a link and keep others: either way the link is not what it looks like.
	const hidden = firstNonLineText(text);
	if (hidden) return { ok: false, message: `The link holds ${describeCharacter(hidden.char)}, an invisible character that is not part of any address. Retype the link.` };
	if (options.allowSitePath && text.startsWith('/') && !text.startsWith('//') && !text.startsWith('/\\')) {
		return /[\s<>"]/.test(text)
			? { ok: false, message: `${quote(text)} is not a valid path: it contains spaces or quotes. Encode spaces as %20.` }
			: { ok: true, value: text };
	}
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		const looksLikeHost = /^[\w-]+(\.[\w-]+)+(?:[/?#:]|$)/.test(text);
		return {
			ok: false,
			message: looksLikeHost
				? `${quote(text)} has no scheme, so browsers would treat it as a page of this site. Write https://${text}.`
				: `${quote(text)} is not a web address. Write a full address starting with https://${options.allowSitePath ? ', or a path on this hub starting with /' : ''}.`,
		};
	}
	if (RUNS_CODE.has(url.protocol)) {
		return {
			ok: false,
			message: `\`${url.protocol}\` links can run code or hide content in a visitor's browser, so the hub refuses them. Link to an https:// address instead.`,
		};
	}
	if (!(SAFE_SCHEMES as readonly string[]).includes(url.protocol)) {
		return {
			ok: false,
			message: `\`${url.protocol}\` links are not allowed. Use https:// (or http://, mailto:, tel:, sms:).`,
		};
	}
	if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.hostname.includes('.') && url.hostname !== 'localhost') {
		return { ok: false, message: `${quote(text)} has no real host name. Write the full address, such as https://example.org/page.` };
	}
	return { ok: true, value: url.protocol === 'https:' || url.protocol === 'http:' ? url.href : text };
}
