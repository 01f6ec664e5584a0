/**
 * Files a build writes beside its pages without a render pass (share cards, QR codes, calendar
 * files): the pages' code (in Astro's bundle) starts making them as soon as the content is loaded, in
 * worker threads, while Astro renders the pages; the hub's integration, once the pages are done, waits
 * for them and writes them into the site. An output route costs Astro a few milliseconds each however
 * little it does, and a large hub has ten thousand share cards.
 *
 * The two sides hold different copies of this module (one bundled by Vite, one loaded with the
 * config), so they meet on a registry kept on the global object.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A file of the site: its path on the site, and the file that holds its bytes (in the build's cache), or its text. */
export type BuildOutput = { path: string; from: string } | { path: string; text: string };

/** Files made together, with a line for the build's log ("Share cards: 3 made, 9,997 from the cache."). */
export interface OutputBatch {
	outputs: BuildOutput[];
	summary: string;
}

const REGISTRY = Symbol.for('community-hub.build-outputs');
type Registry = { batches: Array<Promise<OutputBatch>> };
const registry = (): Registry => ((globalThis as { [REGISTRY]?: Registry })[REGISTRY] ??= { batches: [] });

/** Announces files being made; the integration writes them into the site once the pages are done. */
export function announceOutputs(batch: Promise<OutputBatch>): void {
	// Its failure is reported when the integration waits for it, as the build's error.
	batch.catch(() => undefined);
	registry().batches.push(batch);
}

/** Every batch announced so far, once done (an error if one failed); the registry is emptied for the next build. */
export async function collectOutputs(): Promise<OutputBatch[]> {
	const { batches } = registry();
	registry().batches = [];
	return Promise.all(batches);
}

/** Copies the files into the site folder (copies, not links: the cache must stay as it was if the site is edited). */
export function writeOutputs(dir: string, outputs: readonly BuildOutput[]): void {
	const folders = new Set<string>();
	for (const output of outputs) {
		const to = join(dir, output.path);
		const folder = dirname(to);
		if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
		folders.add(folder);
		if ('from' in output) copyFileSync(output.from, to);
		else writeFileSync(to, output.text);
	}
}
