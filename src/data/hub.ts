/**
 * The site's content as pages see it: only what this build publishes, sorted, with references
 * resolved to published entries. Pages render what this returns; the rules live in `src/lib/`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import settings from 'virtual:community-hub/settings';
import { actionTiming, type ActionTiming } from '../model/action-timing.ts';
import { isVisible, visibility, type Visibility } from '../model/publishing.ts';
import { epochMs } from '../lib/local-time.ts';
import { formatDateTime } from '../lib/format-dates.ts';
import type { CollectionName } from '../schemas/context.ts';

/** Site settings from `content/site.yaml`. */
export const site = settings.site;
/** The build's "now" (fixed once per build by the community-hub integration). */
export const now = settings.now;

const publishing = { now, timeZone: site.timezone, preview: settings.preview };

export type Entry<C extends CollectionName> = CollectionEntry<C>;
export type Ref<C extends CollectionName = CollectionName> = { collection: C; id: string };

const cache = new Map<CollectionName, Promise<unknown[]>>();

/** The entries of a collection this build publishes, in the order the site lists them. */
export function published<C extends CollectionName>(collection: C): Promise<Entry<C>[]> {
	if (!cache.has(collection)) {
		cache.set(
			collection,
			getCollection(collection, (entry) => isVisible(entry, publishing)).then((entries) => sortEntries(collection, entries as Entry<C>[])),
		);
	}
	return cache.get(collection) as Promise<Entry<C>[]>;
}

/** Why an entry would be hidden in production; shown as a badge in the dev server. */
export function entryVisibility(entry: Entry<CollectionName>): Visibility {
	return visibility(entry, publishing);
}

/** Referenced entries that are published, in the order written; references to unpublished ones are dropped. */
export async function resolve<C extends CollectionName>(refs: readonly Ref<C>[] | undefined): Promise<Entry<C>[]> {
	if (!refs?.length) return [];
	const entries = await published(refs[0]!.collection);
	return refs.flatMap((ref) => entries.filter((entry) => entry.id === ref.id));
}

/** Published entries of a collection whose field refers to the given entry (for "stories about this member"). */
export async function referrers<C extends CollectionName>(
	collection: C,
	target: Ref,
	fields: string[],
): Promise<Entry<C>[]> {
	const matches = (value: unknown) => {
		const refs = (Array.isArray(value) ? value : [value]) as Array<Ref | undefined>;
		return refs.some((ref) => ref?.collection === target.collection && ref.id === target.id);
	};
	return (await published(collection)).filter((entry) => fields.some((field) => matches((entry.data as Record<string, unknown>)[field])));
}

const timings = new Map<string, ActionTiming>();

/** When an action happens and whether it is still open (computed once per action per build). */
export function timing(action: Entry<'actions'>): ActionTiming {
	let known = timings.get(action.id);
	if (!known) timings.set(action.id, (known = actionTiming(action.data, site.timezone, now)));
	return known;
}

/** The one line that says when an action happens or must be done by, for cards and share cards. */
export function whenLine(action: Entry<'actions'>): string | undefined {
	const when = timing(action);
	if (when.event) return formatDateTime(when.event.start.local, when.timeZone, site.locale);
	if (when.deadline) return `By ${formatDateTime(when.deadline.local, when.timeZone, site.locale)}`;
	return undefined;
}

function sortEntries<C extends CollectionName>(collection: C, entries: Entry<C>[]): Entry<C>[] {
	const byId = (a: Entry<C>, b: Entry<C>) => a.id.localeCompare(b.id);
	switch (collection) {
		case 'stories': {
			const at = (entry: Entry<C>) => epochMs((entry as Entry<'stories'>).data.date, site.timezone);
			return entries.sort((a, b) => at(b) - at(a) || byId(a, b));
		}
		case 'actions': {
			// Open actions first, soonest deadline or event first; then closed ones, most recent first.
			const key = (entry: Entry<C>) => timing(entry as Entry<'actions'>);
			return entries.sort((a, b) => {
				const [ta, tb] = [key(a), key(b)];
				if (!ta.closed !== !tb.closed) return ta.closed ? 1 : -1;
				return (ta.closed ? tb.sortKey - ta.sortKey : ta.sortKey - tb.sortKey) || byId(a, b);
			});
		}
		case 'members': {
			const data = (entry: Entry<C>) => (entry as Entry<'members'>).data;
			return entries.sort((a, b) => Number(data(b).leader) - Number(data(a).leader) || data(a).name.localeCompare(data(b).name, site.locale));
		}
		case 'resources': {
			const data = (entry: Entry<C>) => (entry as Entry<'resources'>).data;
			return entries.sort((a, b) => data(b).updated.localeCompare(data(a).updated) || byId(a, b));
		}
		default:
			return entries.sort(byId);
	}
}

/** Featured entries first, keeping the collection's order otherwise. */
export function featuredFirst<T extends { data: { featured: boolean } }>(entries: T[]): T[] {
	return [...entries.filter((entry) => entry.data.featured), ...entries.filter((entry) => !entry.data.featured)];
}

/** Published entries of every collection that match, grouped by collection in the order pages show them. */
export async function entriesWhere(
	match: (data: { topics: readonly string[]; catalysts: readonly string[] }) => boolean,
): Promise<Array<{ collection: CollectionName; entries: Entry<CollectionName>[] }>> {
	const order: CollectionName[] = ['actions', 'stories', 'resources', 'members'];
	const groups = await Promise.all(
		order.map(async (collection) => ({
			collection,
			entries: (await published(collection)).filter((entry) => match(entry.data)) as Entry<CollectionName>[],
		})),
	);
	return groups.filter((group) => group.entries.length > 0);
}
