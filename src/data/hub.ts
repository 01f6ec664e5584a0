/**
 * The site's content as pages see it: only what this build publishes, loaded once per build, sorted
 * as lists show it, with references resolved to published entries; and the view context every view
 * function is given. Pages render what this returns; the rules live in `src/model/` and `src/views/`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import settings from 'virtual:community-hub/settings';
import { catalogueFor } from '../i18n/catalogues.ts';
import { actionTiming, type ActionTiming } from '../model/action-timing.ts';
import { isVisible, visibility, type Visibility } from '../model/publishing.ts';
import { urls } from '../routes/urls.ts';
import type { CollectionName, EntryReference } from '../schemas/context.ts';
import { COLLECTION_VIEWS } from '../views/collections.ts';
import { perBuild } from '../views/per-build.ts';
import { keyOf, namedBy, relatedEntries } from '../views/related.ts';
import type { HubEntry, ViewContext } from '../views/context.ts';

/** Site settings from `content/site.yaml`. */
export const site = settings.site;
/** The interface's words, in the site's language (the site schema refuses a language without a catalogue). */
export const words = catalogueFor(site.locale);
/** The build's "now" (fixed once per build by the community-hub integration). */
export const now = settings.now;

const publishing = { now, timeZone: site.timezone, preview: settings.preview };

export type Entry<C extends CollectionName = CollectionName> = CollectionEntry<C>;

const timings = new Map<string, ActionTiming>();

/** What every view is given: settings, addresses, action timing and reference resolution for this build. */
export const context: ViewContext = {
	site,
	words,
	now,
	urls: urls(settings),
	timing(action) {
		let known = timings.get(action.id);
		if (!known) timings.set(action.id, (known = actionTiming(action.data, site.timezone, now)));
		return known;
	},
	published: (collection) => views[collection],
	resolve: (refs) => (refs ?? []).flatMap((ref) => byKey.get(keyOf(ref)) ?? []) as never,
	// Astro's image metadata answers `fsPath`, its source file, while the site is built (a proxy's
	// getter: `'fsPath' in src` is false).
	imageFile: (src) => {
		const file = src && typeof src === 'object' ? (src as { fsPath?: unknown }).fsPath : undefined;
		return typeof file === 'string' ? file : undefined;
	},
};

const visible = (entry: Entry) => isVisible(entry, publishing);
const sorted = <T extends V, V>(entries: T[], view: { compare(a: V, b: V, context: ViewContext): number }): T[] => entries.sort((a, b) => view.compare(a, b, context));

/** Every published entry, by collection, in the order the site lists them: loaded once per build. */
const store: { [C in CollectionName]: Entry<C>[] } = {
	stories: sorted(await getCollection('stories', visible), COLLECTION_VIEWS.stories),
	members: sorted(await getCollection('members', visible), COLLECTION_VIEWS.members),
	resources: sorted(await getCollection('resources', visible), COLLECTION_VIEWS.resources),
	actions: sorted(await getCollection('actions', visible), COLLECTION_VIEWS.actions),
};
/** The same entries, as the views see them. */
const views: { [C in CollectionName]: HubEntry<C>[] } = store;
/** Every published entry by collection and id: pages look up thousands of references. */
const byKey = new Map<string, Entry>(Object.values(store).flatMap((entries: Entry[]) => entries.map((entry) => [keyOf(entry), entry] as const)));

/** The entries of a collection this build publishes, in the order the site lists them. */
export const published = <C extends CollectionName>(collection: C): Entry<C>[] => store[collection];

/** Published members in the order of their names, in the site's language (sorted once per build: every action page lists them). */
export const membersByName = (): Entry<'members'>[] =>
	perBuild(context, 'members by name', () => {
		const collator = new Intl.Collator(site.locale);
		return [...published('members')].sort((a, b) => collator.compare(a.data.name, b.data.name));
	});

/** Why an entry would be hidden in production; shown as a badge in the dev server. */
export function entryVisibility(entry: Entry): Visibility {
	return visibility(entry, publishing);
}

/** Referenced entries that are published, in the order written; references to unpublished ones are dropped. */
export function resolve<C extends CollectionName>(refs: readonly EntryReference<C>[] | undefined): Entry<C>[] {
	return context.resolve(refs) as Entry<C>[];
}

/** Published entries of a collection whose references (as `refs` reads them) include the given entry: "stories about this member". */
export function referrers<C extends CollectionName>(
	collection: C,
	target: Pick<HubEntry, 'collection' | 'id'>,
	refs: (entry: Entry<C>) => ReadonlyArray<EntryReference | undefined>,
): Entry<C>[] {
	const key = keyOf(target);
	return ((namedBy(context).get(key) ?? []) as Entry[]).filter((entry): entry is Entry<C> => entry.collection === collection && refs(entry as Entry<C>).some((ref) => ref && keyOf(ref) === key));
}

/** When an action happens and whether it is still open (computed once per action per build). */
export const timing = (action: Entry<'actions'>): ActionTiming => context.timing(action);

/** Featured entries first, keeping the collection's order otherwise. */
export function featuredFirst<T extends { data: { featured: boolean } }>(entries: readonly T[]): T[] {
	return [...entries.filter((entry) => entry.data.featured), ...entries.filter((entry) => !entry.data.featured)];
}

/** Published entries of every collection that match, grouped by collection in the order pages show them. */
export function entriesWhere(match: (data: { topics: readonly string[]; catalysts: readonly string[] }) => boolean): Array<{ collection: CollectionName; entries: Entry[] }> {
	const order: CollectionName[] = ['actions', 'stories', 'resources', 'members'];
	// Past actions are history, not something to do: topic and catalyst pages list open ones.
	const current = (entry: Entry) => entry.collection !== 'actions' || !timing(entry).closed;
	return order
		.map((collection): { collection: CollectionName; entries: Entry[] } => ({ collection, entries: published(collection).filter((entry) => current(entry) && match(entry.data)) }))
		.filter((group) => group.entries.length > 0);
}

/** A few published entries to suggest on an entry's page, besides those it already lists (`shown`). */
export function related(entry: Entry, shown: readonly Entry[] = []): Entry[] {
	// The views hand back the very entries the build published.
	return relatedEntries(entry, context, shown) as Entry[];
}
