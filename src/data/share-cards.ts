/** The one share-card renderer of a build, with its cache between builds. */
import { join } from 'node:path';
import { readBuildEnv } from '../lib/build-env.ts';
import { cardRenderer } from '../lib/share-card/render-card.ts';

const { root } = readBuildEnv();

/** Cards are cached under node_modules/.cache, where build tools keep their caches and git never looks. */
export const renderer = cardRenderer({ root, cacheDir: join(root, 'node_modules/.cache/community-hub/share-cards') });

export const pngResponse = (png: Buffer) => new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
