/**
 * A worker of the build's pool (src/data/file-outputs.ts): draws share cards and QR codes into the
 * cache, from the cache when they are there, and answers with the file that holds each.
 */
import { join } from 'node:path';
import { poolData, serveJobs } from '../lib/worker-pool.ts';
import type { CardContent } from './card/card-layout.ts';
import { cardRenderer } from './card/render-card.ts';
import { cachedQrSvg } from './qr-code.ts';

export type OutputJob = { kind: 'card'; card: CardContent } | { kind: 'qr'; url: string };
export interface OutputResult {
	file: string;
	cached: boolean;
}
export interface OutputWorkerData {
	root: string;
	cacheDir: string;
}

const { root, cacheDir } = poolData<OutputWorkerData>();
const cards = cardRenderer({ root, cacheDir: join(cacheDir, 'share-cards') });

serveJobs<OutputJob, OutputResult>(async (job) => {
	if (job.kind === 'qr') return cachedQrSvg(job.url, join(cacheDir, 'qr-codes'), root);
	const { file, cached } = await cards.render(job.card);
	return { file, cached };
});
