/**
 * `npm run bench`: how fast the content check is on a large hub. Generates 10,000 content files (by
 * default) from the example content, then times, in the same run:
 *   - a baseline: reading every file and parsing its YAML with the fastest parser (js-yaml, as Astro
 *     does), the floor any checker pays, and
 *   - the full check: schemas, references, images, Markdown bodies, links.
 * Prints the figures and their ratio; the target is the full check under 3 s on a 2-core machine.
 *   npm run bench -- 20000     another number of files
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import jsYaml from 'js-yaml';
import { checkContent } from '../src/check/check-content.ts';
import { splitFrontmatter } from '../src/source/frontmatter.ts';
import { COLLECTIONS } from '../src/schemas/context.ts';

const total = Number(process.argv[2] ?? 10_000);
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'hub-bench-'));
const contentDir = join(work, 'content');

// The example hub, multiplied: copies keep their references valid by pointing at the originals.
cpSync(join(root, 'content'), contentDir, { recursive: true });
const originals = COLLECTIONS.flatMap((collection) =>
	readdirSync(join(contentDir, collection)).map((file) => ({ collection, file, text: readFileSync(join(contentDir, collection, file), 'utf8') })),
);
for (let i = originals.length; i < total; i++) {
	const { collection, file, text } = originals[i % originals.length]!;
	writeFileSync(join(contentDir, collection, `${basename(file, '.md')}-copy-${i}.md`), text);
}
const files = COLLECTIONS.flatMap((collection) => readdirSync(join(contentDir, collection)).map((file) => join(contentDir, collection, file)));

function time(run: () => void, rounds = 3): number {
	const times: number[] = [];
	for (let i = 0; i < rounds; i++) {
		const start = performance.now();
		run();
		times.push(performance.now() - start);
	}
	return Math.min(...times);
}

const baseline = time(() => {
	for (const file of files) {
		const split = splitFrontmatter(readFileSync(file, 'utf8'));
		if (split.ok) jsYaml.load(split.yaml, { schema: jsYaml.CORE_SCHEMA });
	}
});
let result: ReturnType<typeof checkContent> | undefined;
const full = time(() => {
	result = checkContent({ root: work, contentDir, publicDir: join(root, 'public'), now: new Date('2026-11-25T12:00:00Z') });
});
rmSync(work, { recursive: true, force: true });

const errors = result!.diagnostics.filter((d) => d.severity === 'error');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`content check benchmark: ${files.length} files, ${availableParallelism()} cores (best of 3)`);
console.log(`  baseline (read + parse YAML)   ${seconds(baseline)}   ${Math.round(files.length / (baseline / 1000))} files/s`);
console.log(`  full check                     ${seconds(full)}   ${Math.round(files.length / (full / 1000))} files/s`);
console.log(`  ratio full / baseline          ${(full / baseline).toFixed(2)}×`);
console.log(`  target                         under 3.00 s: ${full < 3000 ? 'met' : 'NOT met'} (${((full / 3000) * 100).toFixed(0)}% of budget)`);
if (errors.length) {
	console.log(`  (the generated content had ${errors.length} errors; first: ${errors[0]!.message})`);
	process.exitCode = 1;
}
