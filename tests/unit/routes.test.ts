/** The routes module: every address the hub publishes, and the addresses a deploy serves them at. */
import { describe, expect, it } from 'vitest';
import { redirectsFile } from '../../src/hosting/redirects.ts';
import { inSitemap, robotsTxt, SITEMAP_ENTRY_LIMIT, sitemapFiles } from '../../src/routes/crawlers.ts';
import { buildOutputs, entryOutputs, routedEntry } from '../../src/routes/outputs.ts';
import { paths } from '../../src/routes/paths.ts';
import { urls } from '../../src/routes/urls.ts';

describe('the outputs of a build', () => {
	it('lists, for an event action, its page, card, flyer, QR code, short link, embed and calendar file', () => {
		expect(entryOutputs(routedEntry('actions', 'winter-meetup', { event: { start: '2027-01-16T10:00' } }))).toEqual([
			{ path: '/actions/winter-meetup/', kind: 'page' },
			{ path: '/cards/actions/winter-meetup.png', kind: 'file' },
			{ path: '/actions/winter-meetup/flyer/', kind: 'page' },
			{ path: '/actions/winter-meetup/qr.svg', kind: 'file' },
			{ path: '/go/winter-meetup/', kind: 'redirect' },
			{ path: '/embed/actions/winter-meetup/', kind: 'page' },
			{ path: '/actions/winter-meetup/event.ics', kind: 'file' },
		]);
	});

	it('draws no card for an entry with its own preview picture, and no calendar for an action that is not an event', () => {
		const story = entryOutputs(routedEntry('stories', 'a-year', { shareImage: { src: 'x.jpg', alt: 'x' } })).map((output) => output.path);
		expect(story).toEqual(['/stories/a-year/']);
		const petition = entryOutputs(routedEntry('actions', 'pledge', {})).map((output) => output.path);
		expect(petition).not.toContain('/actions/pledge/event.ics');
		expect(petition).toContain('/cards/actions/pledge.png');
	});

	it('lists the pages every hub has, each topic (with its calendar) and catalyst, the hub\'s calendar, and the files for static hosts', () => {
		const outputs = buildOutputs({ entries: [], topics: ['leases'], pageSize: 24 }).map((output) => output.path);
		expect(outputs).toEqual([
			'/',
			'/stories/',
			'/members/',
			'/resources/',
			'/actions/',
			'/topics/',
			'/topics/leases/',
			'/topics/leases/calendar.ics',
			'/catalysts/',
			'/catalysts/expertise/',
			'/catalysts/passions/',
			'/catalysts/beliefs/',
			'/catalysts/situations/',
			'/follow/',
			'/search/',
			'/feed.xml',
			'/stories/feed.xml',
			'/actions/feed.xml',
			'/resources/feed.xml',
			'/calendar.ics',
			'/robots.txt',
			'/members/names.json',
			'/sitemap-index.xml',
			'/sitemap-0.xml',
			'/cards/site.png',
			'/pagefind/pagefind.js',
			'/pagefind/pagefind-entry.json',
			'/404.html',
			'/_redirects',
			'/_headers',
		]);
		expect(new Set(outputs).size).toBe(outputs.length);
	});
	it('lists every numbered page of a long index, topic and catalyst, and only current entries on topic and catalyst pages', () => {
		const story = (slug: string, topics: string[] = []) => routedEntry('stories', slug, { topics, catalysts: ['passions'] });
		const closedAction = routedEntry('actions', 'old', { topics: ['leases'], catalysts: ['passions'] }, true);
		const entries = [story('a', ['leases']), story('b', ['leases']), story('c', ['leases']), story('d'), closedAction];
		const outputs = buildOutputs({ entries, topics: ['leases'], pageSize: 2 }).map((output) => output.path);
		expect(outputs.filter((path) => path.startsWith('/stories/') && !path.startsWith('/stories/feed') && !/^\/stories\/[a-d]\/$/.test(path))).toEqual(['/stories/', '/stories/page/2/']);
		expect(outputs).not.toContain('/stories/page/3/');
		// The closed action is on the actions index, but not on the topic's pages.
		expect(outputs).toContain('/actions/');
		expect(outputs).not.toContain('/actions/page/2/');
		expect(outputs.filter((path) => path.startsWith('/topics/leases/'))).toEqual(['/topics/leases/', '/topics/leases/page/2/', '/topics/leases/calendar.ics']);
		expect(outputs.filter((path) => path.startsWith('/catalysts/passions/'))).toEqual(['/catalysts/passions/', '/catalysts/passions/page/2/']);
		expect(outputs).toContain('/catalysts/beliefs/');
		expect(new Set(outputs).size).toBe(outputs.length);
	});
});

describe('what crawlers are told', () => {
	it('lists pages in the sitemap, but short links, flyers, embeds and files, with or without a base path', () => {
		for (const base of ['', '/tenants', 'https://example.github.io/tenants']) {
			expect(inSitemap(`${base}/`)).toBe(true);
			expect(inSitemap(`${base}${paths.entry('actions', 'go')}`)).toBe(true);
			expect(inSitemap(`${base}${paths.topic('go')}`)).toBe(true);
			expect(inSitemap(`${base}${paths.shortLink('pledge')}`)).toBe(false);
			expect(inSitemap(`${base}${paths.flyer('pledge')}`)).toBe(false);
			expect(inSitemap(`${base}${paths.embed('pledge')}`)).toBe(false);
			expect(inSitemap(`${base}${paths.feed('all')}`)).toBe(false);
			expect(inSitemap(`${base}${paths.card('stories', 'x')}`)).toBe(false);
		}
	});

	it('counts one sitemap file per so many pages, behind the index', () => {
		const pages = (count: number) => Array.from({ length: count }, (_, index) => ({ path: paths.entry('stories', `s${index}`), kind: 'page' as const }));
		expect(sitemapFiles(pages(3))).toEqual(['/sitemap-index.xml', '/sitemap-0.xml']);
		expect(sitemapFiles([...pages(SITEMAP_ENTRY_LIMIT + 1), { path: paths.flyer('x'), kind: 'page' }])).toEqual(['/sitemap-index.xml', '/sitemap-0.xml', '/sitemap-1.xml']);
		expect(sitemapFiles([...pages(SITEMAP_ENTRY_LIMIT), { path: paths.flyer('x'), kind: 'page' }, { path: paths.shortLink('x'), kind: 'redirect' }])).toHaveLength(2);
	});

	it('lets crawlers read everything and names the sitemap', () => {
		expect(robotsTxt('https://example.github.io/tenants/sitemap-index.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.github.io/tenants/sitemap-index.xml\n');
	});
});

describe('addresses on a deploy', () => {
	it('puts the base path in front of hub paths and leaves other addresses alone', () => {
		const hub = urls({ base: '/tenants/', siteUrl: 'https://example.github.io/tenants' });
		expect(hub.href(paths.entry('actions', 'x'))).toBe('/tenants/actions/x/');
		expect(hub.href('https://example.org/')).toBe('https://example.org/');
		expect(hub.absolute(paths.home())).toBe('https://example.github.io/tenants/');
		expect(hub.typed(paths.shortLink('x'))).toBe('example.github.io/tenants/go/x');
	});

	it('serves a hub at the root of its domain without a prefix', () => {
		const hub = urls({ base: '/', siteUrl: 'https://guild.example.org/' });
		expect(hub.href(paths.calendar('meetup'))).toBe('/actions/meetup/event.ics');
		expect(hub.absolute(paths.card('members', 'rosa'))).toBe('https://guild.example.org/cards/members/rosa.png');
	});
});

describe('short links', () => {
	it('become 301s in _redirects, with and without the final slash', () => {
		expect(redirectsFile(['pledge'], '/')).toBe('# Short links to actions, written by the build.\n/go/pledge /actions/pledge/ 301\n/go/pledge/ /actions/pledge/ 301\n');
		expect(redirectsFile([{ slug: 'fair-lease-pledge', short: 'leases' }], '/')).toBe(
			'# Short links to actions, written by the build.\n/go/fair-lease-pledge /actions/fair-lease-pledge/ 301\n/go/fair-lease-pledge/ /actions/fair-lease-pledge/ 301\n/go/leases /actions/fair-lease-pledge/ 301\n/go/leases/ /actions/fair-lease-pledge/ 301\n',
		);
		expect(redirectsFile(['pledge'], '/tenants/')).toContain('/tenants/go/pledge /tenants/actions/pledge/ 301\n/tenants/go/pledge/ /tenants/actions/pledge/ 301');
	});
});
