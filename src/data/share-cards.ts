/**
 * Share cards: in a build, every entry's card is drawn by a pool of workers (from the cache when it
 * can) while the pages render, and written into the site when they are done (src/build/build-outputs.ts);
 * the dev server draws each card when a page asks for it, with the renderer below.
 */
import { join } from 'node:path';
import settings from 'virtual:community-hub/settings';
import { announceOutputs } from '../build/build-outputs.ts';
import { paths } from '../routes/paths.ts';
import { COLLECTIONS } from '../schemas/context.ts';
import { cardPool } from '../share/card/card-pool.ts';
import { cardRenderer } from '../share/card/render-card.ts';
import { shareCard } from '../views/cards.ts';
import { context, published, type Entry } from './hub.ts';

const cacheDir = join(settings.cacheDir, 'share-cards');

export const renderer = cardRenderer({ root: settings.root, cacheDir });

export const pngResponse = (png: Buffer) => new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });

/** The entries that get a generated card: every published one without a `shareImage` of its own. */
export const carded = (): Entry[] => COLLECTIONS.flatMap((collection) => published(collection)).filter((entry) => !entry.data.shareImage);

if (!settings.preview) {
	const pool = cardPool({ root: settings.root, cacheDir });
	const cards = Promise.all(
		carded().map(async (entry) => ({ path: paths.card(entry.collection, entry.id), ...(await pool.render(shareCard(entry, context))) })),
	).finally(() => pool.close());
	announceOutputs(
		cards.then((drawn) => ({
			outputs: drawn.map(({ path, file }) => ({ path, from: file })),
			summary: `Share cards: ${drawn.filter((card) => !card.cached).length} drawn, ${drawn.filter((card) => card.cached).length} from the cache.`,
		})),
	);
}
