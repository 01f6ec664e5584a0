/**
 * Draws the example hub's pictures: every `scripts/example-pictures/<name>.svg` becomes
 * `content/images/<name>.jpg`, at the size its `width` and `height` say (1200×675 for covers and
 * action images, 600×600 for member portraits). Run it by hand after editing a drawing; the build
 * never runs it, and content/ keeps only the JPEGs an organizer would have put there.
 *
 *   npx node scripts/draw-example-pictures.ts                      draw them all
 *   npx node scripts/draw-example-pictures.ts winter-meetup        draw only these
 *   npx node scripts/draw-example-pictures.ts --preview /tmp/pics  also write a PNG of each there
 *
 * The drawings share one flat style and palette (see scripts/example-pictures/README.md). They are
 * SVG only here: the hub publishes no SVG (it can carry script), so they ship as JPEG.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import sharp from 'sharp';

/** A picture should stay light: it is the first thing a visitor on a phone downloads. */
const MAX_BYTES = 60 * 1024;

const root = join(import.meta.dirname, '..');
const sources = join(root, 'scripts', 'example-pictures');
const output = join(root, 'content', 'images');

const args = process.argv.slice(2);
const previewAt = args.indexOf('--preview');
const previewDir = previewAt >= 0 ? args[previewAt + 1] : undefined;
if (previewAt >= 0 && !previewDir) throw new Error('--preview needs a folder, for example --preview /tmp/pictures');
const only = args.filter((_, index) => previewAt < 0 || (index !== previewAt && index !== previewAt + 1));

const names = readdirSync(sources)
	.filter((file) => file.endsWith('.svg'))
	.map((file) => basename(file, '.svg'))
	.filter((name) => only.length === 0 || only.includes(name))
	.sort();
const unknown = only.filter((name) => !names.includes(name));
if (unknown.length) throw new Error(`No drawing named ${unknown.join(', ')} in ${sources}`);
if (previewDir) mkdirSync(previewDir, { recursive: true });

let tooHeavy = 0;
for (const name of names) {
	const svg = readFileSync(join(sources, `${name}.svg`));
	const size = svg.toString('utf8').match(/<svg[^>]*\swidth="(\d+)"[^>]*\sheight="(\d+)"/);
	if (!size) throw new Error(`${name}.svg: the <svg> element needs width and height attributes`);
	const [width, height] = [Number(size[1]), Number(size[2])];
	// Drawn at twice the size, then reduced: smoother edges than librsvg's own anti-aliasing.
	const picture = sharp(svg, { density: 144 }).resize(width, height).flatten({ background: '#ffffff' });
	const file = join(output, `${name}.jpg`);
	await picture.clone().jpeg({ quality: 80, progressive: true, mozjpeg: true }).toFile(file);
	if (previewDir) await picture.clone().png().toFile(join(previewDir, `${name}.png`));
	const bytes = statSync(file).size;
	const heavy = bytes > MAX_BYTES;
	if (heavy) tooHeavy++;
	console.log(`${`content/images/${name}.jpg`.padEnd(50)} ${`${width}×${height}`.padEnd(9)} ${(bytes / 1024).toFixed(1).padStart(5)} KB${heavy ? '  OVER 60 KB' : ''}`);
}
if (tooHeavy) {
	console.error(`${tooHeavy} picture(s) over ${MAX_BYTES / 1024} KB: simplify the drawing (fewer fine details, flatter colours).`);
	process.exitCode = 1;
}
