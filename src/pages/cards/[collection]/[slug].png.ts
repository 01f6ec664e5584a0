/** The generated share card of every published entry that has no image of its own. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { context, published } from '../../../data/hub.ts';
import { pngResponse, renderer } from '../../../data/share-cards.ts';
import { COLLECTIONS } from '../../../schemas/context.ts';
import { shareCard } from '../../../views/cards.ts';

export const getStaticPaths = () =>
	COLLECTIONS.flatMap((collection) => published(collection))
		.filter((entry) => !entry.data.shareImage)
		.map((entry) => ({ params: { collection: entry.collection, slug: entry.id }, props: { entry } }));

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => pngResponse((await renderer.render(shareCard(props.entry, context))).png);
