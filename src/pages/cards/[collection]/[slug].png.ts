/** The generated share card of every published entry that has no image of its own. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { published, type Entry } from '../../../data/hub.ts';
import { cardContent } from '../../../data/share.ts';
import { pngResponse, renderer } from '../../../data/share-cards.ts';
import { COLLECTIONS, type CollectionName } from '../../../schemas/context.ts';

export const getStaticPaths = (async () => {
	const entries = (await Promise.all(COLLECTIONS.map((collection) => published(collection)))).flat() as Entry<CollectionName>[];
	return entries.filter((entry) => !entry.data.shareImage).map((entry) => ({ params: { collection: entry.collection, slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => pngResponse((await renderer.render(cardContent((props as { entry: Entry<CollectionName> }).entry))).png);
