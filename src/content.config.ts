/**
 * Wires the four collections to Astro. The schemas live in `src/schemas/`, shared with the content
 * check and the tests; here they get Astro's `image()` and `reference()`.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { basename, extname, join } from 'node:path';
import settings from 'virtual:community-hub/settings';
import type { CollectionName, SchemaContext } from './schemas/context.ts';
import { ActionSchema, MemberSchema, ResourceSchema, StorySchema } from './schemas/index.ts';
import { ENTRY_PATTERN } from './source/entry-files.ts';

const { contentDir } = settings;
const topics = Object.keys(settings.site.topics);

const loader = (name: CollectionName) =>
	glob({
		base: join(contentDir, name),
		// The content check lists entries by the same pattern (src/source/entry-files.ts), so both see the same files.
		pattern: ENTRY_PATTERN,
		// The file name is the slug and the address, whatever a `slug` field might say.
		generateId: ({ entry }) => basename(entry, extname(entry)),
	});

const context = <Image>(image: () => z.ZodType<Image>): SchemaContext<Image> => ({
	image,
	reference: (to) => reference(to),
	topics,
});

export const collections = {
	stories: defineCollection({ loader: loader('stories'), schema: ({ image }) => StorySchema(context(image)) }),
	members: defineCollection({ loader: loader('members'), schema: ({ image }) => MemberSchema(context(image)) }),
	resources: defineCollection({ loader: loader('resources'), schema: ({ image }) => ResourceSchema(context(image)) }),
	actions: defineCollection({ loader: loader('actions'), schema: ({ image }) => ActionSchema(context(image)) }),
};
