/**
 * What each type of page costs a member on a phone: its HTML, CSS and JavaScript, compressed as a
 * host sends them, measured on the built site. Also flags what blocks the first paint: scripts that
 * are neither deferred nor modules, and web fonts without a `font-display` that shows text at once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';

/** The budget of an action page, the page members land on from a shared link. */
export const ACTION_BUDGET = { total: 30 * 1024, js: 3 * 1024 };

export interface PageWeight {
	path: string;
	/** Compressed sizes in bytes (gzip, as most hosts send; brotli is smaller still). */
	html: number;
	css: number;
	js: number;
	total: number;
	brotliTotal: number;
	/** Scripts in the page that block rendering, and fonts that hide text while loading. */
	blocking: string[];
}

const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const br = (data: Buffer | string) => brotliCompressSync(data).length;

export function pageWeight(dist: string, path: string): PageWeight {
	const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
	const html = readFileSync(file);
	const $ = cheerio.load(html);
	const local = (url: string) => readFileSync(join(dist, decodeURIComponent(url.split(/[?#]/)[0]!)));
	const styles = $('link[rel="stylesheet"]').map((_, link) => local($(link).attr('href')!)).get() as Buffer[];
	const externalScripts = $('script[src]').map((_, script) => local($(script).attr('src')!)).get() as Buffer[];
	const inlineScripts = $('script:not([src]):not([type="application/ld+json"])').map((_, script) => $(script).text()).get() as string[];
	const scripts = [...externalScripts, ...inlineScripts.map((text) => Buffer.from(text))];
	const blocking: string[] = [];
	$('script[src]').each((_, script) => {
		const s = $(script);
		if (s.attr('type') !== 'module' && s.attr('defer') === undefined && s.attr('async') === undefined) blocking.push(`script ${s.attr('src')}`);
	});
	for (const css of styles) {
		for (const face of css.toString('utf8').match(/@font-face\s*{[^}]*}/g) ?? []) {
			if (!/font-display:\s*(swap|optional|fallback)/.test(face)) blocking.push(`font without font-display: ${face.slice(0, 60)}`);
		}
	}
	const css = styles.reduce((sum, data) => sum + gz(data), 0);
	const js = scripts.reduce((sum, data) => sum + gz(data), 0);
	const htmlSize = gz(html);
	return {
		path,
		html: htmlSize,
		css,
		js,
		total: htmlSize + css + js,
		brotliTotal: br(html) + styles.reduce((s, d) => s + br(d), 0) + scripts.reduce((s, d) => s + br(d), 0),
		blocking,
	};
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
