import type { z } from 'astro/zod';

/** The four catalysts a community forms around (see DESIGN.md). */
export const CATALYSTS = ['expertise', 'passions', 'beliefs', 'situations'] as const;
export type Catalyst = (typeof CATALYSTS)[number];

/** The four content collections, each a folder of `content/`. */
export const COLLECTIONS = ['stories', 'members', 'resources', 'actions'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** A link to another entry, as schemas output it (the shape of Astro's `reference()`). */
export interface EntryReference<C extends CollectionName = CollectionName> {
	collection: C;
	id: string;
}

/**
 * What a content schema needs from whoever runs it. Astro's build passes its `image()` and
 * `reference()`; the content check passes stand-ins that keep raw values and checks files and
 * references itself, with positions. Both run the very same schema factories.
 */
export interface SchemaContext<Image = unknown> {
	/** A path to an image, relative to the entry's file. */
	image: () => z.ZodType<Image>;
	/** A slug of another entry (its file name without extension). */
	reference: <C extends CollectionName>(collection: C) => z.ZodType<EntryReference<C>>;
	/** Topic slugs declared in the site settings. */
	topics: readonly string[];
}
