/**
 * One of the card pool's workers (card-pool.ts): draws the cards it is sent with its own renderer,
 * from the cache when it can, and answers with the cache file that holds each.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CardContent } from './card-layout.ts';
import { cardRenderer } from './render-card.ts';

export interface CardJob {
	id: number;
	card: CardContent;
}
export type CardAnswer = { id: number; file: string; cached: boolean } | { id: number; error: string };

const renderer = cardRenderer(workerData as { root: string; cacheDir: string });

parentPort!.on('message', async ({ id, card }: CardJob) => {
	try {
		const { file, cached } = await renderer.render(card);
		parentPort!.postMessage({ id, file, cached } satisfies CardAnswer);
	} catch (error) {
		parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies CardAnswer);
	}
});
