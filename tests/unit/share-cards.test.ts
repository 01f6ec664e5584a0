/**
 * Share cards, drawn for real (satori, sharp, the fonts and emoji pictures of npm packages) and read
 * back as pixels: every script draws its own glyphs, not empty boxes; a member's photo is on their
 * card; the cache redraws a card when anything it shows changes, and only then.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { contrast } from '../../src/lib/color.ts';
import { cardLayout, directionOf, type CardContent } from '../../src/share/card/card-layout.ts';
import { CARD_FONT_FAMILIES, glyphCoverage } from '../../src/share/card/glyph-coverage.ts';
import { CARD_BUDGET_BYTES, CARD_DESIGN, cardRenderer, type CardDesign } from '../../src/share/card/render-card.ts';
import { ROOT } from '../helpers/build-site.ts';

const card: CardContent = {
	eyebrow: 'Petition',
	title: 'Sign the pledge for fair commercial leases on Main Street',
	facts: [{ text: 'By Friday, December 18, 2026', icon: 'date' }],
	action: 'Sign the petition',
	community: 'Neighborhood Hardware Guild',
	words: { closed: 'Closed' },
};
const BACKGROUND = [0x10, 0x3b, 0x38];

const renderer = (design?: CardDesign) => cardRenderer({ root: ROOT, cacheDir: mkdtempSync(join(tmpdir(), 'cards-')), ...(design ? { design } : {}) });
const draw = async (content: CardContent, design?: CardDesign) => (await renderer(design).render(content)).png;

/** The card's pixels, RGB. */
async function pixels(png: Buffer) {
	const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
	const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
	return { data, at };
}

/** The columns of a band of rows that hold ink: any pixel away from the background. */
async function inkColumns(png: Buffer, rows: [number, number]): Promise<number[]> {
	const { at } = await pixels(png);
	const columns: number[] = [];
	for (let x = 0; x < 1200; x++) {
		for (let y = rows[0]; y < rows[1]; y++) {
			if (at(x, y).some((value, i) => Math.abs(value - BACKGROUND[i]!) > 40)) {
				columns.push(x);
				break;
			}
		}
	}
	return columns;
}

/** A photo file of one colour, as a member's `photo` would be. */
async function photo(dir: string, name: string, background: string) {
	const file = join(dir, name);
	writeFileSync(file, await sharp({ create: { width: 600, height: 600, channels: 3, background } }).jpeg().toBuffer());
	return file;
}

describe('share cards', () => {
	it('take the hub\'s accent colour, deepened until white reads on it', async () => {
		const { at } = await pixels(await draw({ ...card, accent: '#9b2c5a' }));
		const [r, g, b] = at(20, 20) as [number, number, number];
		// Still the organizer's raspberry: red leads, then blue; and dark enough for white text.
		expect(r).toBeGreaterThan(b);
		expect(b).toBeGreaterThan(g);
		const hex = `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
		expect(contrast(hex, '#ffffff')).toBeGreaterThanOrEqual(9.5);
		// Without an accent, the hub's own teal.
		expect((await pixels(await draw(card))).at(20, 20)).toEqual(BACKGROUND);
	});

	it('are 1200×630 PNGs within the 300 KB budget, even with long, accented or emoji titles', async () => {
		const cards = renderer();
		for (const title of [card.title, 'Ünïcödé, æøå and “quotes” — '.repeat(6), 'Fix it 🔧 together 👩🏽‍🔧', 'W'.repeat(120)]) {
			const { png } = await cards.render({ ...card, title });
			const meta = await sharp(png).metadata();
			expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
			expect(png.length).toBeLessThan(CARD_BUDGET_BYTES);
		}
		// The example's most detailed picture beside the text: past two thirds of the budget in full colour, so a palette.
		const pictured = await cards.render({ ...card, picture: { file: join(ROOT, 'content/images/fair-lease-pledge.jpg'), shape: 'side' } });
		expect(pictured.png.length).toBeLessThanOrEqual(CARD_DESIGN.fullColourUpTo);
		expect((await sharp(pictured.png).metadata()).isPalette).toBe(true);
	});

	it('stay within the budget with a photo of pure noise beside the text: a palette, smoothed, or left out', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'photos-'));
		const file = join(dir, 'noise.png');
		const noise = Buffer.from(Array.from({ length: 900 * 700 * 3 }, (_, i) => (i * 2654435761) >>> 24));
		writeFileSync(file, await sharp(noise, { raw: { width: 900, height: 700, channels: 3 } }).png().toBuffer());
		const noisy = { ...card, title: 'Ünïcödé, æøå and “quotes” — '.repeat(4), picture: { file, shape: 'side' as const } };
		// In full colour the noise alone weighs a megabyte: the card takes a palette instead, with the photo on it.
		const paletted = await draw(noisy);
		expect(paletted.length).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
		expect((await sharp(paletted).metadata()).isPalette).toBe(true);
		expect((await sharp(await draw(card)).metadata()).isPalette).toBe(false);
		const step = (at: (x: number, y: number) => number[]) => at(1000, 300).reduce((sum, value, i) => sum + Math.abs(value - at(1001, 300)[i]!), 0);
		expect(step((await pixels(paletted)).at)).toBeGreaterThan(40);
		// Where even a palette weighs too much, the photo is smoothed, or left out, rather than go over.
		const heavy = await draw(noisy, { ...CARD_DESIGN, png: { compressionLevel: 9 }, palette: { palette: true, compressionLevel: 0 } });
		expect(heavy.length).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
		expect(step((await pixels(heavy)).at)).toBeLessThan(12);
	});

	it('show the when, the where and the button of an action, and no button once it is closed', async () => {
		const open = { ...card, facts: [...card.facts, { text: 'Delgado Hardware & Paint', icon: 'place' as const }] };
		const text = (tree: unknown): string => JSON.stringify(tree);
		expect(text(cardLayout(open))).toContain('Sign the petition');
		expect(text(cardLayout(open))).toContain('Delgado Hardware & Paint');
		expect(text(cardLayout({ ...open, closed: true }))).not.toContain('Sign the petition');
		expect(text(cardLayout({ ...open, closed: true, words: { closed: 'Cerrado' } }))).toContain('Petition · Cerrado');
		// The button is drawn in the accent colour, bottom right.
		const { at } = await pixels(await draw(open));
		expect(at(1100, 523)).toEqual([0xf5, 0xc4, 0x51]);
		expect((await pixels(await draw({ ...open, closed: true }))).at(1100, 523)).toEqual(BACKGROUND);
	});
});

describe('the scripts of share cards', () => {
	/** Two titles of as many characters, all different: drawn, they differ; as empty boxes, they are the same. */
	const SCRIPTS = {
		Japanese: ['東京の集会', '大阪で会議'],
		Cyrillic: ['Встреча', 'Подпись'],
		Greek: ['Καλημέρα', 'Συνέλευσ'],
		Arabic: ['مرحبا', 'تعالو'],
		Hebrew: ['שלום', 'תודה'],
		Devanagari: ['नमस्ते', 'धन्यवा'],
		Thai: ['สวัสดี', 'ขอบคุณ'],
		Korean: ['안녕하세요', '감사합니다'],
		emoji: ['🔧🔧🔧', '🎉🎉🎉'],
	} satisfies Record<string, [string, string]>;
	/** Atkinson Hyperlegible only: the cards as they were, every other script an empty box. */
	const LATIN_ONLY: CardDesign = { ...CARD_DESIGN, fonts: CARD_FONT_FAMILIES.slice(0, 1) };

	it('draw every script the fonts cover as glyphs, where the Latin font alone draws empty boxes', async () => {
		const cards = renderer();
		const boxes = renderer(LATIN_ONLY);
		for (const [script, [a, b]] of Object.entries(SCRIPTS)) {
			const [drawnA, drawnB] = [(await cards.render({ ...card, title: a })).png, (await cards.render({ ...card, title: b })).png];
			expect(drawnA.equals(drawnB), `${script}: different characters draw differently`).toBe(false);
			expect(glyphCoverage().glyphs(a + b).missing, script).toEqual([]);
		}
		// The calibration: with the Latin font alone, the same titles are the same boxes.
		const [boxA, boxB] = await Promise.all(SCRIPTS.Japanese.map(async (title) => (await boxes.render({ ...card, title })).png));
		expect(boxA!.equals(boxB!)).toBe(true);
		expect(boxA!.equals((await cards.render({ ...card, title: SCRIPTS.Japanese[0] })).png)).toBe(false);
	});

	it('lay a right-to-left title out from the right', async () => {
		expect([directionOf('שלום עולם'), directionOf('«مرحبا» world'), directionOf('Hello مرحبا')]).toEqual(['rtl', 'rtl', 'ltr']);
		const rows: [number, number] = [125, 190];
		const hebrew = await inkColumns(await draw({ ...card, title: 'שלום עולם' }), rows);
		const latin = await inkColumns(await draw({ ...card, title: 'Hello world' }), rows);
		expect(Math.max(...hebrew)).toBeGreaterThan(1100);
		expect(Math.min(...hebrew)).toBeGreaterThan(600);
		expect(Math.min(...latin)).toBeLessThan(100);
	});

	it('read only the fonts a card\'s text needs: a Latin card is the same card without the other scripts\' fonts', async () => {
		expect(new Set(glyphCoverage().glyphs(`${card.eyebrow.toUpperCase()} ${card.title} ${card.facts[0]!.text} ${card.action} ${card.community}`).fonts.map((font) => font.name))).toEqual(new Set(['Atkinson Hyperlegible latin']));
		const cacheDir = mkdtempSync(join(tmpdir(), 'cards-'));
		await cardRenderer({ root: ROOT, cacheDir, design: LATIN_ONLY }).render(card);
		// Found in the cache of the Latin-only design: the other families changed nothing of it.
		expect((await cardRenderer({ root: ROOT, cacheDir }).render(card)).cached).toBe(true);
		// A Japanese title reads Noto Sans JP's slices of its characters, and only those.
		const fonts = glyphCoverage().glyphs('東京の集会').fonts.map((font) => font.name);
		expect(fonts.every((name) => name.startsWith('Noto Sans JP'))).toBe(true);
		expect(new Set(fonts).size).toBeLessThanOrEqual(5);
	});
});

describe('pictures on share cards', () => {
	it('put a member\'s photo on their card, in a circle', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'photos-'));
		const member: CardContent = { eyebrow: 'Community leader', title: 'Rosa Delgado', facts: [{ text: 'Owner' }], community: 'Guild', words: { closed: 'Closed' } };
		const { at } = await pixels(await draw({ ...member, picture: { file: await photo(dir, 'rosa.jpg', '#c02080'), shape: 'round' } }));
		// The photo's centre (80 px from the right edge, a 300 px circle), and its rounded-off corner.
		const [r, g, b] = at(970, 307);
		expect(Math.abs(r! - 0xc0) + Math.abs(g! - 0x20) + Math.abs(b! - 0x80)).toBeLessThan(30);
		expect(at(830, 165)).toEqual(BACKGROUND);
		expect((await pixels(await draw(member))).at(970, 307)).toEqual(BACKGROUND);
	});

	it('redraw a card when its photo changes, and not when the same photo moves', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'photos-'));
		const cacheDir = mkdtempSync(join(tmpdir(), 'cards-'));
		const file = await photo(dir, 'rosa.jpg', '#c02080');
		const member: CardContent = { eyebrow: 'Member spotlight', title: 'Rosa', facts: [], community: 'Guild', picture: { file, shape: 'round' }, words: { closed: 'Closed' } };
		const render = async (content: CardContent) => (await cardRenderer({ root: ROOT, cacheDir }).render(content)).cached;
		expect(await render(member)).toBe(false);
		expect(await render(member)).toBe(true);
		copyFileSync(file, join(dir, 'moved.jpg'));
		expect(await render({ ...member, picture: { file: join(dir, 'moved.jpg'), shape: 'round' } })).toBe(true);
		await photo(dir, 'rosa.jpg', '#20c080');
		expect(await render(member)).toBe(false);
		expect(readdirSync(cacheDir).filter((name) => name.endsWith('.png'))).toHaveLength(2);
	});
});

describe('the share card cache', () => {
	it('renders once per content: an unchanged card comes from the cache, a changed one is drawn again', async () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'cards-'));
		const first = await cardRenderer({ root: ROOT, cacheDir }).render(card);
		// A new renderer, as in the next build.
		const again = await cardRenderer({ root: ROOT, cacheDir }).render(card);
		const changed = await cardRenderer({ root: ROOT, cacheDir }).render({ ...card, facts: [{ text: 'By Saturday, December 19, 2026', icon: 'date' }] });
		expect([first.cached, again.cached, changed.cached]).toEqual([false, true, false]);
		expect(again.png.equals(first.png)).toBe(true);
		expect(readdirSync(cacheDir).filter((file) => file.endsWith('.png'))).toHaveLength(2);
	});

	it('draws again when anything of the design changes: the layout, the PNG settings or the fonts drawn with', async () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'cards-'));
		const drawn = async (design = CARD_DESIGN) => (await cardRenderer({ root: ROOT, cacheDir, design }).render(card)).cached;
		expect(await drawn()).toBe(false);
		expect(await drawn()).toBe(true);
		// A new color in the layout, as an edit of card-layout.ts would make.
		const recolored: CardDesign['layout'] = (content, assets) => JSON.parse(JSON.stringify(cardLayout(content, assets)).replace('#103b38', '#3b1038'));
		expect(await drawn({ ...CARD_DESIGN, layout: recolored })).toBe(false);
		expect(await drawn({ ...CARD_DESIGN, png: { ...CARD_DESIGN.png, quality: 80 } })).toBe(false);
		// Without Atkinson Hyperlegible, the Latin text is drawn with Noto Sans.
		expect(await drawn({ ...CARD_DESIGN, fonts: CARD_FONT_FAMILIES.slice(1) })).toBe(false);
		// And each of those is cached in turn.
		expect(await drawn({ ...CARD_DESIGN, layout: recolored })).toBe(true);
		expect(readdirSync(cacheDir).filter((file) => file.endsWith('.png'))).toHaveLength(4);
	});

	it('is never corrupted by renderers of several processes drawing the same cards into one cache at once', async () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'cards-'));
		const cards = Array.from({ length: 4 }, (_, i) => ({ ...card, title: `${card.title} (${i})` }));
		const script = `
			const { cardRenderer } = await import(${JSON.stringify(join(ROOT, 'src/share/card/render-card.ts'))});
			const renderer = cardRenderer({ root: ${JSON.stringify(ROOT)}, cacheDir: ${JSON.stringify(cacheDir)} });
			await Promise.all(${JSON.stringify(cards)}.map((card) => renderer.render(card)));`;
		// A slow disk: every file is written in two halves, 50 ms apart, so that the processes' writes overlap.
		const slowDisk = `
			import fs from 'node:fs';
			import { syncBuiltinESMExports } from 'node:module';
			fs.writeFileSync = (file, data) => {
				const fd = fs.openSync(file, 'w');
				fs.writeSync(fd, data, 0, data.length >> 1);
				Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
				fs.writeSync(fd, data, data.length >> 1);
				fs.closeSync(fd);
			};
			syncBuiltinESMExports();`;
		const runs = Array.from({ length: 3 }, () =>
			spawn(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(slowDisk)}`, '--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'pipe'] }),
		);
		const results = await Promise.all(runs.map(async (run) => {
			let stderr = '';
			run.stderr.on('data', (chunk) => (stderr += chunk));
			const [code] = await once(run, 'close');
			return { code, stderr };
		}));
		expect(results).toEqual(runs.map(() => ({ code: 0, stderr: '' })));
		const files = readdirSync(cacheDir);
		expect(files.filter((file) => !file.endsWith('.png'))).toEqual([]);
		expect(files).toHaveLength(cards.length);
		// Every card in the cache is whole: the very bytes a renderer of its own draws.
		const fresh = cardRenderer({ root: ROOT, cacheDir: mkdtempSync(join(tmpdir(), 'cards-')) });
		const drawn = await Promise.all(cards.map(async (c) => (await fresh.render(c)).png));
		expect(files.map((file) => readFileSync(join(cacheDir, file))).sort(Buffer.compare)).toEqual(drawn.sort(Buffer.compare));
	});
});
