/** The cards an entry is shown as: a card in a list of entries, and the share card drawn for link previews. */
import { paths } from '../routes/paths.ts';
import type { CardContent } from '../share/card/card-layout.ts';
import type { CollectionName } from '../schemas/context.ts';
import { dateTile } from '../lib/format-dates.ts';
import { actionFacts, callToAction } from './action.ts';
import { viewOf } from './collections.ts';
import { placeholderOf, type Placeholder } from './pictures.ts';
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
	/** What stands in for the entry's picture when it has none. */
	placeholder: Placeholder;
	/** An action's words on its card: when, where and by when, the button's verb while open, the event's day. */
	action?: { facts: string[]; cta: string | undefined; tile: { month: string; day: string } | undefined } | undefined;
}

export function listCard(entry: HubEntry, context: ViewContext): ListCard {
	const view = viewOf(entry);
	return {
		href: context.urls.href(paths.entry(entry.collection, entry.id)),
		label: view.label(entry, context),
		title: view.title(entry),
		summary: view.summary(entry),
		detail: view.listDetail(entry, context),
		closed: view.closed(entry, context),
		placeholder: placeholderOf(entry),
		...(entry.collection === 'actions' ? { action: actionCard(entry, context) } : {}),
	};
}

function actionCard(action: HubEntry<'actions'>, context: ViewContext): ListCard['action'] {
	const when = context.timing(action);
	return {
		facts: actionFacts(action, context),
		cta: when.closed ? undefined : callToAction(action, context).label,
		tile: when.event ? dateTile(when.event.start.local, when.timeZone, context.site.locale) : undefined,
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
