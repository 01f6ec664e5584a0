/**
 * The generated share card of every published entry that has no image of its own, as the dev server
 * draws it on request. A build draws them all in worker threads instead, beside the pages
 * (src/data/file-outputs.ts), so this route has no pages of its own in a build.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import settings from 'virtual:community-hub/settings';
import { context } from '../../../data/hub.ts';
import { carded, pngResponse, renderer } from '../../../data/share-cards.ts';
import { shareCard } from '../../../views/cards.ts';

export const getStaticPaths = () => (settings.preview ? carded() : []).map((entry) => ({ params: { collection: entry.collection, slug: entry.id }, props: { entry } }));

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => pngResponse((await renderer.render(shareCard(props.entry, context))).png);
