/** The site's default share card, for the home page, indexes, topics and catalysts. */
import type { APIRoute } from 'astro';
import { context } from '../../data/hub.ts';
import { pngResponse, renderer } from '../../data/share-cards.ts';
import { siteShareCard } from '../../views/cards.ts';

export const GET: APIRoute = async () => pngResponse((await renderer.render(siteShareCard(context))).png);
