/**
 * Which characters a share card can draw, and with what: the card's font families (Fontsource npm
 * packages, each cut into subsets by unicode-range) and Twemoji's pictures for emoji. The renderer asks
 * which font files and pictures a card's text needs, so a Latin-only hub loads only Latin fonts; the
 * content check asks which characters of a title nothing can draw. One table, so they never disagree.
 *
 * A subset's unicode-range says which characters it may hold; its character map says which it holds
 * (Atkinson Hyperlegible's "latin" range spans U+2000–206F, yet it has no U+2009 thin space). Both are
 * asked, the map only for subsets whose range matched, so that a hub's check reads a handful of files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create } from 'fontkitten';

/** A font family of the card, as an npm package of Fontsource. */
export interface CardFontFamily {
	/** The package, which ships `unicode.json` and `files/<id>-<subset>-<weight>-normal.woff`. */
	package: string;
	family: string;
}

/**
 * The card's families, first preferred: each character is drawn by the first family that has it.
 * Satori shapes text with HarfBuzz, but draws only one glyph per character of Noto Sans Arabic's
 * joined letters, which Noto builds from a dotless letter and a dots mark: ق, ة and final ي lose their
 * dots. IBM Plex Sans Arabic draws each letter whole, and so reads right.
 */
export const CARD_FONT_FAMILIES: readonly CardFontFamily[] = [
	{ package: '@fontsource/atkinson-hyperlegible', family: 'Atkinson Hyperlegible' },
	// Cyrillic, Greek, Vietnamese, Devanagari, and the Latin characters Atkinson lacks.
	{ package: '@fontsource/noto-sans', family: 'Noto Sans' },
	{ package: '@fontsource/ibm-plex-sans-arabic', family: 'IBM Plex Sans Arabic' },
	{ package: '@fontsource/noto-sans-hebrew', family: 'Noto Sans Hebrew' },
	{ package: '@fontsource/noto-sans-thai', family: 'Noto Sans Thai' },
	// Kana and kanji, before Korean: Chinese characters take Japanese shapes.
	{ package: '@fontsource/noto-sans-jp', family: 'Noto Sans JP' },
	{ package: '@fontsource/noto-sans-kr', family: 'Noto Sans KR' },
];

/** The weights the card's layout uses. */
export const CARD_WEIGHTS = [400, 700] as const;
export type CardWeight = (typeof CARD_WEIGHTS)[number];

/** One file of a subset at one weight, named uniquely, as satori keeps only the first font of a name and weight. */
export interface CardFontFile {
	name: string;
	weight: CardWeight;
	/** Absolute path of the `.woff` file (satori reads WOFF, not WOFF2). */
	file: string;
}

/** A character nothing on the card can draw, and where it is in the text (in UTF-16 units). */
export interface MissingGlyph {
	character: string;
	index: number;
}

/** What a text needs to be drawn. */
export interface CardGlyphs {
	/** Font files, in the order satori should try them. */
	fonts: CardFontFile[];
	/** Emoji drawn as pictures: each grapheme and its SVG file. */
	emoji: Array<{ grapheme: string; file: string }>;
	/** Characters that would draw as empty boxes. */
	missing: MissingGlyph[];
}

export interface GlyphCoverage {
	glyphs(text: string): CardGlyphs;
}

interface Subset {
	/** Its place in the order of preference. */
	order: number;
	name: string;
	ranges: Array<[number, number]>;
	/** The subset's files by weight. */
	files: Record<CardWeight, string>;
	/** Its character map, read on first need (the same at every weight: Fontsource cuts them alike). */
	characters?: ReadonlySet<number>;
}

/** `U+0000-00FF,U+0131` → `[[0, 255], [305, 305]]`. */
export function parseUnicodeRange(range: string): Array<[number, number]> {
	return range.split(',').map((part) => {
		const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
		return [Number.parseInt(from, 16), Number.parseInt(to, 16)];
	});
}

/** `U+1F527`, and `U+1F469 U+200D U+1F527` for a sequence. */
export const codePoints = (text: string) => [...text].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

/** An emoji as its sequence is standardized (RGI): not ©, ™ or ❤ alone, which fonts draw as text. */
const EMOJI = /^\p{RGI_Emoji}$/v;
/** Nothing to draw: joiners, variation selectors, direction marks. */
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Twemoji's file for an emoji: its code points in hex, joined by `-`, without the emoji variation
 * selector U+FE0F unless the sequence has a zero-width joiner (Twemoji's own naming rule).
 */
function emojiFile(dir: string, grapheme: string): string | undefined {
	const hex = [...grapheme].map((char) => char.codePointAt(0)!.toString(16));
	const names = grapheme.includes('\u200d') ? [hex, hex.filter((code) => code !== 'fe0f')] : [hex.filter((code) => code !== 'fe0f'), hex];
	return names.map((name) => join(dir, `${name.join('-')}.svg`)).find((file) => existsSync(file));
}

const coverages = new Map<string, GlyphCoverage>();

/**
 * The coverage of these families, with packages resolved from `base` (a file or folder of the
 * project; by default this module's own, as the packages are the generator's dependencies).
 */
export function glyphCoverage(options: { base?: string; families?: readonly CardFontFamily[] } = {}): GlyphCoverage {
	const base = options.base ?? import.meta.url;
	const families = options.families ?? CARD_FONT_FAMILIES;
	const key = JSON.stringify([base, families]);
	let coverage = coverages.get(key);
	if (!coverage) coverages.set(key, (coverage = makeCoverage(createRequire(base.startsWith('file:') ? base : join(base, 'package.json')), families)));
	return coverage;
}

function makeCoverage(require: NodeJS.Require, families: readonly CardFontFamily[]): GlyphCoverage {
	const folder = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));
	const subsets: Subset[] = families.flatMap(({ package: pkg, family }) => {
		const root = folder(pkg);
		const id = pkg.split('/').pop()!;
		const ranges = JSON.parse(readFileSync(join(root, 'unicode.json'), 'utf8')) as Record<string, string>;
		// Numbered subsets (`[12]`, the slices of CJK fonts) are files without brackets (`-12-`).
		return Object.entries(ranges).map(([subset, range]) => {
			const file = (weight: CardWeight) => join(root, 'files', `${id}-${subset.replace(/^\[(\d+)\]$/, '$1')}-${weight}-normal.woff`);
			return { name: `${family} ${subset}`, ranges: parseUnicodeRange(range), files: { 400: file(400), 700: file(700) } };
		});
	}).map((subset, order) => ({ ...subset, order }));
	const emojiDir = folder('@twemoji/svg');
	const characters = (subset: Subset) => (subset.characters ??= new Set((create(readFileSync(subset.files[400])) as { characterSet: number[] }).characterSet));
	const drawnBy = new Map<number, Subset | undefined>();
	const subsetFor = (codePoint: number): Subset | undefined => {
		if (!drawnBy.has(codePoint)) {
			drawnBy.set(codePoint, subsets.find((subset) => subset.ranges.some(([from, to]) => codePoint >= from && codePoint <= to) && characters(subset).has(codePoint)));
		}
		return drawnBy.get(codePoint);
	};

	/** How one grapheme is drawn: with fonts, as a picture, or not at all (its characters' offsets in it). */
	type Drawing = { subsets: Subset[]; picture?: string; missing: Array<{ character: string; offset: number }> };
	const drawings = new Map<string, Drawing>();
	const drawing = (segment: string): Drawing => {
		const picture = () => emojiFile(emojiDir, segment);
		if (EMOJI.test(segment)) {
			const file = picture();
			return file ? { subsets: [], picture: file, missing: [] } : { subsets: [], missing: [{ character: segment, offset: 0 }] };
		}
		const chars: Array<{ character: string; offset: number; subset: Subset | undefined }> = [];
		let offset = 0;
		for (const character of segment) {
			if (!INVISIBLE.test(character)) chars.push({ character, offset, subset: subsetFor(character.codePointAt(0)!) });
			offset += character.length;
		}
		const subsets = chars.flatMap(({ subset }) => (subset ? [subset] : []));
		if (subsets.length === chars.length) return { subsets, missing: [] };
		// A symbol no font has, such as ❤ written without its emoji selector, may still have a picture.
		const file = picture();
		return file ? { subsets: [], picture: file, missing: [] } : { subsets, missing: chars.filter(({ subset }) => !subset) };
	};

	return {
		glyphs(text) {
			const used = new Set<Subset>();
			const emoji = new Map<string, string>();
			const missing: MissingGlyph[] = [];
			for (const { segment, index } of graphemes.segment(text)) {
				let known = drawings.get(segment);
				if (!known) drawings.set(segment, (known = drawing(segment)));
				for (const subset of known.subsets) used.add(subset);
				if (known.picture) emoji.set(segment, known.picture);
				for (const { character, offset } of known.missing) missing.push({ character, index: index + offset });
			}
			const fonts = [...used]
				.sort((a, b) => a.order - b.order)
				.flatMap((subset) => CARD_WEIGHTS.map((weight) => ({ name: subset.name, weight, file: subset.files[weight] })));
			return { fonts, emoji: [...emoji].map(([grapheme, file]) => ({ grapheme, file })), missing };
		},
	};
}
