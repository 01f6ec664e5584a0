/**
 * The schema context the content check runs the build's schemas with: references and images are kept
 * raw, as values the check can find in the output and verify once every file is known.
 */
import { z } from 'astro/zod';
import type { CollectionName, SchemaContext } from '../schemas/context.ts';

/** A reference to another entry, as the check reads it: kept raw, checked once every entry is known. */
export class EntryRef<C extends CollectionName = CollectionName> {
	readonly collection: C;
	readonly id: string;
	constructor(collection: C, id: string) {
		this.collection = collection;
		this.id = id;
	}
}

/** An image path, as the check reads it: checked against the file system. */
export class ImageRef {
	readonly src: string;
	constructor(src: string) {
		this.src = src;
	}
}

/** The schema context the check uses: same schemas, raw references and images. */
export function checkContext(topics: readonly string[]): SchemaContext<ImageRef> {
	return {
		image: () =>
			z
				.string({ error: 'Write the image path, relative to this file (for example ../images/photo.jpg).' })
				.trim()
				.min(1, 'The image path is empty.')
				.transform((src) => new ImageRef(src)),
		reference: <C extends CollectionName>(collection: C) =>
			z
				.string({ error: `Write the slug of an entry of ${collection}: its file name without .md.` })
				.trim()
				.transform((id) => new EntryRef(collection, id)),
		topics,
	};
}
