/** No broken links: every internal link, anchor, image and asset of the built site resolves. */
import { describe, expect, it } from 'vitest';
import { allPages, page, pageExists } from '../helpers/html.ts';
import { SITES } from '../helpers/sites.ts';

const site = SITES.example;
const ORIGIN = 'https://guild.example.org';

/** Every reference a page makes to the site: links, assets, images (srcset too) and preview images. */
function references(path: string): string[] {
	const $ = page(site, path);
	const found: string[] = [];
	$('a[href], link[href]').each((_, el) => void found.push($(el).attr('href')!));
	$('img[src], script[src], source[src]').each((_, el) => void found.push($(el).attr('src')!));
	$('img[srcset], source[srcset]').each((_, el) => void found.push(...$(el).attr('srcset')!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!)));
	$('meta[property="og:image"], meta[name="twitter:image"], meta[property="og:url"]').each((_, el) => void found.push($(el).attr('content')!));
	$('meta[http-equiv="refresh"]').each((_, el) => void found.push($(el).attr('content')!.replace(/^\d+;\s*url=/, '')));
	return found;
}

/** The site path a reference points at, or undefined when it leaves the site. */
function onSite(reference: string, from: string): string | undefined {
	if (reference.startsWith(ORIGIN)) {
		// An absolute link to the hub, as action cards on other sites make them, may carry a query.
		const url = new URL(reference);
		return url.pathname + url.hash;
	}
	if (/^[a-z][a-z0-9+.-]*:/i.test(reference) || reference.startsWith('//')) return undefined;
	return new URL(reference, `http://site${from}`).pathname + new URL(reference, `http://site${from}`).hash;
}

describe('the example hub', () => {
	const pages = allPages(site);

	it('has a page or file behind every link, image, script, stylesheet and preview image', () => {
		const broken: string[] = [];
		let checked = 0;
		for (const from of pages) {
			for (const reference of references(from)) {
				const target = onSite(reference, from);
				if (target === undefined) continue;
				checked++;
				const path = decodeURIComponent(target.split('#')[0]!);
				if (!pageExists(site, path)) broken.push(`${from} → ${reference}`);
			}
		}
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(1000);
	});

	it('has the element behind every #anchor', () => {
		const broken: string[] = [];
		for (const from of pages) {
			for (const reference of references(from)) {
				const target = onSite(reference, from);
				if (!target?.includes('#')) continue;
				const [path, id] = target.split('#') as [string, string];
				if (id && page(site, path || from)(`[id="${id}"]`).length === 0) broken.push(`${from} → ${reference}`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('marks every link that leaves the hub noopener noreferrer', () => {
		const unmarked: string[] = [];
		for (const from of pages) {
			const $ = page(site, from);
			$('a[href^="http"]').each((_, a) => {
				const rel = ($(a).attr('rel') ?? '').split(/\s+/);
				if (!rel.includes('noopener') || !rel.includes('noreferrer')) unmarked.push(`${from} → ${$(a).attr('href')}`);
			});
		}
		expect(unmarked).toEqual([]);
	});
});
