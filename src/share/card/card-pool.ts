/**
 * Share cards drawn on every core: a pool of worker threads, started once per build, each with its
 * own card renderer (and so its own fonts, read once). Drawing a card is mostly native work (layout,
 * rasterizing, PNG encoding) that keeps one core busy; a 10,000-entry hub draws thousands on a cold
 * cache, and one core at a time made them nine tenths of the build. The workers draw while Astro
 * renders the pages on the main thread.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardContent } from './card-layout.ts';
import type { CardAnswer, CardJob } from './card-worker.ts';

export interface CardPool {
	/** The cache file that holds the card, drawn if it was not cached. */
	render(card: CardContent): Promise<{ file: string; cached: boolean }>;
	/** Stops the workers once every card asked for is done. */
	close(): Promise<void>;
}

/** Each worker keeps a few cards queued, so that it never waits for the main thread between two. */
const QUEUED_PER_WORKER = 4;

export function cardPool(options: { root: string; cacheDir: string; workers?: number }): CardPool {
	const size = Math.max(1, options.workers ?? availableParallelism());
	// The worker runs from the hub's own source (Node strips its types), not from Astro's bundle.
	const script = join(options.root, 'src/share/card/card-worker.ts');
	type Pending = { job: CardJob; resolve: (answer: { file: string; cached: boolean }) => void; reject: (error: Error) => void };
	const waiting: Pending[] = [];
	const workers = Array.from({ length: size }, () => {
		const worker = new Worker(script, { workerData: { root: options.root, cacheDir: options.cacheDir } });
		worker.unref();
		const state = { worker, busy: new Map<number, Pending>() };
		worker.on('message', (answer: CardAnswer) => {
			const pending = state.busy.get(answer.id)!;
			state.busy.delete(answer.id);
			if ('error' in answer) pending.reject(new Error(`A share card could not be drawn ("${pending.job.card.title}"):\n${answer.error}`));
			else pending.resolve({ file: answer.file, cached: answer.cached });
			feed();
		});
		worker.on('error', (error) => {
			for (const pending of [...state.busy.values(), ...waiting.splice(0)]) pending.reject(error);
		});
		return state;
	});
	const feed = () => {
		for (const state of workers) {
			while (waiting.length && state.busy.size < QUEUED_PER_WORKER) {
				const pending = waiting.shift()!;
				state.busy.set(pending.job.id, pending);
				state.worker.postMessage(pending.job);
			}
			// A worker with cards to draw keeps the process alive until they are done; an idle one does not.
			if (state.busy.size) state.worker.ref();
			else state.worker.unref();
		}
	};
	let next = 0;
	return {
		render(card) {
			return new Promise((resolve, reject) => {
				waiting.push({ job: { id: next++, card }, resolve, reject });
				feed();
			});
		},
		async close() {
			await Promise.all(workers.map(({ worker }) => worker.terminate()));
		},
	};
}
