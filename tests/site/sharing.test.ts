/** Built pages travel well: full previews with absolute URLs, cards, share links, calendars, QR codes, short links. */
import { existsSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/build-site.ts';
import { decodeQrSvg, parseIcs } from '../helpers/decode.ts';
import { allPages, contentPages, fileFor, isEmbed, page, pageExists } from '../helpers/html.ts';
import { SITES } from '../helpers/sites.ts';

const example = SITES.example;
const hub = SITES.hubJune1;
const ORIGIN = 'https://guild.example.org';

const meta = ($: ReturnType<typeof page>, key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');

/** Pages that are one entry, and so have their own card. */
const entryPages = (site: { name: string }) => allPages(site).filter((path) => /^\/(actions|stories|members|resources)\/[^/]+\/$/.test(path));

describe('link previews', () => {
	it('every page has a canonical URL and complete Open Graph and Twitter metadata, all absolute', () => {
		for (const path of contentPages(example).filter((path) => !isEmbed(path))) {
			const $ = page(example, path);
			const noindex = $('meta[name="robots"]').attr('content') === 'noindex';
			const canonical = $('link[rel="canonical"]').attr('href');
			if (!noindex) expect(canonical, path).toBe(`${ORIGIN}${path}`);
			for (const key of ['og:type', 'og:title', 'og:description', 'og:site_name', 'og:locale', 'og:image:type', 'og:image:alt', 'twitter:card', 'twitter:image:alt']) {
				expect(meta($, key)?.length, `${path} ${key}`).toBeGreaterThan(0);
			}
			expect(meta($, 'og:url'), path).toMatch(/^https:\/\/guild\.example\.org\//);
			if (canonical) expect(meta($, 'og:url'), path).toBe(canonical);
			expect(meta($, 'og:image'), path).toMatch(/^https:\/\/guild\.example\.org\/.+\.(png|jpg)$/);
			expect(meta($, 'twitter:image'), path).toBe(meta($, 'og:image'));
			expect([meta($, 'og:image:width'), meta($, 'og:image:height')], path).toEqual(['1200', '630']);
			expect(meta($, 'twitter:card'), path).toBe('summary_large_image');
			expect(meta($, 'og:locale'), path).toBe('en_US');
		}
	});

	it('every card image exists, is 1200×630 and at most 300 KB', async () => {
		const images = new Set(contentPages(example).filter((path) => !isEmbed(path)).map((path) => meta(page(example, path), 'og:image')!));
		expect(images.size).toBeGreaterThan(26);
		for (const image of images) {
			const file = fileFor(example, new URL(image).pathname);
			expect(existsSync(file), image).toBe(true);
			const info = await sharp(file).metadata();
			expect([info.width, info.height], image).toEqual([1200, 630]);
			expect(readFileSync(file).length, image).toBeLessThanOrEqual(300 * 1024);
		}
		// Each entry gets its own card.
		for (const path of entryPages(example)) {
			expect(meta(page(example, path), 'og:image'), path).toBe(`${ORIGIN}/cards${path.replace(/\/$/, '')}.png`);
		}
	});

	it('describes each page in JSON-LD: events with place and zone-correct times, articles, persons, the organization', () => {
		const ld = (path: string) => JSON.parse(page(example, path)('script[type="application/ld+json"]').text());
		expect(ld('/actions/winter-meetup/')).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Event',
			startDate: '2027-01-16T10:00:00-06:00',
			endDate: '2027-01-16T15:00:00-06:00',
			eventStatus: 'https://schema.org/EventScheduled',
			eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
			location: { '@type': 'Place', name: 'Delgado Hardware & Paint, upstairs meeting room' },
		});
		expect(ld('/actions/bookkeeping-evening/')).toMatchObject({ '@type': 'Event', eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode', location: { '@type': 'VirtualLocation' } });
		expect(ld('/stories/a-year-of-repair-cafes/')).toMatchObject({ '@type': 'Article', datePublished: '2026-06-20T00:00:00-05:00', author: [{ '@type': 'Person', name: 'June Lindqvist' }] });
		expect(ld('/members/rosa-delgado/')).toMatchObject({ '@type': 'Person', name: 'Rosa Delgado' });
		expect(ld('/')).toMatchObject({ '@type': 'Organization', name: 'Neighborhood Hardware Guild', url: `${ORIGIN}/` });
	});

	it('uses the author\'s own preview image instead of the card, cropped to 1200×630', async () => {
		const $ = page(hub, '/members/ada/');
		const image = meta($, 'og:image')!;
		expect(image).toMatch(/^https:\/\/fixture\.example\.org\/_astro\/.+\.jpe?g$/);
		expect([meta($, 'og:image:type'), meta($, 'og:image:alt')]).toEqual(['image/jpeg', 'Ada knocking on a door of building A.']);
		const info = await sharp(fileFor(hub, new URL(image).pathname)).metadata();
		expect([info.format, info.width, info.height]).toEqual(['jpeg', 1200, 630]);
		expect(pageExists(hub, '/cards/members/ada.png')).toBe(false);
	});

	it('credits the author\'s fediverse handle on the stories they wrote', () => {
		expect(meta(page(example, '/stories/a-year-of-repair-cafes/'), 'fediverse:creator')).toBe('@june@mastodon.example.social');
		expect(meta(page(example, '/stories/what-rosa-learned-about-leases/'), 'fediverse:creator')).toBeUndefined();
	});
});

describe('hostile content', () => {
	it('stays inert in the title, attributes, JSON-LD and share links', () => {
		const $ = page(hub, '/stories/hostile-story/');
		// Only the JSON-LD block and the share bar's module: nothing the content smuggled in.
		const scripts = $('script').map((_, s) => $(s).attr('type') ?? 'classic').get();
		expect(scripts.sort()).toEqual(['application/ld+json', 'module']);
		expect($('[onerror], [onclick], iframe, a[href^="javascript:"], style').length).toBe(0);
		expect($('h1').text()).toBe('Quotes " \' & </script><script>alert("title")</script>');
		expect(meta($, 'og:title')).toBe('Quotes " \' & </script><script>alert("title")</script>');
		expect(JSON.parse($('script[type="application/ld+json"]').text()).headline).toBe('Quotes " \' & </script><script>alert("title")</script>');
		const x = new URL($('a[data-network="x"]').attr('href')!);
		expect(x.searchParams.get('text')).toBe('Share </script><script>alert(\'share\')</script> & "go"');
	});
});

describe('share links on an action', () => {
	const $ = page(hub, '/actions/open-petition/');
	const link = (network: string) => new URL($(`a[data-network="${network}"]`).attr('href')!);

	it('offer every network as a plain link, plus copy link and native share', () => {
		const networks = $('a[data-network]').map((_, a) => $(a).attr('data-network')).get();
		expect(networks).toEqual(['facebook', 'linkedin', 'x', 'bluesky', 'mastodon', 'threads', 'whatsapp', 'telegram', 'reddit', 'email', 'sms']);
		$('a[data-network]').each((_, a) => expect($(a).attr('rel')).toBe('noopener noreferrer'));
		expect($('[data-link-field]').attr('value')).toBe('https://fixture.example.org/actions/open-petition/');
		expect($('button[data-native-share]').attr('hidden')).toBeDefined();
		expect($('button[data-copy-link]').attr('hidden')).toBeDefined();
	});

	it('carry the organizer\'s message, hashtags and campaign, with each network as the source', () => {
		expect(link('x').searchParams.get('text')).toBe('Boilers broken? Sign now');
		expect(link('x').searchParams.get('hashtags')).toBe('TenantsUnion');
		expect(link('x').searchParams.get('via')).toBe('fixtureunion');
		expect(link('facebook').searchParams.get('u')).toBe('https://fixture.example.org/actions/open-petition/?utm_source=facebook&utm_medium=social&utm_campaign=boilers-2026');
		expect(link('whatsapp').searchParams.get('text')).toContain('utm_source=whatsapp&utm_medium=social&utm_campaign=boilers-2026');
	});

	it('carry no campaign parameters where the organizer turned them off', () => {
		const other = page(hub, '/actions/upcoming-event/');
		expect(new URL(other('a[data-network="facebook"]').attr('href')!).searchParams.get('u')).toBe('https://fixture.example.org/actions/upcoming-event/');
	});

	it('pass the signup source to the external tool: "hub" without JavaScript, the visitor\'s source with it', () => {
		const cta = $('.act-panel a.button');
		expect(cta.attr('href')).toBe('https://petition.example.org/boilers?source=hub');
		expect(cta.attr('data-forward-source')).toBe('source');
	});
});

describe('acting offline and on the calendar', () => {
	it('writes a calendar file for each event, at the right instants, with an "add to Google Calendar" link', () => {
		const [event] = parseIcs(readFileSync(fileFor(hub, '/actions/upcoming-event/event.ics'), 'utf8'));
		expect(event).toMatchObject({ summary: 'West coast call', start: '2026-06-21T01:30:00.000Z', end: '2026-06-21T03:00:00.000Z', location: 'https://meet.example.org/call', uid: 'upcoming-event@fixture.example.org' });
		const $ = page(hub, '/actions/upcoming-event/');
		expect($('a[download="upcoming-event.ics"]').attr('href')).toBe('/actions/upcoming-event/event.ics');
		const google = new URL($('a[href^="https://calendar.google.com"]').attr('href')!);
		expect(google.searchParams.get('dates')).toBe('20260621T013000Z/20260621T030000Z');
		expect(google.searchParams.get('ctz')).toBe('America/Los_Angeles');
		expect(pageExists(hub, '/actions/open-petition/event.ics')).toBe(false);
		expect(page(hub, '/actions/past-event/')('a[href$="event.ics"]').length).toBe(0);
	});

	// The campaign is the action's own `share.campaign`; the event turns campaign parameters off.
	const CAMPAIGNS: Record<string, string | undefined> = { 'open-petition': 'boilers-2026', 'upcoming-event': undefined };

	it('makes a QR code of each action that decodes to its URL, attributed to the flyer, and a printable flyer with it and the short link', async () => {
		for (const slug of ['open-petition', 'upcoming-event']) {
			const svg = readFileSync(fileFor(hub, `/actions/${slug}/qr.svg`));
			const campaign = CAMPAIGNS[slug];
			expect(await decodeQrSvg(svg)).toBe(`https://fixture.example.org/actions/${slug}/${campaign ? `?utm_source=flyer&utm_medium=print&utm_campaign=${campaign}` : ''}`);
		}
		const flyer = page(hub, '/actions/open-petition/flyer/');
		expect(flyer('img.qr').attr('src')).toBe('/actions/open-petition/qr.svg');
		expect(flyer('.short-link').text()).toBe('fixture.example.org/go/open-petition');
		expect(flyer('h1').text()).toBe('Sign the repair petition');
	});

	it('redirects each short link to its action on any static host, and lists them for hosts that read _redirects', () => {
		const $ = page(hub, '/go/open-petition/');
		expect($('meta[http-equiv="refresh"]').attr('content')).toBe('0; url=/actions/open-petition/');
		const redirects = readFileSync(fileFor(hub, '/_redirects'), 'utf8');
		expect(redirects).toContain('/go/open-petition /actions/open-petition/ 301');
		expect(redirects).not.toContain('draft-action');
		expect(pageExists(hub, '/go/draft-action/')).toBe(false);
	});
});

describe('the site address', () => {
	it('can be overridden for a preview deploy', () => {
		const preview = SITES.hubPreview;
		expect(builtSite(preview.name).status).toBe(0);
		const $ = page(preview, '/actions/open-petition/');
		expect(meta($, 'og:url')).toBe('https://preview-7.fixture.example.org/actions/open-petition/');
		expect(meta($, 'og:image')).toBe('https://preview-7.fixture.example.org/cards/actions/open-petition.png');
	});

	it('can sit under a path, as on GitHub project pages: every link, asset and short link follows', () => {
		const sub = SITES.hubSubpath;
		expect(builtSite(sub.name).status).toBe(0);
		const links = contentPages(sub).flatMap((path) => {
			const $ = page(sub, path);
			return [...$('a[href^="/"], link[href^="/"], img[src^="/"]').map((_, el) => $(el).attr('href') ?? $(el).attr('src')).get()].map((href) => ({ path, href }));
		});
		expect(links.length).toBeGreaterThan(100);
		expect(links.filter(({ href }) => !href.startsWith('/tenants/'))).toEqual([]);
		expect(links.filter(({ href }) => !pageExists(sub, href.replace(/^\/tenants/, '').split('#')[0]!))).toEqual([]);
		// A link written in Markdown as /stories/published-story/ gets the prefix too.
		expect(page(sub, '/stories/hostile-story/')('a:contains("hub link")').attr('href')).toBe('/tenants/stories/published-story/');
		expect(page(sub, '/go/open-petition/')('meta[http-equiv="refresh"]').attr('content')).toBe('0; url=/tenants/actions/open-petition/');
		expect(readFileSync(fileFor(sub, '/_redirects'), 'utf8')).toContain('/tenants/go/open-petition /tenants/actions/open-petition/ 301');
		expect(meta(page(sub, '/actions/open-petition/'), 'og:url')).toBe('https://example.github.io/tenants/actions/open-petition/');
		// Every preview image, generated or the author's own, is a file of this build under the base path once.
		const images = contentPages(sub).filter((path) => !isEmbed(path)).map((path) => meta(page(sub, path), 'og:image')!);
		expect(images.filter((url) => !url.startsWith('https://example.github.io/tenants/') || url.includes('/tenants/tenants/'))).toEqual([]);
		expect(images.filter((url) => !pageExists(sub, decodeURIComponent(new URL(url).pathname.replace(/^\/tenants/, ''))))).toEqual([]);
		expect(meta(page(sub, '/members/ada/'), 'og:image')).toMatch(/^https:\/\/example\.github\.io\/tenants\/_astro\/.+\.jpe?g$/);
	});

	it('stops the build when it is unusable, rather than publish relative preview URLs', () => {
		const build = builtSite(SITES.badSiteUrl.name);
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('HUB_SITE_URL="preview-7.fixture.example.org" is not a usable site address');
	});
});
