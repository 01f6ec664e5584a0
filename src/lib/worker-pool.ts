/**
 * A pool of worker threads, started once, that answers jobs in any order: for work that keeps a core
 * busy (drawing share cards), on every core, while the main thread goes on with its own.
 *
 * The worker script gets `workerData` and answers each `{ id, job }` message with `{ id, result }` or
 * `{ id, error }` (see `serveJobs`).
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';

export interface WorkerPool<Job, Result> {
	run(job: Job): Promise<Result>;
	/** Stops the workers; jobs still running are rejected. */
	close(): Promise<void>;
}

type Answer<Result> = { id: number; result: Result } | { id: number; error: string };

/** Each worker keeps a few jobs queued, so that it never waits for a busy main thread between two. */
const QUEUED_PER_WORKER = 4;

export function workerPool<Job, Result>(script: string, data: unknown, size = availableParallelism()): WorkerPool<Job, Result> {
	type Pending = { id: number; job: Job; resolve: (result: Result) => void; reject: (error: Error) => void };
	const waiting: Pending[] = [];
	const workers = Array.from({ length: Math.max(1, size) }, () => {
		const worker = new Worker(script, { workerData: data });
		// An idle worker must not keep the process alive; one with jobs does (see feed).
		worker.unref();
		const state = { worker, busy: new Map<number, Pending>() };
		worker.on('message', (answer: Answer<Result>) => {
			const pending = state.busy.get(answer.id)!;
			state.busy.delete(answer.id);
			if ('error' in answer) pending.reject(new Error(answer.error));
			else pending.resolve(answer.result);
			feed();
		});
		worker.on('error', (error) => {
			for (const pending of [...state.busy.values(), ...waiting.splice(0)]) pending.reject(error);
			state.busy.clear();
		});
		return state;
	});
	const feed = () => {
		for (const state of workers) {
			while (waiting.length && state.busy.size < QUEUED_PER_WORKER) {
				const pending = waiting.shift()!;
				state.busy.set(pending.id, pending);
				state.worker.postMessage({ id: pending.id, job: pending.job });
			}
			if (state.busy.size) state.worker.ref();
			else state.worker.unref();
		}
	};
	let next = 0;
	return {
		run: (job) =>
			new Promise((resolve, reject) => {
				waiting.push({ id: next++, job, resolve, reject });
				feed();
			}),
		async close() {
			await Promise.all(workers.map(({ worker }) => worker.terminate()));
		},
	};
}

/** In a worker script: answers every job with `handle`, given the pool's `workerData`. */
export function serveJobs<Job, Result>(handle: (job: Job) => Promise<Result>): void {
	parentPort!.on('message', async ({ id, job }: { id: number; job: Job }) => {
		try {
			parentPort!.postMessage({ id, result: await handle(job) } satisfies Answer<Result>);
		} catch (error) {
			parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies Answer<Result>);
		}
	});
}

/** The `workerData` the pool gave this worker. */
export const poolData = <T>(): T => workerData as T;
