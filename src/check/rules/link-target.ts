/** `link-target`: a link or image of the body that points inside the hub leads somewhere published. */
import { suggest } from '../../lib/suggest.ts';
import { addresses, urlKind } from './body-url.ts';
import { defineRule } from './rule.ts';

/** A link or image path of this hub with nothing published at it, or a link that is neither a path nor an address. */
export const linkTarget = defineRule({
	id: 'link-target',
	description: 'A link or image in the text goes to a path of this hub where nothing will be published (no such page or file, or an unpublished entry), or a link is a relative path.',
	check(context) {
		const { routes, report } = context;
		for (const { url, type, position, html } of addresses(context)) {
			const kind = urlKind(url);
			if (kind === 'site') {
				const found = routes.lookup(url);
				if (found?.kind === 'unpublished') {
					report(position, `This ${type} goes to ${url}, which ${found.why}, so the link would be broken on the site. Link to it once it is published.`);
				} else if (!found) {
					const close = suggestPage(url, routes.pages);
					report(position, `There is no page at ${url} on this hub.${close.length ? ` Did you mean ${close[0]}?` : ''} Pages of entries are /actions/<file name>/, /stories/…, /members/…, /resources/….`);
				}
			} else if (kind === 'relative' && type === 'link') {
				// Relative Markdown images are files next to the entry (`body-image-exists`); a relative link is a page nobody can predict.
				report(position, `"${url}" is neither a full address nor a page of this hub. Write https://… for another site, or a path starting with / for a page here.`);
			} else if (kind === 'relative' && html) {
				report(position, `An image in HTML is not looked up next to the entry, so "${url}" would be broken. Write it in Markdown, ![what it shows](${url}), or give a full address.`);
			}
		}
	},
});

/** A close page for a mistyped path: for an entry's page, a close slug in the same collection. */
function suggestPage(url: string, pages: readonly string[]): string[] {
	const path = url.split(/[?#]/)[0]!;
	const entry = /^\/([a-z]+)\/([^/]+)\/?$/.exec(path);
	if (!entry) return suggest(path, pages, 1);
	const prefix = `/${entry[1]}/`;
	const slugs = pages.filter((page) => page.startsWith(prefix) && page.length > prefix.length).map((page) => page.slice(prefix.length, -1));
	return suggest(entry[2]!, slugs, 1).map((slug) => `${prefix}${slug}/`);
}
