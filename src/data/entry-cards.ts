/** What a card in a list shows for each kind of entry: one place, so every list agrees. */
import { formatDate } from '../lib/format-dates.ts';
import { ACTION_KIND_LABELS, RESOURCE_KIND_LABELS } from '../views/labels.ts';
import type { CollectionName } from '../schemas/context.ts';
import { type Entry, site, timing, whenLine } from './hub.ts';
import { entryHref } from './urls.ts';

export interface CardData {
	href: string;
	title: string;
	summary: string;
	eyebrow: string;
	meta: string | undefined;
	/** An action whose deadline or event has passed. */
	closed: boolean;
}

/** The small line above an entry's title, on list cards and share cards alike: what kind of thing it is. */
export function eyebrow(entry: Entry<CollectionName>): string {
	switch (entry.collection) {
		case 'actions':
			return ACTION_KIND_LABELS[(entry as Entry<'actions'>).data.kind];
		case 'stories':
			return 'Story';
		case 'members':
			return (entry as Entry<'members'>).data.leader ? 'Community leader' : 'Member spotlight';
		case 'resources':
			return RESOURCE_KIND_LABELS[(entry as Entry<'resources'>).data.kind];
	}
}

export function cardFor(entry: Entry<CollectionName>): CardData {
	const common = { href: entryHref(entry.collection, entry.id), eyebrow: eyebrow(entry), closed: false };
	switch (entry.collection) {
		case 'actions': {
			const action = entry as Entry<'actions'>;
			const closed = timing(action).closed !== undefined;
			return { ...common, title: action.data.title, summary: action.data.summary, meta: whenLine(action), closed };
		}
		case 'stories': {
			const { data } = entry as Entry<'stories'>;
			return { ...common, title: data.title, summary: data.summary, meta: formatDate(data.date, site.locale) };
		}
		case 'members': {
			const { data } = entry as Entry<'members'>;
			return { ...common, title: data.name, summary: data.bio, meta: [data.role, data.place].filter(Boolean).join(' · ') };
		}
		case 'resources': {
			const { data } = entry as Entry<'resources'>;
			return { ...common, title: data.title, summary: data.summary, meta: `Updated ${formatDate(data.updated, site.locale)}` };
		}
	}
}
