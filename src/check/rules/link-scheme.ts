/** `link-scheme`: a link or image of the body to another site uses a safe scheme and a real address. */
import { checkUrl } from '../../lib/safe-url.ts';
import { linksAndImages, urlKind } from './body-url.ts';
import { defineRule } from './rule.ts';

/** An address elsewhere that the hub refuses: a scheme that runs code, an unknown one, no host. */
export const linkScheme = defineRule({
	id: 'link-scheme',
	description: 'A link or image in the text goes elsewhere with an unsafe or unknown scheme (javascript:, data:, ftp:…) or no real host name.',
	check(context) {
		for (const node of linksAndImages(context)) {
			if (urlKind(node.url) !== 'external') continue;
			const checked = checkUrl(node.url.startsWith('//') ? `https:${node.url}` : node.url, { allowSitePath: false });
			if (!checked.ok) context.report(context.nodePosition(node), checked.message);
		}
	},
});
