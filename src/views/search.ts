/**
 * What the search index knows of an entry and what the search page offers: the filters (kind of
 * content, topic) and the facts a result shows (its label, its line, its picture or placeholder).
 * Pagefind reads them from the entry's page (`SearchRecord.astro`); the search page's filters list
 * the same values, so a filter chosen on the page always matches what the index holds.
 */
import { COLLECTIONS, type CollectionName } from '../schemas/context.ts';
import { listCard } from './cards.ts';
import type { HubEntry, ViewContext } from './context.ts';

/** The filters of an entry in the index: one kind, every topic it is tagged with (by name). */
export interface SearchFilters {
	kind: string;
	topic: string[];
}

/** What a result shows besides the title and the excerpt, which Pagefind takes from the page itself. */
export interface SearchMeta {
	/** What kind of thing it is, as its card says it ("Petition", "Story", "Community leader"). */
	label: string;
	/** The card's line under the title: when and where, who, how fresh. */
	detail: string;
	/** Set on an action that has closed, so a result can say so. */
	closed: string;
	/** The placeholder when the entry has no picture (the picture itself is read from the page). */
	initials: string;
	tone: string;
}

export interface SearchRecord {
	filters: SearchFilters;
	meta: SearchMeta;
}

/** The index's record of an entry's page. */
export function searchRecord(entry: HubEntry, context: ViewContext): SearchRecord {
	const card = listCard(entry, context);
	return {
		filters: { kind: kindName(entry.collection, context), topic: entry.data.topics.map((topic) => topicName(topic, context)) },
		meta: {
			label: card.label,
			detail: card.action ? card.action.facts.join(' · ') : (card.detail ?? ''),
			closed: card.closed ? context.words.page.closed : '',
			initials: card.placeholder.initials,
			tone: String(card.placeholder.tone),
		},
	};
}

/** The name of a collection's entries in the kind filter. */
const kindName = (collection: CollectionName, context: ViewContext) => context.words.search.kinds[collection];
const topicName = (topic: string, context: ViewContext) => context.site.topics[topic]?.name ?? topic;

/** One choice of a filter on the search page: the value the index holds, and how many entries have it. */
export interface FilterChoice {
	value: string;
	count: number;
}

/**
 * The search page's filters: the kinds and topics that published entries have, in the site's order,
 * with their counts; a kind or topic nothing has is left out (choosing it could only find nothing).
 */
export function searchFilters(context: ViewContext): { kinds: FilterChoice[]; topics: FilterChoice[] } {
	const entries = COLLECTIONS.flatMap((collection) => context.published(collection) as HubEntry[]);
	const kinds = COLLECTIONS.map((collection) => ({ value: kindName(collection, context), count: context.published(collection).length }));
	const topics = Object.keys(context.site.topics).map((topic) => ({
		value: topicName(topic, context),
		count: entries.filter((entry) => entry.data.topics.includes(topic)).length,
	}));
	return { kinds: kinds.filter((kind) => kind.count > 0), topics: topics.filter((topic) => topic.count > 0) };
}
