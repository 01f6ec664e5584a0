/** What a card in a list shows for each kind of entry: one place, so every list agrees. */
import { formatDate } from '../lib/format-dates.ts';
import { ACTION_KIND_LABELS, RESOURCE_KIND_LABELS } from '../lib/labels.ts';
import type { CollectionName } from '../schemas/context.ts';
import { type Entry, site, timing, whenLine } from './hub.ts';
import { entryHref } from './urls.ts';

export interface CardData {
	href: string;
	title: string;
	summary: string;
	eyebrow: string;
	meta: string | undefined;
	badge: { text: string; tone: 'closed' | 'normal' } | undefined;
}

export function cardFor(entry: Entry<CollectionName>): CardData {
	const href = entryHref(entry.collection, entry.id);
	switch (entry.collection) {
		case 'actions': {
			const { data } = entry as Entry<'actions'>;
			const when = timing(entry as Entry<'actions'>);
			const meta = whenLine(entry as Entry<'actions'>);
			return {
				href,
				title: data.title,
				summary: data.summary,
				eyebrow: ACTION_KIND_LABELS[data.kind],
				meta,
				badge: when.closed ? { text: 'Closed', tone: 'closed' } : undefined,
			};
		}
		case 'stories': {
			const { data } = entry as Entry<'stories'>;
			return { href, title: data.title, summary: data.summary, eyebrow: 'Story', meta: formatDate(data.date, site.locale), badge: undefined };
		}
		case 'members': {
			const { data } = entry as Entry<'members'>;
			return {
				href,
				title: data.name,
				summary: data.bio,
				eyebrow: data.leader ? 'Community leader' : 'Member spotlight',
				meta: [data.role, data.place].filter(Boolean).join(' · '),
				badge: undefined,
			};
		}
		case 'resources': {
			const { data } = entry as Entry<'resources'>;
			return {
				href,
				title: data.title,
				summary: data.summary,
				eyebrow: RESOURCE_KIND_LABELS[data.kind],
				meta: `Updated ${formatDate(data.updated, site.locale)}`,
				badge: undefined,
			};
		}
	}
}
