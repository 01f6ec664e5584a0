/**
 * Renders a share card to PNG with satori (layout to SVG) and sharp (SVG to PNG), from a font shipped
 * in an npm package: no network. Cards are cached on disk by a hash of what they show, so an unchanged
 * entry never renders its card twice.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, cardLayout, type CardContent } from './card-layout.ts';

/** Bump when the design changes, so cached cards are drawn again. */
const DESIGN_VERSION = 1;
const FONT_PACKAGE = '@fontsource/atkinson-hyperlegible';
const FONT_FILES = [
	['latin-400-normal', 400],
	['latin-ext-400-normal', 400],
	['latin-700-normal', 700],
	['latin-ext-700-normal', 700],
] as const;

/** WhatsApp drops previews over about 300 KB; the cards stay well under it. */
export const CARD_BUDGET_BYTES = 300 * 1024;

export interface CardRenderer {
	render(card: CardContent): Promise<{ png: Buffer; cached: boolean }>;
}

export function cardRenderer(options: { root: string; cacheDir: string }): CardRenderer {
	const require = createRequire(join(options.root, 'package.json'));
	const fontVersion = (require(`${FONT_PACKAGE}/package.json`) as { version: string }).version;
	let fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }> | undefined;
	const loadFonts = () =>
		(fonts ??= FONT_FILES.map(([file, weight]) => ({
			name: 'Atkinson Hyperlegible',
			data: readFileSync(require.resolve(`${FONT_PACKAGE}/files/atkinson-hyperlegible-${file}.woff`)),
			weight,
			style: 'normal' as const,
		})));

	return {
		async render(card) {
			const key = createHash('sha256').update(JSON.stringify({ DESIGN_VERSION, fontVersion, card })).digest('hex').slice(0, 32);
			const file = join(options.cacheDir, `${key}.png`);
			if (existsSync(file)) return { png: readFileSync(file), cached: true };
			const svg = await satori(cardLayout(card) as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
			const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true, quality: 90 }).toBuffer();
			mkdirSync(options.cacheDir, { recursive: true });
			// Write then rename, so a build interrupted mid-write never leaves half a card in the cache.
			writeFileSync(`${file}.tmp`, png);
			renameSync(`${file}.tmp`, file);
			return { png, cached: false };
		},
	};
}
