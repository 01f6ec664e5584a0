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

	// Every kind but the petition, which the fixture hub (tests/fixtures/hub) covers.
	it('covers the kinds of call to action, with an upcoming event, a past event and an open deadline', () => {
		const kinds = new Set(
			allPages(site)
				.filter((path) => /^\/actions\/[^/]+\/$/.test(path))
				.map((path) => text(page(site, path), 'article header .eyebrow')),
		);
		expect([...kinds].sort()).toEqual(['Donation', 'Event', 'Learn more', 'Pledge', 'Registration', 'Sign-up', 'Tickets', 'Volunteering', 'Website']);
		expect(text(page(site, '/actions/winter-meetup/'), '.act-panel')).toContain('Saturday, January 16, 2027');
		expect(page(site, '/actions/winter-meetup/')('[data-call-to-action]').length).toBe(1);
		const closed = page(site, '/actions/fall-trade-show-bus/');
		expect(text(closed, '.closed-banner')).toMatch(/^This event is over\s*It took place on Saturday, October 3, 2026 at 9:00\sPM Central Daylight Time\./);
		expect(closed('[data-call-to-action]').length).toBe(0);
		// A past event is not passed on: no share bar, since no story tells what happened yet.
		expect(closed('[data-share-bar]').length).toBe(0);
		expect(page(site, '/actions/fair-lease-pledge/')('[data-call-to-action]').attr('href')).toBe('https://petition.example.org/fair-leases-main-street?source=hub');
	});

	it('opens the home page with the community story and the four catalysts as doors, then the featured action, actions, stories, people, resources', () => {
		const $ = page(site, '/');
		expect(text($, '.hero h1')).toBe('Neighborhood Hardware Guild');
		expect(text($, '.hero')).toContain('Since 2019 we have bought together');
		const doors = $('.hero .doors .door a');
		expect(doors.map((_, a) => $(a).attr('href')).get()).toEqual(['/catalysts/expertise/', '/catalysts/passions/', '/catalysts/beliefs/', '/catalysts/situations/']);
		const headings = $('main h2')
			.map((_, h) => $(h).text().trim())
			.get();
		expect(headings).toEqual(['Why we gather', 'Act now', 'More you can do', 'Latest stories', 'Our people', 'Shared resources', 'Follow us']);
		// The featured action comes first, with its picture and its button; nothing closed is offered.
		const feature = $('.feature');
		expect(feature.find('h3 a').attr('href')).toBe('/actions/fair-lease-pledge/');
		expect(feature.find('img').length).toBe(1);
		expect(feature.find('a.button').attr('href')).toMatch(/^https:\/\/petition\.example\.org\//);
		expect($('#more-actions').parent().find('.badge.closed').length).toBe(0);
		expect($('.faces li').length).toBe(5);
	});

	it('shows pictures on the home page and in every list, and a placeholder on every card without one', () => {
		for (const path of ['/', '/actions/', '/stories/', '/members/', '/resources/', '/topics/', '/topics/leases-and-rent/', '/catalysts/beliefs/']) {
			const $ = page(site, path);
			const cards = $('.card');
			expect(cards.length, path).toBeGreaterThan(0);
			expect($('main img').length, `${path} has pictures`).toBeGreaterThan(0);
			cards.each((_, card) => expect($(card).find('img, .placeholder').length, `${path}: ${$(card).find('.card-title').text().trim()}`).toBe(1));
			// Responsive: each picture offers several widths for the screen to choose from.
			$('.card img').each((_, img) => expect($(img).attr('srcset')?.split(',').length, path).toBeGreaterThan(1));
		}
	});

	it('lists who to ask about what on the member directory, each expertise once with who knows it', () => {
		const $ = page(site, '/members/');
		const topics = $('.ask-index dt').map((_, dt) => $(dt).text().trim()).get();
		expect(topics).toContain('Key cutting and rekeying');
		expect(new Set(topics.map((topic) => topic.toLowerCase())).size).toBe(topics.length);
		expect([...topics].sort((a, b) => a.localeCompare(b, 'en-US'))).toEqual(topics);
		const who = $('.ask-index dt').filter((_, dt) => $(dt).text().trim() === 'Key cutting and rekeying').next('dd');
		expect(who.find('a').attr('href')).toBe('/members/june-lindqvist/');
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
			// A picture says what it shows, unless the entry's name is right beside it (cards, faces, hosts).
			$('img').each((_, img) => {
				const alt = $(img).attr('alt');
				expect(alt, `${path} img`).toBeDefined();
				if (!alt) expect($(img).closest('.card, .feature, .faces, .person-link, .embed-card').length, `${path} img without alt outside a card`).toBe(1);
			});
			$('.cover, .person-head img').each((_, img) => expect($(img).attr('alt')?.trim().length, `${path} picture`).toBeGreaterThan(0));
			// The only client JavaScript: the share bar's enhancement, the visitor's own time and the embedding site on an
			// action's card, on the pages that have them.
			const scripts = $('script:not([type="application/ld+json"])');
			expect(scripts.length, `${path} scripts`).toBe(($('[data-share-bar]').length ? 1 : 0) + ($('[data-your-time]').length ? 1 : 0) + ($('[data-embedder]').length ? 1 : 0) + ($('[data-search]').length ? 1 : 0));
			scripts.each((_, script) => expect($(script).attr('type'), path).toBe('module'));
		}
	});
});
