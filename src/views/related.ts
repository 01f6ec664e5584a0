/**
 * "Related": a few entries an entry's page suggests next, scored by what they share with it. A
 * reference either way (a story about this action, the action's host) counts most, then a shared
 * topic, then a shared catalyst. Closed actions are never suggested (drafts and scheduled entries are
 * not published, so never reach here), nor anything the page already lists.
 */
import { COLLECTIONS, type CollectionName, type EntryReference } from '../schemas/context.ts';
import type { HubEntry, ViewContext } from './context.ts';
import { perBuild } from './per-build.ts';

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

/** An entry's key among every collection's: `stories/a-year-of-repair-cafes`. */
export const keyOf = (entry: Pick<HubEntry, 'collection' | 'id'>) => `${entry.collection}/${entry.id}`;

/** The published entries that name each entry (by its key), each once, in the site's order of each collection; once per build. */
export const namedBy = (context: ViewContext): ReadonlyMap<string, readonly HubEntry[]> =>
	perBuild(context, 'named by', () => {
		const naming = new Map<string, HubEntry[]>();
		for (const entry of COLLECTIONS.flatMap((collection): HubEntry[] => context.published(collection))) {
			for (const key of new Set(referencesOf(entry).map(keyOf))) {
				const list = naming.get(key);
				if (list) list.push(entry);
				else naming.set(key, [entry]);
			}
		}
		return naming;
	});
const shared = <T>(a: readonly T[], b: readonly T[]) => a.filter((item) => b.includes(item)).length;

interface Candidate {
	entry: HubEntry;
	key: string;
	/** Collections in ORDER's rank, then the list's own order: how a tie is broken. */
	rank: number;
	index: number;
}
interface Scored {
	candidate: Candidate;
	score: number;
}

/** Best score first; then actions before stories before resources before people; then the list's own order. */
const byScore = (a: Scored, b: Scored) => b.score - a.score || a.candidate.rank - b.candidate.rank || a.candidate.index - b.candidate.index;

/** How many of a shared ranking are kept: enough for the limit after skipping what a page already lists. */
const KEPT = 48;

type Finder = (entry: HubEntry, shown: readonly Pick<HubEntry, 'collection' | 'id'>[], limit: number) => HubEntry[];

/**
 * Everything a build's related lists need, worked out once per build: what can be suggested, who
 * names whom, and, for each combination of topics and catalysts, the best-scored entries. Scoring
 * every entry against every other for each page made a 10,000-entry build quadratic; entries that share
 * their topics and catalysts share the ranking, so a page only adds its own references to it.
 */
function relatedFinder(context: ViewContext): Finder {
	const candidates: Candidate[] = ORDER.flatMap((collection, rank) =>
		context
			.published(collection)
			.flatMap((entry: HubEntry, index) => (entry.collection === 'actions' && context.timing(entry).closed ? [] : [{ entry, key: keyOf(entry), rank, index }])),
	);
	const byKey = new Map(candidates.map((candidate) => [candidate.key, candidate]));
	const naming = namedBy(context);
	const tagScore = (a: HubEntry, b: HubEntry) => WEIGHTS.topic * shared(a.data.topics, b.data.topics) + WEIGHTS.catalyst * shared(a.data.catalysts, b.data.catalysts);
	const ranked = (entry: HubEntry, kept: number) =>
		candidates
			.map((candidate) => ({ candidate, score: tagScore(candidate.entry, entry) }))
			.filter((scored) => scored.score > 0)
			.sort(byScore)
			.slice(0, kept);
	const rankings = new Map<string, { list: Scored[]; whole: boolean }>();
	const rankingFor = (entry: HubEntry) => {
		const signature = JSON.stringify([[...entry.data.topics].sort(), [...entry.data.catalysts].sort()]);
		let known = rankings.get(signature);
		if (!known) {
			const list = ranked(entry, KEPT + 1);
			rankings.set(signature, (known = { list: list.slice(0, KEPT), whole: list.length <= KEPT }));
		}
		return known;
	};

	return (entry, shown, limit) => {
		const self = keyOf(entry);
		const skipped = new Set([self, ...shown.map(keyOf)]);
		// A reference either way counts on top of what the two share.
		const referenced = new Map<string, Candidate>();
		for (const ref of referencesOf(entry)) {
			const candidate = byKey.get(keyOf(ref));
			if (candidate) referenced.set(candidate.key, candidate);
		}
		for (const other of naming.get(self) ?? []) {
			const candidate = byKey.get(keyOf(other));
			if (candidate) referenced.set(candidate.key, candidate);
		}
		const found: Scored[] = [...referenced.values()]
			.filter((candidate) => !skipped.has(candidate.key))
			.map((candidate) => ({ candidate, score: WEIGHTS.reference + tagScore(candidate.entry, entry) }));
		const ranking = rankingFor(entry);
		let others = ranking.list.filter(({ candidate }) => !skipped.has(candidate.key) && !referenced.has(candidate.key));
		// Rare: the page lists so much of the shared ranking that too little is left; rank everything for it.
		if (others.length < limit && !ranking.whole) others = ranked(entry, Infinity).filter(({ candidate }) => !skipped.has(candidate.key) && !referenced.has(candidate.key));
		return [...found, ...others.slice(0, limit)]
			.sort(byScore)
			.slice(0, limit)
			.map(({ candidate }) => candidate.entry);
	};
}

/**
 * Up to `limit` entries to suggest on `entry`'s page, best first; `shown` are entries the page already
 * lists (its hosts, its stories), which would be a suggestion twice.
 */
export function relatedEntries(entry: HubEntry, context: ViewContext, shown: readonly Pick<HubEntry, 'collection' | 'id'>[] = [], limit = 3): HubEntry[] {
	return perBuild(context, 'related', () => relatedFinder(context))(entry, shown, limit);
}
