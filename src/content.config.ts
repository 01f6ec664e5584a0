/**
 * Wires the four collections to Astro. The schemas live in `src/schemas/`, shared with the content
 * check and the tests; here they get Astro's `image()` and `reference()`.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { basename, extname, join } from 'node:path';
import { readBuildEnv } from './lib/build-env.ts';
import { loadSiteSettings } from './lib/load-site.ts';
import type { CollectionName, SchemaContext } from './schemas/context.ts';
import { ActionSchema, MemberSchema, ResourceSchema, StorySchema } from './schemas/index.ts';

const { contentDir } = readBuildEnv();
const topics = Object.keys(loadSiteSettings(contentDir).topics);

const collection = <S extends ReturnType<typeof StorySchema | typeof MemberSchema | typeof ResourceSchema | typeof ActionSchema>>(
	name: CollectionName,
	schema: (context: SchemaContext) => S,
) =>
	defineCollection({
		loader: glob({
			base: join(contentDir, name),
			pattern: '**/*.{md,mdx}',
			// The file name is the slug and the address, whatever a `slug` field might say.
			generateId: ({ entry }) => basename(entry, extname(entry)),
		}),
		schema: ({ image }) => schema({ image, reference: (to) => reference(to), topics }),
	});

export const collections = {
	stories: collection('stories', StorySchema),
	members: collection('members', MemberSchema),
	resources: collection('resources', ResourceSchema),
	actions: collection('actions', ActionSchema),
};
