/** `link-scheme`: a link or image of the body to another site uses a safe scheme and a real address. */
import { checkUrl, SAFE_SCHEMES } from '../../lib/safe-url.ts';
import { addresses, urlKind } from './body-url.ts';
import { defineRule } from './rule.ts';

/** Schemes the page's sanitizer keeps in raw HTML (src/markdown/rehype-safe-html.ts); it removes links with any other. */
const KEPT_IN_HTML = new Set<string>(SAFE_SCHEMES);

const schemeOf = (url: string) => {
	try {
		return new URL(url).protocol;
	} catch {
		return undefined;
	}
};

/**
 * An address elsewhere that the hub refuses: a scheme that runs code, an unknown one, no host. In raw
 * HTML, a scheme the sanitizer removes is a warning (the page stays safe, the link does not work).
 */
export const linkScheme = defineRule({
	id: 'link-scheme',
	description: 'A link or image in the text goes elsewhere with an unsafe or unknown scheme (javascript:, data:, ftp:…) or no real host name.',
	check(context) {
		for (const { url, position, html } of addresses(context)) {
			if (urlKind(url) !== 'external') continue;
			const checked = checkUrl(url.startsWith('//') ? `https:${url}` : url, { allowSitePath: false });
			if (checked.ok) continue;
			const scheme = schemeOf(url);
			if (html && scheme && !KEPT_IN_HTML.has(scheme)) context.report(position, `${checked.message} The hub removes this link from the page, so it will not work as written.`, 'warning');
			else context.report(position, checked.message);
		}
	},
});
