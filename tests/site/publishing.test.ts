/**
 * What a build publishes depends on its "now": drafts never, scheduled entries from their date,
 * spotlights only with consent, and actions close when their deadline or event has passed.
 */
import { describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/build-site.ts';
import { allInternalLinks, allPages, page, pageExists, text } from '../helpers/html.ts';
import { SITES } from '../helpers/sites.ts';

const june1 = SITES.hubJune1;
const june16 = SITES.hubJune16;
const hidden = ['/stories/draft-story/', '/stories/scheduled-story/', '/members/cy/', '/members/dee/', '/resources/draft-resource/', '/actions/draft-action/', '/actions/scheduled-action/'];

describe('a build as of June 1', () => {
	it('builds', () => {
		const build = builtSite(june1.name);
		expect(build.status, build.output).toBe(0);
	});

	it('has no page for drafts, scheduled entries or spotlights without consent', () => {
		for (const path of hidden) expect(pageExists(june1, path), path).toBe(false);
		expect(pageExists(june1, '/stories/published-story/')).toBe(true);
		expect(pageExists(june1, '/members/ada/')).toBe(true);
	});

	it('never links to them, nor names them anywhere', () => {
		const links = allInternalLinks(june1).map(({ href }) => href);
		for (const path of hidden) expect(links, path).not.toContain(path);
		for (const path of allPages(june1)) {
			const body = page(june1, path)('body').text();
			for (const words of ['The draft story', 'The scheduled story', 'Cy Unconsented', 'Dee Drafted', 'Draft resource', 'Draft action', 'Scheduled action']) {
				expect(body, `${path} mentions ${words}`).not.toContain(words);
			}
		}
	});

	it('renders references to published entries as links', () => {
		const $ = page(june1, '/stories/published-story/');
		expect($('a[href="/members/ada/"]').text()).toContain('Ada Organizer');
		expect($('a[href="/members/ben/"]').text()).toContain('Ben Writer');
		expect($('a[href="/actions/open-petition/"]').length).toBeGreaterThan(0);
		const member = page(june1, '/members/ada/');
		expect(member('a[href="/stories/published-story/"]').length).toBeGreaterThan(0);
		expect(member('a[href="/resources/guide/"]').length).toBeGreaterThan(0);
		expect(member('a[href="/actions/open-petition/"]').length).toBeGreaterThan(0);
	});

	it('builds MDX entries like Markdown ones', () => {
		const $ = page(june1, '/stories/mdx-story/');
		expect(text($, '.prose')).toContain('Written in 2026, with Markdown');
		expect($('.prose .note').text()).toBe('Plain JSX elements work.');
	});

	it('shows an open deadline as a date and time in the site time zone, with the call to action', () => {
		const $ = page(june1, '/actions/open-petition/');
		expect($('.act-panel time').attr('datetime')).toBe('2026-06-15T17:00:00-04:00');
		expect(text($, '.act-panel')).toContain('Monday, June 15, 2026 at 5:00 PM Eastern Daylight Time');
		expect($('.act-panel a.button').attr('href')).toBe('https://petition.example.org/boilers?source=hub');
		expect($('.act-panel a.button').text().trim()).toBe('Sign the petition');
	});

	it('shows an event in its own time zone, with the name of the zone', () => {
		const $ = page(june1, '/actions/upcoming-event/');
		expect($('.act-panel time').attr('datetime')).toBe('2026-06-20T18:30:00-07:00');
		expect(text($, '.act-panel')).toContain('Saturday, June 20, 2026, 6:30 – 8:00 PM Pacific Daylight Time');
		expect($('[data-call-to-action]').text().trim()).toBe('Save my seat');
	});

	it('shows passed deadlines and past events as closed, with no live call to action', () => {
		for (const path of ['/actions/closed-petition/', '/actions/past-event/']) {
			const $ = page(june1, path);
			// A banner at the top says so, the panel keeps the facts for the record, and there is no button.
			expect($('.closed-banner').length, path).toBe(1);
			expect($('[data-call-to-action]').length, path).toBe(0);
			expect($('a[href^="https://petition.example.org"], a[href^="https://events.example.org"]').length, path).toBe(0);
		}
		const index = page(june1, '/actions/');
		expect(text(index, 'main')).toMatch(/Open now.*Sign the repair petition.*Closed.*The May assembly/);
	});
});

describe('the same content built as of June 16', () => {
	it('closes the petition whose deadline passed and publishes the scheduled action', () => {
		expect(builtSite(june16.name).status).toBe(0);
		expect(text(page(june16, '/actions/open-petition/'), '.closed-banner')).toMatch(/^This action is closed\s*Its deadline passed on/);
		expect(page(june16, '/actions/open-petition/')('[data-call-to-action]').length).toBe(0);
		expect(pageExists(june16, '/actions/scheduled-action/')).toBe(true);
		expect(pageExists(june16, '/stories/scheduled-story/')).toBe(false);
	});
});
