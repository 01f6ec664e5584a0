/** The example community, built as a newcomer builds it: every page type renders from it. */
import { describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/build-site.ts';
import { allPages, contentPages, page, pageExists, text } from '../helpers/html.ts';
import { PAGE_TYPES } from '../helpers/page-types.ts';
import { SITES } from '../helpers/sites.ts';

const site = SITES.example;

describe('the example hub', () => {
	it('builds without errors or warnings from the content check', () => {
		const build = builtSite(site.name);
		expect(build.status, build.output).toBe(0);
		expect(build.output).not.toMatch(/\b(error|warning)\s{2}/);
	});

	it('has a home page, an index and a page per entry for each collection, topic and catalyst pages, and a 404', () => {
		const expected = [...PAGE_TYPES.filter((path) => path !== '/no-such-page/'), '/404.html', '/catalysts/expertise/', '/catalysts/passions/', '/catalysts/situations/'];
		for (const path of expected) expect(pageExists(site, path), path).toBe(true);
		const pages = allPages(site);
		expect(pages.filter((path) => /^\/actions\/[^/]+\/$/.test(path)).length).toBeGreaterThanOrEqual(6);
		expect(pages.filter((path) => /^\/members\/[^/]+\/$/.test(path)).length).toBeGreaterThanOrEqual(5);
		expect(pages.filter((path) => /^\/stories\/[^/]+\/$/.test(path)).length).toBeGreaterThanOrEqual(4);
		expect(pages.filter((path) => /^\/resources\/[^/]+\/$/.test(path)).length).toBeGreaterThanOrEqual(6);
	});

	it('covers every kind of call to action, with an upcoming event, a past event and an open deadline', () => {
		const kinds = new Set(
			allPages(site)
				.filter((path) => /^\/actions\/[^/]+\/$/.test(path))
				.map((path) => text(page(site, path), 'article header .eyebrow')),
		);
		expect([...kinds].sort()).toEqual(['Donation', 'Event', 'Learn more', 'Petition', 'Registration', 'Sign-up', 'Tickets', 'Volunteering', 'Website']);
		expect(text(page(site, '/actions/winter-meetup/'), '.act-panel')).toContain('Saturday, January 16, 2027');
		expect(page(site, '/actions/winter-meetup/')('.act-panel a.button').length).toBe(1);
		expect(page(site, '/actions/fall-trade-show-bus/')('.act-panel.closed').length).toBe(1);
		expect(page(site, '/actions/fair-lease-pledge/')('.act-panel a.button').attr('href')).toBe('https://petition.example.org/fair-leases-main-street?source=hub');
	});

	it('opens the home page with the community story, open actions first, stories, spotlights, resources and the four catalysts', () => {
		const $ = page(site, '/');
		expect(text($, '.hero')).toContain('Neighborhood Hardware Guild');
		const headings = $('main h2')
			.map((_, h) => $(h).text().trim())
			.get();
		expect(headings).toEqual(['Act now', 'Stories', 'Member spotlights', 'Resources', 'Why follow us']);
		const actNow = $('#act-now').parent();
		expect(actNow.find('.badge.closed').length).toBe(0);
		expect(actNow.find('.card').first().find('a').attr('href')).toMatch(/^\/actions\//);
		expect($('.catalysts .card').length).toBe(4);
	});

	it('serves the resource file it links to', () => {
		const $ = page(site, '/resources/weekly-cash-flow-template/');
		const href = $('a[download]').attr('href')!;
		expect(href).toBe('/files/weekly-cash-flow-template.csv');
		expect(pageExists(site, href)).toBe(true);
	});

	it('renders images with alt text, and gives every page one h1, a lang and a description', () => {
		for (const path of contentPages(site)) {
			const $ = page(site, path);
			expect($('h1').length, path).toBe(1);
			expect($('html').attr('lang'), path).toBe('en-US');
			expect($('meta[name="description"]').attr('content')?.length, path).toBeGreaterThan(10);
			$('img').each((_, img) => expect($(img).attr('alt')?.trim().length, `${path} img`).toBeGreaterThan(0));
			// The only client JavaScript: the share bar's enhancement and the visitor's own time, on the pages that have them.
			const scripts = $('script:not([type="application/ld+json"])');
			expect(scripts.length, `${path} scripts`).toBe(($('[data-share-bar]').length ? 1 : 0) + ($('[data-your-time]').length ? 1 : 0));
			scripts.each((_, script) => expect($(script).attr('type'), path).toBe('module'));
		}
	});
});
