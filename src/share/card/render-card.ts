/**
 * Renders a share card to PNG with satori (layout to SVG), resvg (SVG to pixels) and sharp (pixels to
 * PNG), from fonts and emoji pictures shipped in npm packages: no network. Only the font subsets that
 * the card's text needs are read (see glyph-coverage.ts). Cards are cached on disk, so an unchanged
 * card is never drawn twice.
 *
 * The cache key covers everything that shapes a card, so that no change is missed and nobody has to
 * remember to bump a version: the element tree the layout makes of the card (its design and its
 * content at once: the layout's code is bundled with the build's settings, so hashing its file would
 * change every build), the picture's bytes, the size and PNG settings, the bytes of the font files
 * and emoji pictures drawn, and the versions of satori, resvg, sharp and libvips.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp, { type PngOptions } from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, cardLayout, type CardAssets, type CardContent, type CardPicture, type Element } from './card-layout.ts';
import { packageVersion } from '../../lib/package-version.ts';
import { writeWhole } from '../../lib/write-whole.ts';
import { CARD_FONT_FAMILIES, glyphCoverage, type CardFontFamily } from './glyph-coverage.ts';

/** WhatsApp drops previews over about 300 KB; the cards stay well under it. */
export const CARD_BUDGET_BYTES = 300 * 1024;

/** What a card looks like, apart from what it says. */
export interface CardDesign {
	/** The element tree satori lays out. */
	layout: (card: CardContent, assets: CardAssets) => unknown;
	/** sharp's PNG settings for a card. */
	png: PngOptions;
	/** The settings for a card that would weigh more than `fullColourUpTo` with `png` (a photo): a palette. */
	palette: PngOptions;
	/** The most a card may weigh in full colour, in bytes: a heavier one takes the palette. */
	fullColourUpTo: number;
	/** The font families, first preferred; a card reads only the subsets its text needs. */
	fonts: readonly CardFontFamily[];
}

/**
 * The hub's card: its layout, a full-colour PNG at zlib level 6, Atkinson Hyperlegible then Noto for
 * other scripts. Full colour is five times faster to encode than a palette (about 10 ms rather than
 * 60 to 110), so a cold build of a large hub draws its cards in a fraction of the time: a card of
 * text weighs about 40 KB, one with a photo or an illustration 150 to 270 KB (measured on the
 * example's pictures); one over 200 KB takes a palette instead, and weighs 60 to 90 KB.
 */
export const CARD_DESIGN: CardDesign = {
	layout: cardLayout,
	png: { compressionLevel: 6 },
	// A third of the weight of full colour, for a card whose picture would make it heavy: the fastest
	// quantizing, lightly dithered (a third faster than libvips' defaults, the same to the eye on a card).
	palette: { compressionLevel: 6, palette: true, quality: 90, effort: 1, dither: 0.5 },
	// Two thirds of the budget: a preview loads on a phone's data too.
	fullColourUpTo: 200 * 1024,
	fonts: CARD_FONT_FAMILIES,
};

/** The picture's size on the card, in pixels: a photo's circle, or the cover's strip beside the text. */
const PICTURE_SIZE: Record<CardPicture['shape'], { width: number; height: number }> = {
	round: { width: 300, height: 300 },
	side: { width: 440, height: CARD_HEIGHT - 16 },
};

/** How a picture is fitted and encoded before satori embeds it: part of the cache key. */
const PICTURE_FIT = { fit: 'cover', position: 'centre', quality: 88, smoothing: 2 } as const;

/** Draws cards, from the cache when it can. */
export interface CardRenderer {
	/** The card's PNG, whether it came from the cache, and the cache file that now holds it. */
	render(card: CardContent): Promise<{ png: Buffer; cached: boolean; file: string }>;
}

/** Every string the tree draws, as drawn (upper-cased where the style says so). */
function drawnText(node: unknown): string[] {
	if (typeof node === 'string') return [node];
	if (!node || typeof node !== 'object' || !('props' in node)) return [];
	const { children, style } = (node as Element).props;
	const texts = [children ?? []].flat().flatMap(drawnText);
	return style?.textTransform === 'uppercase' ? texts.map((text) => text.toLocaleUpperCase()) : texts;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** A renderer for one build (or test), caching in `cacheDir`; `design` is for tests of the cache key. */
export function cardRenderer(options: { root: string; cacheDir: string; design?: CardDesign }): CardRenderer {
	const design = options.design ?? CARD_DESIGN;
	const coverage = glyphCoverage({ base: options.root, families: design.fonts });
	// Font files and emoji pictures are read once per renderer, and hashed for the cache key.
	const files = new Map<string, { data: Buffer; hash: string }>();
	const read = (file: string) => {
		let known = files.get(file);
		if (!known) {
			const data = readFileSync(file);
			files.set(file, (known = { data, hash: sha256(data) }));
		}
		return known;
	};
	const renderer = { satori: packageVersion(options.root, 'satori'), resvg: packageVersion(options.root, '@resvg/resvg-js'), sharp: sharp.versions };
	/** Pictures fitted to a card's picture size, as data addresses, by picture, size and smoothing. */
	const pictures = new Map<string, Promise<string>>();

	return {
		async render(card) {
			const photo = card.picture && readFileSync(card.picture.file);
			const size = card.picture && PICTURE_SIZE[card.picture.shape];
			// The key's tree names the picture by its bytes' hash; the drawn one embeds it.
			const keyTree = design.layout(card, { picture: photo && `sha256:${sha256(photo)}` });
			const glyphs = coverage.glyphs(drawnText(keyTree).join('\n'));
			const fonts = glyphs.fonts.map((font) => ({ ...font, ...read(font.file) }));
			const emoji = glyphs.emoji.map(({ grapheme, file }) => ({ grapheme, ...read(file) }));
			const inputs = {
				size: [CARD_WIDTH, CARD_HEIGHT],
				png: [design.png, design.palette, design.fullColourUpTo],
				picture: photo && { size, ...PICTURE_FIT },
				fonts: fonts.map(({ name, weight, hash }) => [name, weight, hash]),
				emoji: emoji.map(({ grapheme, hash }) => [grapheme, hash]),
				renderer,
				tree: keyTree,
			};
			const key = sha256(JSON.stringify(inputs)).slice(0, 32);
			const file = join(options.cacheDir, `${key}.png`);
			if (existsSync(file)) return { png: readFileSync(file), cached: true, file };

			/** The card's pixels: satori lays it out as an SVG of shapes (text as outlines), resvg paints it. */
			const paint = async (picture: string | undefined) => {
				const svg = await satori(design.layout(card, { picture }) as never, {
					width: CARD_WIDTH,
					height: CARD_HEIGHT,
					fonts: fonts.map(({ name, weight, data }) => ({ name, weight, data, style: 'normal' as const })),
					graphemeImages: Object.fromEntries(emoji.map(({ grapheme, data }) => [grapheme, `data:image/svg+xml;base64,${data.toString('base64')}`])),
				});
				// No system fonts: satori drew the text already, and a machine's fonts must not change a card.
				return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().pixels;
			};
			const encode = (pixels: Buffer, png: PngOptions) => sharp(pixels, { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 4 } }).removeAlpha().png(png).toBuffer();
			/** The card in full colour, or with a palette when that would weigh more than two thirds of the budget. */
			const draw = async (picture: string | undefined) => {
				const pixels = await paint(picture);
				const png = await encode(pixels, design.png);
				return png.length <= design.fullColourUpTo ? png : encode(pixels, design.palette);
			};
			const embed = (bytes: Buffer, blur?: number) => {
				// Many cards show the same picture (a member's photo, a shared cover): fitted once per renderer.
				const fitted = `${sha256(bytes)}:${size!.width}x${size!.height}:${blur ?? 0}`;
				let known = pictures.get(fitted);
				if (!known) {
					let image = sharp(bytes).rotate().resize({ ...size, fit: PICTURE_FIT.fit, position: PICTURE_FIT.position });
					if (blur) image = image.blur(blur);
					pictures.set(fitted, (known = image.jpeg({ quality: PICTURE_FIT.quality }).toBuffer().then((jpeg) => `data:image/jpeg;base64,${jpeg.toString('base64')}`)));
				}
				return known;
			};
			let png = await draw(photo && (await embed(photo)));
			// A grainy photo can weigh more than the budget lets a card: smoothed it weighs less, and as a
			// last resort the card goes without it.
			if (photo && png.length > CARD_BUDGET_BYTES) png = await draw(await embed(photo, PICTURE_FIT.smoothing));
			if (photo && png.length > CARD_BUDGET_BYTES) png = await draw(undefined);
			writeWhole(file, png);
			return { png, cached: false, file };
		},
	};
}
