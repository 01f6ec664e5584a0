/**
 * What the views need to know about the build, handed in by the data layer (`src/data/`), so that
 * every view is a pure function of the content, tested without Astro.
 */
import type { Catalogue } from '../i18n/catalogues.ts';
import type { ActionTiming } from '../model/action-timing.ts';
import type { Urls } from '../routes/urls.ts';
import type { ActionData } from '../schemas/action.ts';
import type { CollectionName, EntryReference } from '../schemas/context.ts';
import type { MemberData } from '../schemas/member.ts';
import type { ResourceData } from '../schemas/resource.ts';
import type { SiteSettings } from '../schemas/site.ts';
import type { StoryData } from '../schemas/story.ts';

/** Each collection's data, as its schema outputs it. */
export interface DataOf {
	stories: StoryData;
	members: MemberData;
	resources: ResourceData;
	actions: ActionData;
}

/**
 * An entry as the views see it: a tagged union, so that checking `entry.collection` narrows `entry.data`
 * with no cast. Astro's `CollectionEntry` values fit it.
 */
export type HubEntry<C extends CollectionName = CollectionName> = { [K in C]: { id: string; collection: K; data: DataOf[K] } }[C];

export interface ViewContext {
	/** The validated site settings. */
	site: SiteSettings;
	/** The interface's words, in the site's language. */
	words: Catalogue;
	/** The build's "now". */
	now: Date;
	/** Addresses on this deploy. */
	urls: Urls;
	/** When an action happens and whether it is still open (the data layer computes it once per action). */
	timing(action: HubEntry<'actions'>): ActionTiming;
	/** Every published entry of a collection, in the order its lists show them. */
	published<C extends CollectionName>(collection: C): HubEntry<C>[];
	/** Referenced entries that are published, in the order written; references to unpublished ones are dropped. */
	resolve<C extends CollectionName>(refs: readonly EntryReference<C>[] | undefined): HubEntry<C>[];
	/** The file of a frontmatter image (a `photo`'s or `cover`'s `src`), for the share card to read; undefined when unknown. */
	imageFile(src: unknown): string | undefined;
}
