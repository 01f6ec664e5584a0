/** The site's default share card, for the home page, indexes, topics and catalysts. */
import type { APIRoute } from 'astro';
import { siteCardContent } from '../../data/share.ts';
import { pngResponse, renderer } from '../../data/share-cards.ts';

export const GET: APIRoute = async () => pngResponse((await renderer.render(siteCardContent())).png);
