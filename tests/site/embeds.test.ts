/** Action cards other sites embed: one per published action, open or closed, out of search and the sitemap, offered on the action's page. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/routes/paths.ts';
import { publishedActions } from '../helpers/example-actions.ts';
import { fileFor, page, pageExists, text } from '../helpers/html.ts';
import { SITES } from '../helpers/sites.ts';

const ORIGIN = 'https://guild.example.org';

describe.each([SITES.example, SITES.hubJune16])('the action cards of $name', (site) => {
	const actions = publishedActions(site);
	const origin = new URL(page(site, '/')('link[rel="canonical"]').attr('href')!).origin;
	const sitemap = readFileSync(fileFor(site, '/sitemap-0.xml'), 'utf8');

	it('include an open action and a closed one, so both kinds are tested', () => {
		expect(actions.filter((action) => action.open).length).toBeGreaterThan(0);
		expect(actions.filter((action) => !action.open).length).toBeGreaterThan(0);
	});

	it.each(actions)('$slug has a card, noindex, out of the sitemap, with the title and when', (action) => {
		const path = paths.embed(action.slug);
		expect(pageExists(site, path), path).toBe(true);
		const $ = page(site, path);
		expect($('meta[name="robots"]').attr('content')).toBe('noindex');
		expect($('link[rel="canonical"]')).toHaveLength(0);
		expect(sitemap).not.toContain(path);
		expect($('html').attr('lang')).toBeTruthy();
		// A card, not a page of the hub: no header, navigation or footer.
		expect($('header, nav, footer')).toHaveLength(0);
		expect(text($, 'h1')).toBe(action.data.title);
		expect($('a[href]').length).toBeGreaterThan(0);
		// Every link leaves the frame for the hub, in a new tab, attributed to the embed.
		$('a[href]').each((_, link) => {
			const href = new URL($(link).attr('href')!);
			expect(href.origin, path).toBe(origin);
			expect($(link).attr('target')).toBe('_blank');
			expect($(link).attr('rel')).toContain('noopener');
			// Unless the action turns campaign parameters off.
			const attributed = action.data.share?.campaign !== false;
			expect(href.searchParams.get('utm_source'), path).toBe(attributed ? 'embed' : null);
			expect(href.searchParams.get('utm_medium'), path).toBe(attributed ? 'embed' : null);
		});
		const button = $('a.button[data-call-to-action]');
		if (action.open) {
			expect(button, path).toHaveLength(1);
			const href = new URL(button.attr('href')!);
			expect(`${href.origin}${href.pathname}`).toBe(`${origin}${paths.entry('actions', action.slug)}`);
			if (action.data.share?.campaign !== false) expect(href.searchParams.get('utm_campaign')).toBe(action.data.share?.campaign ?? action.slug);
			// The call to action's own words, as on the action's page.
			expect(button.text().trim()).toBe(page(site, action.path)('.act-panel [data-call-to-action]').text().trim());
			expect($('.embed-closed')).toHaveLength(0);
		} else {
			expect(button, path).toHaveLength(0);
			expect(text($, '.embed-closed'), path).toMatch(/This (event is over|action is closed)/);
			expect($('.embed-closed a[href]'), path).toHaveLength(1);
		}
	});

	it.each(actions)('$slug: its page offers the code to embed it while it is open', (action) => {
		const $ = page(site, action.path);
		const code = $('textarea[data-embed-code]');
		if (!action.open) {
			expect(code, action.path).toHaveLength(0);
			return;
		}
		expect(code, action.path).toHaveLength(1);
		expect($('details.embed-snippet summary').text().trim()).toBe('Embed this action on your site');
		const iframe = code.text();
		const frame = /^<iframe src="([^"]+)" title="([^"]*)" width="100%" height="(\d+)" style="border:0" loading="lazy"><\/iframe>$/.exec(iframe);
		expect(frame, iframe).not.toBeNull();
		expect(frame![1]).toBe(`${origin}${paths.embed(action.slug)}`);
		expect(frame![2]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')).toBe(action.data.title);
	});
});

describe('the example hub\'s cards', () => {
	it('are at the hub\'s public address', () => {
		expect(page(SITES.example, paths.embed('winter-meetup'))('a.button').attr('href')).toBe(`${ORIGIN}/actions/winter-meetup/?utm_source=embed&utm_medium=embed&utm_campaign=winter-meetup`);
	});
});
