/** The cards an entry is shown as: a card in a list of entries, and the share card drawn for link previews. */
import { paths } from '../routes/paths.ts';
import type { CardContent } from '../share/card/card-layout.ts';
import type { CollectionName } from '../schemas/context.ts';
import { viewOf } from './collections.ts';
import type { HubEntry, ViewContext } from './context.ts';

export interface ListCard {
	href: string;
	/** What kind of thing it is, above the title. */
	label: string;
	title: string;
	summary: string;
	/** The line under the title: when, who, how fresh. */
	detail: string | undefined;
	/** An action whose deadline or event has passed. */
	closed: boolean;
}

export function listCard<C extends CollectionName>(entry: HubEntry<C>, context: ViewContext): ListCard {
	const view = viewOf(entry);
	return {
		href: context.urls.href(paths.entry(entry.collection, entry.id)),
		label: view.label(entry, context),
		title: view.title(entry),
		summary: view.summary(entry),
		detail: view.listDetail(entry, context),
		closed: view.closed(entry, context),
	};
}

/** What the generated share card of an entry shows. */
export function shareCard<C extends CollectionName>(entry: HubEntry<C>, context: ViewContext): CardContent {
	const view = viewOf(entry);
	return {
		eyebrow: view.label(entry, context),
		title: view.title(entry),
		detail: view.cardDetail(entry, context),
		community: context.site.name,
		closed: view.closed(entry, context),
	};
}

/** The site's own share card, for pages that are not one entry: its name, tagline and address. */
export const siteShareCard = ({ site, urls }: Pick<ViewContext, 'site' | 'urls'>): CardContent => ({
	eyebrow: site.tagline,
	title: site.name,
	detail: undefined,
	community: urls.typed(paths.home()),
});

/** The alt text of a share card: what it says, for people who cannot see it. */
export const shareCardAlt = (card: CardContent) => `${card.eyebrow}: ${card.title}`;
