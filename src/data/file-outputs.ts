/**
 * The files a build makes beside its pages, outside Astro's render pass: every share card and every
 * action's QR code, drawn by a pool of worker threads (from the cache when they are there) while the
 * pages render, and every event's calendar file. The integration writes them into the site when the
 * pages are done (src/build/build-outputs.ts). Importing this module in a build starts them; the dev
 * server serves the same files from their routes instead, one when it is asked for.
 */
import { join } from 'node:path';
import settings from 'virtual:community-hub/settings';
import { announceOutputs, type OutputBatch } from '../build/build-outputs.ts';
import type { OutputJob, OutputResult, OutputWorkerData } from '../share/output-worker.ts';
import { numberFormat } from '../lib/intl-formats.ts';
import { workerPool } from '../lib/worker-pool.ts';
import { paths } from '../routes/paths.ts';
import { icsFile } from '../share/calendar.ts';
import { calendarEvent } from '../views/action.ts';
import { shareCard } from '../views/cards.ts';
import { flyerAddress } from '../views/share.ts';
import { context, published } from './hub.ts';
import { carded } from './share-cards.ts';

/** Files made by the pool, with how many were made rather than taken from the cache; a failure names the file. */
async function made(name: string, files: Array<{ path: string; done: Promise<OutputResult> }>): Promise<OutputBatch> {
	const results = await Promise.all(
		files.map(async ({ path, done }) => ({
			path,
			...(await done.catch((error: unknown) => {
				throw new Error(`${path} could not be made: ${error instanceof Error ? error.message : String(error)}`);
			})),
		})),
	);
	const count = (cached: boolean) => numberFormat('en').format(results.filter((result) => result.cached === cached).length);
	return { outputs: results.map(({ path, file }) => ({ path, from: file })), summary: `${name}: ${count(false)} made, ${count(true)} from the cache.` };
}

if (!settings.preview) {
	// The worker runs from the hub's own source (Node strips its types), not from Astro's bundle.
	const pool = workerPool<OutputJob, OutputResult>(join(settings.root, 'src/share/output-worker.ts'), { root: settings.root, cacheDir: settings.cacheDir } satisfies OutputWorkerData);
	const batches = [
		made(
			'Share cards',
			carded().map((entry) => ({ path: paths.card(entry.collection, entry.id), done: pool.run({ kind: 'card', card: shareCard(entry, context) }) })),
		),
		made(
			'QR codes',
			published('actions').map((action) => ({ path: paths.qrCode(action.id), done: pool.run({ kind: 'qr', url: flyerAddress(action, context) }) })),
		),
		Promise.resolve().then((): OutputBatch => {
			const outputs = published('actions').flatMap((action) => {
				const event = calendarEvent(action, context);
				return event ? [{ path: paths.calendar(action.id), text: icsFile(event) }] : [];
			});
			return { outputs, summary: `Calendar files: ${numberFormat('en').format(outputs.length)}.` };
		}),
	];
	for (const batch of batches) announceOutputs(batch);
	void Promise.allSettled(batches).then(() => pool.close());
}
