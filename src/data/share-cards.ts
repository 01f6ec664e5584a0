/** The one share-card renderer of a build, with its cache between builds. */
import { join } from 'node:path';
import settings from 'virtual:community-hub/settings';
import { cardRenderer } from '../share/card/render-card.ts';

export const renderer = cardRenderer({ root: settings.root, cacheDir: join(settings.cacheDir, 'share-cards') });

export const pngResponse = (png: Buffer) => new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
