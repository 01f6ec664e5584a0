/**
 * What visitors and crawlers follow, read with real parsers: the RSS feeds (@rowanmanning/feed-parser),
 * the sitemap (htmlparser2 in XML mode) and robots.txt, on the fixture hub (drafts, scheduled entries,
 * closed actions, a hostile story), under a base path, on the example hub, and on the generated hub of
 * 1,000 entries (what each must carry taken from the generator's manifest).
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { parseDocument, DomUtils } from 'htmlparser2';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPublic, type Collection, type ManifestEntry } from '../../scripts/generate-hub.ts';
import { allPages, distOf, fileFor, isEmbed, page, pageExists } from '../helpers/html.ts';
import { generatedManifest, SITES } from '../helpers/sites.ts';

type Site = { name: string };
const FEEDS = { all: '/feed.xml', stories: '/stories/feed.xml', actions: '/actions/feed.xml', resources: '/resources/feed.xml' } as const;

const feed = (site: Site, path: string) => parseFeed(readFileSync(fileFor(site, path), 'utf8'));
/** The paths (on the hub, without the origin and base path) of a feed's items. */
const itemPaths = (site: Site, path: string, origin: string) =>
	feed(site, path).items.map((item) => {
		expect(item.url, `${path}: ${item.title}`).toMatch(new RegExp(`^${origin}/`));
		return item.url!.slice(origin.length);
	});

/** The addresses the sitemap lists, read through its index. */
function sitemapUrls(site: Site, origin: string): string[] {
	const locs = (path: string) => DomUtils.getElementsByTagName('loc', parseDocument(readFileSync(fileFor(site, path), 'utf8'), { xmlMode: true })).map((loc) => DomUtils.textContent(loc).trim());
	return locs('/sitemap-index.xml').flatMap((sitemap) => {
		expect(sitemap).toMatch(new RegExp(`^${origin}/sitemap-\\d+\\.xml$`));
		return locs(sitemap.slice(origin.length));
	});
}

const entryPagesIn = (site: Site, collection: string) => allPages(site).filter((path) => new RegExp(`^/${collection}/[^/]+/$`).test(path));
const closed = (site: Site, path: string) => page(site, path)('.closed-banner').length > 0;

/** The generated hub, as its generator's manifest says: what each feed must carry, and what no feed may. */
function generatedFeeds() {
	const { site, entries } = generatedManifest();
	const slugsOf = (collection: Collection) => entries.filter((entry) => entry.collection === collection && entry.status === 'published').map((entry) => entry.slug);
	const hidden = entries.filter((entry) => entry.collection !== 'members' && entry.status !== 'published').map((entry) => `/${entry.collection}/${entry.slug}/`);
	return { site: SITES.generated, origin: site.url, name: site.name, tagline: site.tagline, stories: slugsOf('stories'), actions: slugsOf('actions'), resources: slugsOf('resources'), hidden };
}

const fixture = { origin: 'https://fixture.example.org', name: 'Fixture Tenants Union', tagline: 'A small hub that exercises every rule', hidden: [] };

describe.each([
	{ ...fixture, site: SITES.hubJune1, stories: ['hostile-story', 'mdx-story', 'published-story'], actions: ['open-petition', 'upcoming-event'], resources: ['guide', 'template-file'] },
	{ ...fixture, site: SITES.hubJune16, stories: ['hostile-story', 'mdx-story', 'published-story'], actions: ['scheduled-action', 'scheduled-event', 'upcoming-event'], resources: ['guide', 'template-file'] },
	generatedFeeds(),
])('the feeds of $site.name', ({ site, origin, name, tagline, hidden, ...expected }) => {
	it('carry every published story, open action and resource in their own feed and in the feed of everything, and nothing else', () => {
		const all = itemPaths(site, FEEDS.all, origin);
		for (const collection of ['stories', 'actions', 'resources'] as const) {
			const paths = expected[collection].map((slug) => `/${collection}/${slug}/`).sort();
			expect(itemPaths(site, FEEDS[collection], origin).sort()).toEqual(paths);
			for (const path of paths) expect(all).toContain(path);
		}
		expect(all).toHaveLength(expected.stories.length + expected.actions.length + expected.resources.length);
		for (const path of all) {
			expect(path).not.toMatch(/draft|scheduled-story|closed-petition|past-event/);
			expect(pageExists(site, path), path).toBe(true);
		}
		expect(all.filter((path) => hidden.includes(path))).toEqual([]);
	});

	it('name the site, the collection, and its tagline', () => {
		expect(feed(site, FEEDS.all).title).toBe(name);
		expect(feed(site, FEEDS.actions).title).toBe(`Act · ${name}`);
		expect(feed(site, FEEDS.stories).description).toBe(tagline);
	});
});

describe('the items of a feed', () => {
	const site = SITES.hubJune1;
	const story = (slug: string) => feed(site, FEEDS.stories).items.find((item) => item.url === `https://fixture.example.org/stories/${slug}/`)!;

	it('carry a story\'s full text, sanitized as its page is, with absolute links, and its summary and date', () => {
		const hostile = story('hostile-story');
		expect(hostile.description).toContain('a summary that tries');
		expect(hostile.published?.toISOString()).toBe('2026-01-12T05:00:00.000Z');
		expect(hostile.content).toContain('Safe HTML stays.');
		expect(hostile.content).toContain('href="https://fixture.example.org/stories/published-story/"');
		// Parsed as HTML, the text holds no script, handler, hostile link or frame.
		const body = parseDocument(hostile.content!);
		expect(DomUtils.getElementsByTagName('script', body)).toEqual([]);
		expect(DomUtils.getElementsByTagName('iframe', body)).toEqual([]);
		expect(DomUtils.findAll((element) => Object.keys(element.attribs).some((name) => name.startsWith('on')), body.children)).toEqual([]);
		expect(hostile.content).not.toMatch(/javascript:/);
		expect(story('published-story').content).toContain('The body of the published story.');
	});

	it('carry only the summary of an MDX story, whose body renders only in a page', () => {
		expect(story('mdx-story').description).toBe('MDX files are entries too.');
		expect(story('mdx-story').content ?? '').not.toContain('component-free');
	});

	it('carry a topic as a category', () => {
		expect(story('published-story').categories.map((category) => category.term)).toEqual(['Housing']);
	});
});

describe('the feeds of a hub under a base path', () => {
	it('link to its pages, and to its own address from the full text, with the base path once', () => {
		const site = SITES.hubSubpath;
		const origin = 'https://example.github.io/tenants';
		const all = itemPaths(site, FEEDS.all, origin);
		expect(all).toContain('/stories/hostile-story/');
		for (const path of all) expect(pageExists(site, path), path).toBe(true);
		const hostile = feed(site, FEEDS.stories).items.find((item) => item.url === `${origin}/stories/hostile-story/`)!;
		expect(hostile.content).toContain(`href="${origin}/stories/published-story/"`);
		expect(page(site, '/')('link[rel="alternate"][type="application/rss+xml"]').first().attr('href')).toBe(`${origin}/feed.xml`);
	});
});

describe('the feeds of the example hub', () => {
	const site = SITES.example;
	const origin = 'https://guild.example.org';

	it('carry every story and resource page, and every action page that is still open', () => {
		for (const collection of ['stories', 'resources', 'actions'] as const) {
			const pages = entryPagesIn(site, collection).filter((path) => collection !== 'actions' || !closed(site, path));
			expect(pages.length, collection).toBeGreaterThan(0);
			expect(itemPaths(site, FEEDS[collection], origin).sort(), collection).toEqual(pages);
			expect(itemPaths(site, FEEDS.all, origin), collection).toEqual(expect.arrayContaining(pages));
		}
		expect(entryPagesIn(site, 'actions').some((path) => closed(site, path))).toBe(true);
	});

	it('show each entry\'s picture, optimized, at an absolute address the build published', () => {
		const items = feed(site, FEEDS.all).items;
		const pictured = items.filter((item) => item.mediaImages.length > 0);
		expect(pictured.length).toBeGreaterThan(5);
		for (const item of pictured) {
			const [image] = item.mediaImages;
			expect(image!.url, item.title!).toMatch(new RegExp(`^${origin}/_astro/.+\\.jpe?g$`));
			expect(existsSync(fileFor(site, new URL(image!.url!).pathname)), image!.url!).toBe(true);
		}
	});

	it('are advertised in the head of every page', () => {
		for (const path of allPages(site).filter((path) => !path.startsWith('/go/') && !isEmbed(path))) {
			const links = page(site, path)('link[rel="alternate"][type="application/rss+xml"]');
			expect(links.map((_, link) => page(site, path)(link).attr('href')).get(), path).toEqual(Object.values(FEEDS).map((feed) => `${origin}${feed}`));
			expect(links.first().attr('title'), path).toBe('Neighborhood Hardware Guild');
		}
	});
});

describe.each([
	{ site: SITES.hubJune1, origin: 'https://fixture.example.org' },
	{ site: SITES.hubSubpath, origin: 'https://example.github.io/tenants' },
	{ site: SITES.example, origin: 'https://guild.example.org' },
	{ site: SITES.generated, origin: generatedManifest().site.url },
])('what crawlers find on $site.name', ({ site, origin }) => {
	it('a sitemap of every public page, at absolute addresses, with no short link, flyer, embed, 404 or draft', () => {
		const listed = sitemapUrls(site, origin).map((url) => {
			expect(url.startsWith(`${origin}/`), url).toBe(true);
			return url.slice(origin.length);
		});
		const pages = allPages(site).filter((path) => path.endsWith('/') && !path.startsWith('/go/') && !path.endsWith('/flyer/') && !isEmbed(path));
		expect([...listed].sort()).toEqual(pages);
		expect(listed.filter((path) => /\/go\/|\/flyer\/|\/embed\/|404|draft/.test(path))).toEqual([]);
		expect(listed).toContain('/');
	});

	it('robots.txt, which lets them read everything and names the sitemap\'s absolute address', () => {
		const robots = readFileSync(`${distOf(site)}/robots.txt`, 'utf8');
		expect(robots).toMatch(/^User-agent: \*$/m);
		expect(robots).toMatch(/^Allow: \/$/m);
		expect(robots).toMatch(new RegExp(`^Sitemap: ${origin}/sitemap-index\\.xml$`, 'm'));
	});
});

describe('the sitemap of the generated hub', () => {
	it('lists the page of every entry it publishes, closed actions included, and of no draft, scheduled entry or spotlight without consent', () => {
		const { site, entries } = generatedManifest();
		const listed = new Set(sitemapUrls(SITES.generated, site.url));
		const url = (entry: ManifestEntry) => `${site.url}/${entry.collection}/${entry.slug}/`;
		expect(entries.filter(isPublic).filter((entry) => !listed.has(url(entry))).map(url)).toEqual([]);
		const unpublished = entries.filter((entry) => !isPublic(entry));
		// Each kind of entry the feeds and the sitemap must leave out, or keep although closed, is there.
		expect(new Set(entries.map((entry) => entry.status))).toEqual(new Set(['published', 'closed', 'draft', 'scheduled', 'no-consent']));
		expect(unpublished.filter((entry) => listed.has(url(entry))).map(url)).toEqual([]);
	});
});
