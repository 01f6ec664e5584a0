/**
 * Share cards as the dev server draws them, one when a page asks for it; a build draws them all in
 * worker threads beside the pages instead (src/data/file-outputs.ts).
 */
import { join } from 'node:path';
import settings from 'virtual:community-hub/settings';
import { COLLECTIONS } from '../schemas/context.ts';
import { cardRenderer } from '../share/card/render-card.ts';
import { published, type Entry } from './hub.ts';

export const renderer = cardRenderer({ root: settings.root, cacheDir: join(settings.cacheDir, 'share-cards') });

export const pngResponse = (png: Buffer) => new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });

/** The entries that get a generated card: every published one without a `shareImage` of its own. */
export const carded = (): Entry[] => COLLECTIONS.flatMap((collection) => published(collection)).filter((entry) => !entry.data.shareImage);
