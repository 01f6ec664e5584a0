/**
 * What crawlers are told: which pages the sitemap lists (@astrojs/sitemap writes it, filtered here),
 * the sitemap files a build writes, and robots.txt.
 */
import type { Output } from './outputs.ts';
import { paths } from './paths.ts';

/** Addresses per sitemap file: @astrojs/sitemap's default, set explicitly so the outputs can be counted. */
export const SITEMAP_ENTRY_LIMIT = 45_000;

const SHORT_LINK = new RegExp(`${paths.shortLink('[^/]+')}$`);
const FLYER = new RegExp(`${paths.flyer('[^/]+')}$`);
const EMBED = new RegExp(`${paths.embed('[^/]+')}$`);

/**
 * Whether a page belongs in the sitemap, by its address (absolute, or a path with or without the base
 * path: the test is on how the path ends). Short links only redirect, a flyer repeats its action's
 * page for print, and an embed repeats it as a card for other sites' pages; files (feeds, cards, calendars) are not pages. The 404 page @astrojs/sitemap leaves out itself.
 */
export function inSitemap(address: string): boolean {
	const path = new URL(address, 'http://hub.invalid').pathname;
	return path.endsWith('/') && !SHORT_LINK.test(path) && !FLYER.test(path) && !EMBED.test(path);
}

/** The files of a sitemap listing these outputs' pages: the index, and one file per `SITEMAP_ENTRY_LIMIT` pages. */
export function sitemapFiles(outputs: readonly Output[]): string[] {
	const pages = outputs.filter((output) => output.kind === 'page' && inSitemap(output.path)).length;
	const files = Math.max(1, Math.ceil(pages / SITEMAP_ENTRY_LIMIT));
	return [paths.sitemap(), ...Array.from({ length: files }, (_, index) => paths.sitemap().replace(/-index\.xml$/, `-${index}.xml`))];
}

/** robots.txt: every crawler may read everything; the sitemap's absolute address tells them what there is. */
export const robotsTxt = (sitemapUrl: string): string => `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
