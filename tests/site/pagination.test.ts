/**
 * Long lists on numbered pages, on the fixture hub built with two cards a page and on the generated
 * hub of 1,000 entries (24 a page, what each list holds taken from the generator's manifest): from each list's
 * first page (at its own address), following `rel="next"` reaches every entry the list holds, no
 * page shows more than a page of cards, the head's prev/next links and the visible nav agree, and
 * the build publishes exactly the pages the routes module lists.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPublic } from '../../scripts/generate-hub.ts';
import { checkContent } from '../../src/check/check-content.ts';
import { buildOutputs, type RoutedEntry } from '../../src/routes/outputs.ts';
import { paths } from '../../src/routes/paths.ts';
import { CATALYSTS, COLLECTIONS } from '../../src/schemas/context.ts';
import { ROOT, type SiteBuild } from '../helpers/build-site.ts';
import { page, pageExists } from '../helpers/html.ts';
import { generatedManifest, SITES } from '../helpers/sites.ts';

const entryPath = (entry: RoutedEntry) => paths.entry(entry.collection, entry.slug);

/** The fixture hub with two cards a page, as the content check reads it. */
function fixtureHub(site: SiteBuild) {
	const checked = checkContent({ root: ROOT, contentDir: join(ROOT, site.contentDir), publicDir: join(ROOT, 'public'), now: new Date(site.now) });
	return { site, pageSize: checked.site!.pageSize, topics: Object.keys(checked.site!.topics), published: checked.published, long: ['/actions/', '/stories/', '/topics/housing/', '/catalysts/situations/'] };
}

/** The generated hub, as its generator's manifest says it is (every entry it publishes, which are closed). */
function generatedHub(site: SiteBuild) {
	const manifest = generatedManifest();
	const published = manifest.entries.filter(isPublic).map((entry): RoutedEntry => ({ collection: entry.collection, slug: entry.slug, ownShareImage: false, event: entry.event !== undefined, topics: entry.topics, catalysts: entry.catalysts, closed: entry.status === 'closed' }));
	return { site, pageSize: manifest.site.pageSize, topics: Object.keys(manifest.site.topics), published, long: [...COLLECTIONS.map((collection) => paths.collection(collection)), ...CATALYSTS.map((catalyst) => paths.catalyst(catalyst))] };
}

describe.each([{ hub: fixtureHub(SITES.hubPaged), pageSize: 2 }, { hub: generatedHub(SITES.generated), pageSize: 24 }])('the lists of $hub.site.name, $pageSize cards a page', ({ hub, pageSize }) => {
	const { site, published } = hub;
	const PAGE_SIZE = hub.pageSize;
	/** Every list of the hub: its first page, and the entries it holds. */
	const lists = [
		...COLLECTIONS.map((collection) => ({ first: paths.collection(collection), entries: published.filter((entry) => entry.collection === collection) })),
		// Topic and catalyst pages list what is current: closed actions only on the actions index.
		...hub.topics.map((topic) => ({ first: paths.topic(topic), entries: published.filter((entry) => !entry.closed && entry.topics.includes(topic)) })),
		...CATALYSTS.map((catalyst) => ({ first: paths.catalyst(catalyst), entries: published.filter((entry) => !entry.closed && entry.catalysts.includes(catalyst)) })),
	];

	/** The pages of a list, from its first, by the head's `rel="next"`. */
	function walk(first: string): Array<{ path: string; $: ReturnType<typeof page> }> {
		const pages: Array<{ path: string; $: ReturnType<typeof page> }> = [];
		for (let path: string | undefined = first; path !== undefined; ) {
			expect(pages.map((seen) => seen.path), `${path} is reached twice`).not.toContain(path);
			const $ = page(site, path);
			pages.push({ path, $ });
			path = $('head link[rel="next"]').attr('href');
		}
		return pages;
	}

	it('has lists long enough to run over several pages', () => {
		expect(PAGE_SIZE).toBe(pageSize);
		expect(lists.filter((list) => list.entries.length > PAGE_SIZE).map((list) => list.first)).toEqual(expect.arrayContaining(hub.long));
	});

	it.each(lists)('reaches every entry of $first from its first page, a page of cards at a time', ({ first, entries }) => {
		const pages = walk(first);
		expect(pages[0]!.path).toBe(first);
		expect(pages).toHaveLength(Math.max(1, Math.ceil(entries.length / PAGE_SIZE)));
		const cards = pages.map(({ $ }) => $('main .cards .card-title a').map((_, link) => $(link).attr('href')).get());
		for (const shown of cards) expect(shown.length).toBeLessThanOrEqual(PAGE_SIZE);
		expect(cards.flat().sort()).toEqual(entries.map(entryPath).sort());
	});

	it.each(lists)('links each page of $first to its neighbours, in the head and in a labelled nav', ({ first }) => {
		const pages = walk(first);
		pages.forEach(({ path, $ }, index) => {
			expect($('head link[rel="prev"]').attr('href'), path).toBe(pages[index - 1]?.path);
			expect($('head link[rel="next"]').attr('href'), path).toBe(pages[index + 1]?.path);
			const nav = $('main nav.pagination');
			if (pages.length === 1) {
				expect(nav).toHaveLength(0);
				return;
			}
			expect(nav.attr('aria-label'), path).toBe('Pages');
			expect(nav.find('a[aria-current="page"]').map((_, link) => $(link).attr('href')).get(), path).toEqual([path]);
			expect(nav.find('a[rel="prev"]').attr('href'), path).toBe(pages[index - 1]?.path);
			expect(nav.find('a[rel="next"]').attr('href'), path).toBe(pages[index + 1]?.path);
			if (index > 0) expect($('h1').text(), path).toContain(`, page ${index + 1}`);
		});
		expect(pageExists(site, paths.listPage(first, pages.length + 1))).toBe(false);
	});

	it('publishes exactly the pages the routes module lists for its page size', () => {
		const listed = buildOutputs({ entries: published, topics: hub.topics, pageSize: PAGE_SIZE })
			.filter((output) => output.kind === 'page')
			.map((output) => output.path);
		for (const { first } of lists) {
			const walked = walk(first).map(({ path }) => path);
			expect(listed.filter((path) => path === first || path.startsWith(`${first}page/`))).toEqual(walked);
		}
	});
});
