/** Calendar files, QR codes, structured data and share cards, checked with real parsers. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardLayout, type CardContent } from '../../src/share/card/card-layout.ts';
import { CARD_DESIGN, cardRenderer, CARD_BUDGET_BYTES } from '../../src/share/card/render-card.ts';
import { googleCalendarUrl, icsFile } from '../../src/share/calendar.ts';
import { qrSvg } from '../../src/share/qr-code.ts';
import { serializeJsonLd } from '../../src/share/structured-data.ts';
import { oneLine, withLineBreaks } from '../../src/lib/control-characters.ts';
import { epochMs } from '../../src/lib/local-time.ts';
import { ROOT } from '../helpers/build-site.ts';
import { decodeQrSvg, parseIcs } from '../helpers/decode.ts';

const event = {
	uid: 'winter-meetup@guild.example.org',
	title: 'Winter meetup, Duluth; "all welcome"',
	description: 'Coffee & numbers.\nLunch included.',
	start: epochMs('2027-01-16T10:00', 'America/Chicago'),
	end: epochMs('2027-01-16T15:00', 'America/Chicago'),
	location: 'Delgado Hardware & Paint, 2101 West Superior Street, Duluth, MN 55806',
	url: 'https://guild.example.org/actions/winter-meetup/',
	stamp: epochMs('2026-11-01T00:00', 'America/Chicago'),
	organizer: 'Neighborhood Hardware Guild',
};

describe('calendar files', () => {
	it('parse with a real iCalendar parser to the right instants and text', () => {
		const [parsed, ...rest] = parseIcs(icsFile(event));
		expect(rest).toEqual([]);
		expect(parsed).toMatchObject({
			uid: event.uid,
			summary: event.title,
			location: event.location,
			start: '2027-01-16T16:00:00.000Z',
			end: '2027-01-16T21:00:00.000Z',
		});
		expect(parsed!.description).toBe(`${event.description}\n\n${event.url}`);
	});

	it('are the same in every build of the same content', () => {
		expect(icsFile(event)).toBe(icsFile({ ...event }));
	});

	// A bare CR or LF inside a value would end an .ics property early; RFC 5545 lines end with CRLF only.
	it('end every line with CRLF and nowhere else, and parse, whatever the text holds', () => {
		const hostile = fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.constantFrom('a\rb', 'a\nb', 'a\r\nb', '\r', 'x\u2028y\u0085z', 'half \ud800', 'DESCRIPTION:x\r\nEND:VEVENT', ';,\\'));
		fc.assert(
			fc.property(hostile, hostile, hostile, fc.option(hostile, { nil: undefined }), (title, description, organizer, location) => {
				const ics = icsFile({ ...event, title: `T${title}`, description, organizer, location });
				expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
				const [parsed, ...rest] = parseIcs(ics);
				expect(rest).toEqual([]);
				expect(parsed!.summary).toBe(oneLine(`T${title}`));
				expect(parsed!.description).toBe(withLineBreaks(`${description}\n\n${event.url}`, '\n'));
				const google = new URL(googleCalendarUrl({ ...event, title, description, location }, 'America/Chicago')).searchParams;
				expect(google.get('text')).not.toMatch(/[\r\n]/);
				expect(google.get('location') ?? '').not.toMatch(/[\r\n]/);
				expect(google.get('details')).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
			}),
			{ numRuns: 300 },
		);
	});

	it('come with a Google Calendar link in UTC and the event zone', () => {
		const url = new URL(googleCalendarUrl(event, 'America/Chicago'));
		expect(url.searchParams.get('dates')).toBe('20270116T160000Z/20270116T210000Z');
		expect(url.searchParams.get('ctz')).toBe('America/Chicago');
		expect(url.searchParams.get('text')).toBe(event.title);
	});
});

describe('QR codes', () => {
	it('decode back to the URL', async () => {
		const url = 'https://guild.example.org/actions/fair-lease-pledge/';
		expect(await decodeQrSvg(await qrSvg(url))).toBe(url);
	});
});

describe('JSON-LD', () => {
	it('cannot be broken out of by any content, and parses back to the same data', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.constantFrom('</script><script>alert(1)</script>', '<!--', '"\'&<>', '\u2028\u2029')), (title) => {
				const json = serializeJsonLd({ '@type': 'Article', headline: title });
				expect(json).not.toMatch(/<|>/);
				expect(JSON.parse(json)).toEqual({ '@type': 'Article', headline: title });
			}),
		);
	});
});

describe('share cards', () => {
	const card = { eyebrow: 'Petition', title: 'Sign the pledge for fair commercial leases on Main Street', detail: 'By Friday, December 18, 2026', community: 'Neighborhood Hardware Guild' };

	it('are 1200×630 PNGs within the 300 KB budget, even with long, accented or emoji titles', async () => {
		const renderer = cardRenderer({ root: ROOT, cacheDir: mkdtempSync(join(tmpdir(), 'cards-')) });
		for (const title of [card.title, 'Ünïcödé, æøå and “quotes” — '.repeat(6), 'Fix it 🔧 together 👩🏽‍🔧']) {
			const { png } = await renderer.render({ ...card, title });
			const meta = await sharp(png).metadata();
			expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
			expect(png.length).toBeLessThan(CARD_BUDGET_BYTES);
		}
	});

	it('render once per content: an unchanged card comes from the cache, a changed one is drawn again', async () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'cards-'));
		const first = await cardRenderer({ root: ROOT, cacheDir }).render(card);
		// A new renderer, as in the next build.
		const again = await cardRenderer({ root: ROOT, cacheDir }).render(card);
		const changed = await cardRenderer({ root: ROOT, cacheDir }).render({ ...card, detail: 'By Saturday, December 19, 2026' });
		expect([first.cached, again.cached, changed.cached]).toEqual([false, true, false]);
		expect(again.png.equals(first.png)).toBe(true);
		expect(readdirSync(cacheDir).filter((file) => file.endsWith('.png'))).toHaveLength(2);
	});

	it('are drawn again when anything of their design changes: the layout, the PNG settings or the fonts', async () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'cards-'));
		const draw = async (design = CARD_DESIGN) => (await cardRenderer({ root: ROOT, cacheDir, design }).render(card)).cached;
		expect(await draw()).toBe(false);
		expect(await draw()).toBe(true);
		// A new color in the layout, as an edit of card-layout.ts would make.
		const recolored = (content: CardContent): unknown => JSON.parse(JSON.stringify(cardLayout(content)).replace('#103b38', '#3b1038'));
		expect(await draw({ ...CARD_DESIGN, layout: recolored })).toBe(false);
		expect(await draw({ ...CARD_DESIGN, png: { ...CARD_DESIGN.png, quality: 80 } })).toBe(false);
		expect(await draw({ ...CARD_DESIGN, fonts: CARD_DESIGN.fonts.filter((font) => !font.name.includes('latin-ext')) })).toBe(false);
		// And each of those is cached in turn.
		expect(await draw({ ...CARD_DESIGN, layout: recolored })).toBe(true);
		expect(readdirSync(cacheDir).filter((file) => file.endsWith('.png'))).toHaveLength(4);
	});

	it('are never corrupted by renderers of several processes drawing the same cards into one cache at once', async () => {
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
