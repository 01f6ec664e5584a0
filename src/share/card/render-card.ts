/**
 * Renders a share card to PNG with satori (layout to SVG) and sharp (SVG to PNG), from a font shipped
 * in an npm package: no network. Cards are cached on disk, so an unchanged card is never drawn twice.
 *
 * The cache key covers everything that shapes a card, so that no change is missed and nobody has to
 * remember to bump a version: the element tree the layout makes of the card (its design and its
 * content at once: the layout's code is bundled with the build's settings, so hashing its file would
 * change every build), the size and PNG settings, the font files' bytes, and the versions of satori,
 * sharp and libvips.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp, { type PngOptions } from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, cardLayout, type CardContent } from './card-layout.ts';

/** WhatsApp drops previews over about 300 KB; the cards stay well under it. */
export const CARD_BUDGET_BYTES = 300 * 1024;

/** What a card looks like, apart from what it says. */
export interface CardDesign {
	/** The element tree satori lays out. */
	layout: (card: CardContent) => unknown;
	/** sharp's PNG settings: a palette keeps cards far under the budget. */
	png: PngOptions;
	/** The font's files in its npm package (`files/<name>.woff`), by weight. */
	fonts: ReadonlyArray<{ name: string; weight: 400 | 700 }>;
}

const FONT_PACKAGE = '@fontsource/atkinson-hyperlegible';

/** The hub's card: its layout, a PNG with a palette, Atkinson Hyperlegible in regular and bold. */
export const CARD_DESIGN: CardDesign = {
	layout: cardLayout,
	png: { compressionLevel: 9, palette: true, quality: 90 },
	fonts: [
		{ name: 'atkinson-hyperlegible-latin-400-normal', weight: 400 },
		{ name: 'atkinson-hyperlegible-latin-ext-400-normal', weight: 400 },
		{ name: 'atkinson-hyperlegible-latin-700-normal', weight: 700 },
		{ name: 'atkinson-hyperlegible-latin-ext-700-normal', weight: 700 },
	],
};

/** Draws cards, from the cache when it can. */
export interface CardRenderer {
	render(card: CardContent): Promise<{ png: Buffer; cached: boolean }>;
}

/** A renderer for one build (or test), caching in `cacheDir`; `design` is for tests of the cache key. */
export function cardRenderer(options: { root: string; cacheDir: string; design?: CardDesign }): CardRenderer {
	const design = options.design ?? CARD_DESIGN;
	const require = createRequire(join(options.root, 'package.json'));
	const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
	// Read once per renderer: the fonts for satori, and their bytes' hash for the cache key.
	let fonts: { data: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }>; hash: string } | undefined;
	const loadFonts = () => {
		if (fonts) return fonts;
		const data = design.fonts.map(({ name, weight }) => ({
			name: 'Atkinson Hyperlegible',
			data: readFileSync(require.resolve(`${FONT_PACKAGE}/files/${name}.woff`)),
			weight,
			style: 'normal' as const,
		}));
		const hash = createHash('sha256');
		for (const font of data) hash.update(`${font.weight}:${font.data.length}:`).update(font.data);
		return (fonts = { data, hash: hash.digest('hex') });
	};
	const renderer = { satori: version('satori'), sharp: sharp.versions };

	return {
		async render(card) {
			const tree = design.layout(card);
			const inputs = { size: [CARD_WIDTH, CARD_HEIGHT], png: design.png, fonts: loadFonts().hash, renderer, tree };
			const key = createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 32);
			const file = join(options.cacheDir, `${key}.png`);
			if (existsSync(file)) return { png: readFileSync(file), cached: true };
			const svg = await satori(tree as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts().data });
			const png = await sharp(Buffer.from(svg)).png(design.png).toBuffer();
			mkdirSync(options.cacheDir, { recursive: true });
			// Written aside under a name no other process or call shares, then renamed into place: a
			// build interrupted mid-write, or another build drawing the same card, never leaves half a card.
			const aside = `${file}.${process.pid}-${randomUUID()}.tmp`;
			try {
				writeFileSync(aside, png);
				renameSync(aside, file);
			} finally {
				rmSync(aside, { force: true });
			}
			return { png, cached: false };
		},
	};
}
