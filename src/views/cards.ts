/** The cards an entry is shown as: a card in a list of entries, and the share card drawn for link previews. */
import { paths } from '../routes/paths.ts';
import type { CardContent, CardFact, CardPicture } from '../share/card/card-layout.ts';
import { dateTile } from '../lib/format-dates.ts';
import { actionFacts, callToAction } from './action.ts';
import { viewOf } from './collections.ts';
import { placeholderOf, type Placeholder } from './pictures.ts';
import type { HubEntry, ViewContext } from './context.ts';
import { perBuild } from './per-build.ts';

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

/** Each entry's list card, once per build: a large hub shows an entry in many lists. */
export function listCard(entry: HubEntry, context: ViewContext): ListCard {
	const cards = perBuild(context, 'list cards', () => new WeakMap<HubEntry, ListCard>());
	let card = cards.get(entry);
	if (!card) cards.set(entry, (card = makeListCard(entry, context)));
	return card;
}

function makeListCard(entry: HubEntry, context: ViewContext): ListCard {
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

/** Where an event takes place, in a few words: the venue's name, online, or both. */
function eventPlace(action: HubEntry<'actions'>, context: ViewContext): string | undefined {
	const { event } = action.data;
	const places = [event?.venue?.name, event?.online ? context.words.card.online : undefined].filter(Boolean);
	return places.length ? places.join(' · ') : undefined;
}

/** The card's line under the title, as the collection's view words it. */
const detailFacts = (detail: string | undefined): CardFact[] => (detail ? [{ text: detail }] : []);

/** What the share card adds for each collection: an action's when, where and button, a picture. */
function cardExtras(entry: HubEntry, context: ViewContext): Pick<CardContent, 'facts' | 'action' | 'picture'> {
	const picture = (image: { src: unknown } | undefined, shape: CardPicture['shape']): CardPicture | undefined => {
		const file = image && context.imageFile(image.src);
		return file ? { file, shape } : undefined;
	};
	switch (entry.collection) {
		case 'actions': {
			const when = viewOf(entry).cardDetail(entry, context);
			const place = eventPlace(entry, context);
			return {
				facts: [...(when ? [{ text: when, icon: 'date' as const }] : []), ...(place ? [{ text: place, icon: 'place' as const }] : [])],
				action: callToAction(entry, context).label,
				picture: picture(entry.data.image, 'side'),
			};
		}
		case 'members':
			return { facts: detailFacts(viewOf(entry).cardDetail(entry, context)), picture: picture(entry.data.photo, 'round') };
		case 'stories':
			return { facts: detailFacts(viewOf(entry).cardDetail(entry, context)), picture: picture(entry.data.cover, 'side') };
		case 'resources':
			return { facts: detailFacts(viewOf(entry).cardDetail(entry, context)) };
	}
}

/** What the generated share card of an entry shows. */
export function shareCard(entry: HubEntry, context: ViewContext): CardContent {
	const view = viewOf(entry);
	return {
		eyebrow: view.label(entry, context),
		title: view.title(entry),
		...cardExtras(entry, context),
		community: context.site.name,
		closed: view.closed(entry, context),
		words: context.words.card,
		accent: context.site.theme.accent,
	};
}

/** The site's own share card, for pages that are not one entry: its name, tagline and address. */
export const siteShareCard = ({ site, urls, words }: Pick<ViewContext, 'site' | 'urls' | 'words'>): CardContent => ({
	eyebrow: site.tagline,
	title: site.name,
	facts: [],
	community: urls.typed(paths.home()),
	words: words.card,
	accent: site.theme.accent,
});

/** The alt text of a share card: what it says, for people who cannot see it. */
export const shareCardAlt = (card: CardContent) => [`${card.eyebrow}: ${card.title}`, card.facts.map((fact) => fact.text).join(' · ')].filter(Boolean).join(' — ');
