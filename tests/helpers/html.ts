/** Reads built pages with a real HTML parser (cheerio, on parse5). */
import * as cheerio from 'cheerio';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILDS } from './build-site.ts';

export function distOf(site: { name: string }): string {
	return join(BUILDS, site.name, 'dist');
}

/** The file a URL path is served from: `/actions/x/` is `actions/x/index.html`. */
export function fileFor(site: { name: string }, path: string): string {
	const clean = path.replace(/^\//, '');
	return join(distOf(site), clean.endsWith('/') || clean === '' ? `${clean}index.html` : clean);
}

export function pageExists(site: { name: string }, path: string): boolean {
	return existsSync(fileFor(site, path));
}

export function page(site: { name: string }, path: string): cheerio.CheerioAPI {
	return cheerio.load(readFileSync(fileFor(site, path), 'utf8'));
}

/** Every built HTML file, as URL paths. */
export function allPages(site: { name: string }): string[] {
	const dist = distOf(site);
	return (readdirSync(dist, { recursive: true }) as string[])
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${file.replace(/index\.html$/, '').split('\\').join('/')}`)
		.sort();
}

/** Every page a person reads: all but the short links' redirect stubs. */
export function contentPages(site: { name: string }): string[] {
	return allPages(site).filter((path) => !path.startsWith('/go/'));
}

/**
 * An action's card for other sites' frames (`/embed/actions/<slug>/`): a page, but not one to share,
 * find in search or read feeds from, so it has no preview metadata, canonical address or feed links.
 */
export const isEmbed = (path: string): boolean => path.startsWith('/embed/');

/** Every internal link (href starting with `/`) on every page. */
export function allInternalLinks(site: { name: string }): Array<{ from: string; href: string }> {
	return allPages(site).flatMap((from) => {
		const $ = page(site, from);
		return $('a[href^="/"]')
			.map((_, a) => ({ from, href: $(a).attr('href')! }))
			.get();
	});
}

/** Normalised visible text of a selection. */
export function text($: cheerio.CheerioAPI, selector: string): string {
	return $(selector).text().replace(/\s+/g, ' ').trim();
}
