/**
 * Search, in a real Chromium under the site's own headers: the Pagefind index the build wrote holds
 * every public entry page and nothing else (read through Pagefind's own script), the header's form
 * leads to results with their picture and label, filters narrow them, the 404 page suggests what the
 * address was about, the base path is kept, and without JavaScript the form still leads somewhere.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, type PageProblems } from '../helpers/browser.ts';
import { allPages, distOf, page as builtPage } from '../helpers/html.ts';
import { isPublic } from '../../scripts/generate-hub.ts';
import { generatedManifest, SITES } from '../helpers/sites.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';

const DESKTOP = { viewport: { width: 1280, height: 800 } };
/** Searching loads the index first: on a busy machine, allow it time. */
const WAIT = { timeout: 15_000 };

let browser: Browser;
const served = new Map<string, StaticSite>();
const SEARCHED = [SITES.example, SITES.hubJune1, SITES.hubJune16, SITES.hubSubpath, SITES.generated] as const;

beforeAll(async () => {
	browser = await launchBrowser();
	for (const site of SEARCHED) served.set(site.name, await serveStatic(distOf(site), { base: site === SITES.hubSubpath ? '/tenants/' : '/' }));
});
afterAll(async () => {
	await Promise.all([browser?.close(), ...[...served.values()].map((site) => site.close())]);
});

const clean = (problems: PageProblems) => expect({ errors: problems.errors, csp: problems.cspViolations, dialogs: problems.dialogs, outbound: problems.outbound }).toEqual({ errors: [], csp: [], dialogs: [], outbound: [] });

/** The entry pages a build published, by address: what the index must hold, read from the files. */
const entryPages = (site: { name: string }) => allPages(site).filter((path) => /^\/(stories|actions|resources|members)\/[^/]+\/$/.test(path));

/**
 * Every page the index holds, by address, as Pagefind's own script lists them: a search for nothing
 * narrowed by the kind filter, which every entry has, with each of the kinds the index knows.
 */
async function indexedPages(page: Page, base: string): Promise<string[]> {
	// A string, so that the test runner leaves the page's own import() alone.
	return page.evaluate(`(async () => {
		const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
		await pagefind.options({ baseUrl: ${JSON.stringify(base)}, noWorker: true });
		const kinds = Object.keys((await pagefind.filters()).kind ?? {});
		const found = await pagefind.search(null, { filters: { kind: { any: kinds } } });
		return Promise.all(found.results.map(async (result) => (await result.data()).url));
	})()`);
}

describe.each([
	{ site: SITES.example, base: '/', drafts: [] as string[] },
	{ site: SITES.hubJune1, base: '/', drafts: ['draft-action', 'draft-event', 'draft-story', 'draft-resource', 'dee', 'scheduled-action', 'scheduled-event', 'scheduled-story'] },
	{ site: SITES.hubJune16, base: '/', drafts: ['draft-action', 'draft-event', 'draft-story', 'draft-resource', 'dee'] },
	{ site: SITES.hubSubpath, base: '/tenants/', drafts: ['draft-story', 'dee'] },
])('the search index of $site.name', ({ site, base, drafts }) => {
	it('holds every public entry page, and no draft, scheduled entry or other page', async () => {
		const { page, problems, close } = await openPage(browser, `${served.get(site.name)!.url}${base}search/`, DESKTOP);
		const indexed = await indexedPages(page, base);
		const expected = entryPages(site).map((path) => `${base}${path.slice(1)}`);
		expect(expected.length).toBeGreaterThan(3);
		expect([...indexed].sort()).toEqual([...expected].sort());
		for (const slug of drafts) expect(indexed.join(' ')).not.toContain(`/${slug}/`);
		clean(problems);
		await close();
	});
});

describe('the search index of a generated hub of 1,000 entries', () => {
	it('holds exactly the public entries the generator wrote: no draft, scheduled entry or member without consent', async () => {
		const { page, problems, close } = await openPage(browser, `${served.get(SITES.generated.name)!.url}/search/`, DESKTOP);
		const indexed = await indexedPages(page, '/');
		const expected = generatedManifest().entries.filter(isPublic).map((entry) => `/${entry.collection}/${entry.slug}/`);
		expect(expected.length).toBeGreaterThan(900);
		expect([...indexed].sort()).toEqual(expected.sort());
		clean(problems);
		await close();
	});
});

describe('searching the example hub', () => {
	const url = () => served.get(SITES.example.name)!.url;

	it('goes from the header on any page to results with their picture, label and line', async () => {
		const { page, problems, close } = await openPage(browser, `${url()}/stories/`, DESKTOP);
		await page.getByRole('searchbox', { name: 'Search the hub' }).fill('repair café');
		await page.getByRole('button', { name: 'Search' }).first().click();
		await page.waitForURL('**/search/?q=repair+caf%C3%A9');
		const results = page.locator('.search-results > li');
		await expect.poll(async () => results.count(), WAIT).toBeGreaterThan(1);
		await expect.poll(async () => page.getByRole('status').textContent(), WAIT).toMatch(/^\d+ results for “repair café”$/);
		const volunteer = results.filter({ has: page.getByRole('link', { name: 'Volunteer at a Saturday repair café' }) });
		expect(await volunteer.count()).toBe(1);
		expect(await volunteer.getByRole('link').getAttribute('href')).toBe('/actions/repair-cafe-volunteers/');
		expect(await volunteer.locator('.eyebrow').textContent()).toContain('Volunteering');
		// Its picture: a small file of the site's own, loaded.
		const picture = volunteer.locator('img');
		expect(await picture.getAttribute('src')).toMatch(/^\/_astro\/.+\.webp$/);
		await expect.poll(async () => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), WAIT).toBeGreaterThan(0);
		expect(await volunteer.locator('mark').count()).toBeGreaterThan(0);
		await volunteer.getByRole('link').click();
		await page.waitForURL('**/actions/repair-cafe-volunteers/');
		clean(problems);
		await close();
	});

	it('narrows results by kind and by topic, and keeps the search in the address', async () => {
		const { page, problems, close } = await openPage(browser, `${url()}/search/?q=lease`, PHONE);
		const results = page.locator('.search-results > li');
		await expect.poll(async () => results.count(), WAIT).toBeGreaterThan(1);
		const all = await results.count();
		await page.getByLabel('Kind').selectOption('Stories');
		await expect.poll(async () => (await results.locator('.eyebrow').allTextContents()).every((label) => /Story/.test(label)), WAIT).toBe(true);
		expect(await results.count()).toBeLessThan(all);
		expect(new URL(page.url()).searchParams.get('kind')).toBe('Stories');
		// Every result is tagged with the topic: its page links to the topic's page.
		await page.getByLabel('Kind').selectOption('');
		await page.getByLabel('Topic').selectOption('Leases and rent');
		await expect.poll(async () => new URL(page.url()).searchParams.get('topic'), WAIT).toBe('Leases and rent');
		const tagged = (href: string) => builtPage(SITES.example, href)('.tags a[href="/topics/leases-and-rent/"]').length === 1;
		const shown = async () => results.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
		await expect.poll(async () => (await shown()).length > 0 && (await shown()).every(tagged), WAIT).toBe(true);
		// And it is narrower than the search without it (the winter meetup speaks of the lease pledge, untagged).
		expect(await shown()).not.toContain('/actions/winter-meetup/');
		clean(problems);
		await close();
	});

	it('says when nothing is found, and offers what to browse', async () => {
		const { page, problems, close } = await openPage(browser, `${url()}/search/?q=zeppelinwords`, DESKTOP);
		await expect.poll(async () => page.getByRole('status').textContent(), WAIT).toContain('Nothing found for “zeppelinwords”');
		expect(await page.locator('.search-results > li').count()).toBe(0);
		expect(await page.getByRole('navigation', { name: 'Browse' }).getByRole('link', { name: 'Leases and rent' }).getAttribute('href')).toBe('/topics/leases-and-rent/');
		clean(problems);
		await close();
	});

	it('on a page that does not exist, suggests what its address was about', async () => {
		const { page, problems, close } = await openPage(browser, `${url()}/actions/repair-cafe-volunteers-2024/`, PHONE);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
		await expect.poll(async () => page.getByRole('heading', { name: 'Maybe you were looking for' }).isVisible(), WAIT).toBe(true);
		expect(await page.getByRole('searchbox', { name: 'Search the hub' }).inputValue()).toBe('repair cafe volunteers');
		await expect.poll(async () => page.locator('.search-results').getByRole('link', { name: 'Volunteer at a Saturday repair café' }).count(), WAIT).toBe(1);
		clean(problems);
		await close();
	});

	it('without JavaScript, the header form still leads to the search page, which offers what to browse', async () => {
		const { page, problems, close } = await openPage(browser, `${url()}/`, { ...DESKTOP, javaScriptEnabled: false });
		await page.getByRole('searchbox', { name: 'Search the hub' }).fill('rent');
		await page.getByRole('searchbox', { name: 'Search the hub' }).press('Enter');
		await page.waitForURL('**/search/?q=rent');
		expect(await page.getByText('Searching needs JavaScript').isVisible()).toBe(true);
		expect(await page.getByRole('navigation', { name: 'Browse' }).getByRole('link').count()).toBeGreaterThan(4);
		clean(problems);
		await close();
	});

	it('on a phone, the header offers search as a link beside the name', async () => {
		const { page, problems, close } = await openPage(browser, `${url()}/actions/fair-lease-pledge/`, PHONE);
		const link = page.getByRole('banner').getByRole('link', { name: 'Search' });
		expect(await link.isVisible()).toBe(true);
		const box = (await link.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(44);
		expect(box.height).toBeGreaterThanOrEqual(44);
		await link.click();
		await page.waitForURL('**/search/');
		await page.getByRole('searchbox', { name: 'Search the hub' }).fill('key cutting');
		await expect.poll(async () => page.locator('.search-results').getByRole('link', { name: /Key cutting for new staff/ }).count(), WAIT).toBe(1);
		clean(problems);
		await close();
	});
});

describe('searching a hub served under a base path', () => {
	it('links results and loads the index under the base path', async () => {
		const { page, problems, close } = await openPage(browser, `${served.get(SITES.hubSubpath.name)!.url}/tenants/search/?q=guide`, DESKTOP);
		const links = page.locator('.search-results').getByRole('link');
		await expect.poll(async () => links.count(), WAIT).toBeGreaterThan(0);
		for (const href of await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')))) expect(href).toMatch(/^\/tenants\/(stories|actions|resources|members)\/[^/]+\/$/);
		clean(problems);
		await close();
	});
});
