/**
 * "Related": a few entries an entry's page suggests next, scored by what they share with it. A
 * reference either way (a story about this action, the action's host) counts most, then a shared
 * topic, then a shared catalyst. Closed actions are never suggested (drafts and scheduled entries are
 * not published, so never reach here), nor anything the page already lists.
 */
import type { CollectionName, EntryReference } from '../schemas/context.ts';
import type { HubEntry, ViewContext } from './context.ts';

const WEIGHTS = { reference: 4, topic: 2, catalyst: 1 } as const;
/** Collections in the order a tie is broken: something to do first. */
const ORDER: CollectionName[] = ['actions', 'stories', 'resources', 'members'];

/** The entries an entry's fields name. */
export function referencesOf(entry: HubEntry): EntryReference[] {
	switch (entry.collection) {
		case 'actions':
			return [...entry.data.hosts, ...entry.data.stories, ...entry.data.resources];
		case 'stories':
			return [...entry.data.authors, ...entry.data.people, ...entry.data.actions];
		case 'resources':
			return entry.data.contributedBy ? [entry.data.contributedBy] : [];
		case 'members':
			return [];
	}
}

const names = (refs: readonly EntryReference[], target: Pick<HubEntry, 'collection' | 'id'>) => refs.some((ref) => ref.collection === target.collection && ref.id === target.id);
const shared = <T>(a: readonly T[], b: readonly T[]) => a.filter((item) => b.includes(item)).length;

/**
 * Up to `limit` entries to suggest on `entry`'s page, best first; `shown` are entries the page already
 * lists (its hosts, its stories), which would be a suggestion twice.
 */
export function relatedEntries(entry: HubEntry, context: ViewContext, shown: readonly Pick<HubEntry, 'collection' | 'id'>[] = [], limit = 3): HubEntry[] {
	const own = referencesOf(entry);
	const scored = ORDER.flatMap((collection) =>
		context.published(collection).flatMap((candidate: HubEntry, index) => {
			if (candidate.collection === entry.collection && candidate.id === entry.id) return [];
			if (names(shown, candidate)) return [];
			if (candidate.collection === 'actions' && context.timing(candidate).closed) return [];
			const score =
				(names(own, candidate) || names(referencesOf(candidate), entry) ? WEIGHTS.reference : 0) +
				WEIGHTS.topic * shared(candidate.data.topics, entry.data.topics) +
				WEIGHTS.catalyst * shared(candidate.data.catalysts, entry.data.catalysts);
			return score > 0 ? [{ candidate, score, rank: ORDER.indexOf(collection), index }] : [];
		}),
	);
	// Best score first; then actions before stories before resources before people; then the list's own order.
	scored.sort((a, b) => b.score - a.score || a.rank - b.rank || a.index - b.index);
	return scored.slice(0, limit).map(({ candidate }) => candidate);
}
