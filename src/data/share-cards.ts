/** The one share-card renderer of a build, with its cache between builds. */
import { join } from 'node:path';
import { readBuildEnv } from '../lib/build-env.ts';
import { cardRenderer } from '../lib/share-card/render-card.ts';

const { root, cacheDir } = readBuildEnv();

export const renderer = cardRenderer({ root, cacheDir: join(cacheDir, 'share-cards') });

export const pngResponse = (png: Buffer) => new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
