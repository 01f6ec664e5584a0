/**
 * What a build makes beside its pages: the worker pool that draws on every core, the registry on
 * which the pages' code hands files to the integration, and the QR codes kept in the cache.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { announceOutputs, collectOutputs, writeOutputs } from '../../src/build/build-outputs.ts';
import { workerPool } from '../../src/lib/worker-pool.ts';
import { cachedQrSvg, qrSvg } from '../../src/share/qr-code.ts';
import { ROOT } from '../helpers/build-site.ts';
import { decodeQrSvg } from '../helpers/decode.ts';

const SQUARES = join(ROOT, 'tests/fixtures/workers/square-worker.ts');

describe('the worker pool', () => {
	it('answers every job, on several threads at once, whatever order they finish in', async () => {
		const pool = workerPool<number, { square: number; thread: number }>(SQUARES, { offset: 1 }, 2);
		try {
			const jobs = [500, 1, 2, 3, 400, 4, 5, 6];
			const answers = await Promise.all(jobs.map((n) => pool.run(n)));
			expect(answers.map((answer) => answer.square)).toEqual(jobs.map((n) => n * n + 1));
			expect(new Set(answers.map((answer) => answer.thread)).size).toBe(2);
		} finally {
			await pool.close();
		}
	});

	it('rejects a job that fails with the worker\'s own error, and goes on with the others', async () => {
		const pool = workerPool<number, { square: number }>(SQUARES, { offset: 0 }, 1);
		try {
			const [failed, done] = await Promise.allSettled([pool.run(-3), pool.run(3)]);
			expect(failed.status === 'rejected' && String(failed.reason)).toContain('-3 is negative');
			expect(done.status === 'fulfilled' && done.value.square).toBe(9);
		} finally {
			await pool.close();
		}
	});

	it('keeps the process alive while it has work, and lets it end when idle', () => {
		// A script that starts a pool, asks for one slow job without waiting on anything else, and never closes it.
		const script = `
			import { workerPool } from ${JSON.stringify(join(ROOT, 'src/lib/worker-pool.ts'))};
			const pool = workerPool(${JSON.stringify(SQUARES)}, { offset: 0 }, 2);
			pool.run(200).then((answer) => console.log('answer', answer.square));
		`;
		const file = join(mkdtempSync(join(tmpdir(), 'pool-')), 'start-pool.mjs');
		writeFileSync(file, script);
		const run = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 20_000 });
		expect(run.stderr).toBe('');
		expect(run.stdout.trim()).toBe('answer 40000');
		expect(run.status).toBe(0);
	});
});

describe('files made beside the pages', () => {
	it('reach the integration once announced, and are written into the site: copied from the cache, or as text', async () => {
		const cache = mkdtempSync(join(tmpdir(), 'cache-'));
		writeFileSync(join(cache, 'card.png'), 'png bytes');
		announceOutputs(Promise.resolve({ outputs: [{ path: '/cards/stories/a.png', from: join(cache, 'card.png') }], summary: 'Share cards: 1.' }));
		announceOutputs(Promise.resolve({ outputs: [{ path: '/actions/b/event.ics', text: 'BEGIN:VCALENDAR' }], summary: 'Calendar files: 1.' }));
		const batches = await collectOutputs();
		expect(batches.map((batch) => batch.summary)).toEqual(['Share cards: 1.', 'Calendar files: 1.']);
		const site = mkdtempSync(join(tmpdir(), 'site-'));
		for (const batch of batches) writeOutputs(site, batch.outputs);
		expect(readFileSync(join(site, 'cards/stories/a.png'), 'utf8')).toBe('png bytes');
		expect(readFileSync(join(site, 'actions/b/event.ics'), 'utf8')).toBe('BEGIN:VCALENDAR');
		// Taken once: the next build starts with none.
		expect(await collectOutputs()).toEqual([]);
	});

	it('fail the build with the error of the batch that failed', async () => {
		announceOutputs(Promise.reject(new Error('A share card could not be drawn')));
		await expect(collectOutputs()).rejects.toThrow('A share card could not be drawn');
	});

	it('keep each QR code in the cache by its address: made once, read back the next time, and scannable', async () => {
		const cache = mkdtempSync(join(tmpdir(), 'qr-'));
		const url = 'https://guild.example.org/actions/fair-lease-pledge/?utm_source=flyer';
		const first = await cachedQrSvg(url, cache, ROOT);
		const again = await cachedQrSvg(url, cache, ROOT);
		const other = await cachedQrSvg(`${url}&x=1`, cache, ROOT);
		expect([first.cached, again.cached, other.cached]).toEqual([false, true, false]);
		expect(again.file).toBe(first.file);
		expect(readdirSync(cache).filter((file) => file.endsWith('.svg'))).toHaveLength(2);
		expect(readFileSync(first.file, 'utf8')).toBe(await qrSvg(url));
		expect(await decodeQrSvg(readFileSync(first.file))).toBe(url);
	});
});
