/** `cta-target`: a call to action that points inside the hub leads to a published page or file. */
import { suggest } from '../../lib/suggest.ts';
import { defineRule } from './rule.ts';

/** A `cta.url` path of this hub with nothing published at it. */
export const ctaTarget = defineRule({
	id: 'cta-target',
	description: 'The call to action (cta.url) is a path of this hub where nothing will be published: no such page or file, or an unpublished entry.',
	check({ entry, routes, source, report }) {
		const cta = (entry.data.cta as { url?: unknown } | undefined)?.url;
		if (typeof cta !== 'string' || !cta.startsWith('/')) return;
		const found = routes.lookup(cta);
		if (found?.kind === 'page' || found?.kind === 'file') return;
		const close = suggest(cta, routes.pages, 1);
		report(
			source.positionOf(['cta', 'url'], 'value'),
			found?.kind === 'unpublished'
				? `\`cta.url\`: ${cta} ${found.why}, so the button would lead nowhere. Point it at a published page.`
				: `\`cta.url\`: there is no page at ${cta} on this hub.${close.length ? ` Did you mean ${close[0]}?` : ''}`,
		);
	},
});
