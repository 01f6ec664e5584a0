/**
 * Getting to an action from outside, in a real Chromium: a short link typed from a poster, on a host
 * without `_redirects`, lands on it; a member's own link credits them, up to the sign-up tool.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE } from '../helpers/browser.ts';
import { distOf, page as pageOf } from '../helpers/html.ts';
import { generatedManifest, SITES } from '../helpers/sites.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';

let browser: Browser;
let example: StaticSite;
let generated: StaticSite;

beforeAll(async () => {
	[browser, example, generated] = await Promise.all([launchBrowser(), serveStatic(distOf(SITES.example)), serveStatic(distOf(SITES.generated))]);
});
afterAll(async () => {
	await Promise.all([browser?.close(), example?.close(), generated?.close()]);
});

describe('a short link', () => {
	it.each(['/go/leases/', '/go/fair-lease-pledge/'])('%s lands on the action, with its button, under the hub\'s policy', async (path) => {
		const { page, problems, close } = await openPage(browser, `${example.url}${path}`, PHONE);
		await page.waitForURL('**/actions/fair-lease-pledge/');
		expect(await page.getByRole('link', { name: 'Sign the pledge', exact: true }).isVisible()).toBe(true);
		expect({ errors: problems.errors, csp: problems.cspViolations }).toEqual({ errors: [], csp: [] });
		await close();
	});
});

describe('a member\'s own link', () => {
	it('from their spotlight, to the action, to the tool: the button carries who brought the visitor and from where', async () => {
		const { page, problems, close } = await openPage(browser, `${example.url}/members/rosa-delgado/`, PHONE);
		const own = page.getByRole('textbox', { name: 'Sign the pledge for fair commercial leases on Main Street' });
		const link = new URL(await own.inputValue());
		expect(link.pathname).toBe('/actions/fair-lease-pledge/');
		expect(link.searchParams.get('ref')).toBe('rosa-delgado');
		await page.goto(`${example.url}${link.pathname}${link.search}`);
		await page.getByRole('link', { name: 'Sign the pledge', exact: true }).click();
		await page.waitForURL(/petition\.example\.org/);
		const tool = new URL(problems.outbound.at(-1)!);
		expect(tool.searchParams.get('referrer')).toBe('rosa-delgado');
		expect(tool.searchParams.get('source')).toBe('hub');
		expect({ errors: problems.errors, csp: problems.cspViolations }).toEqual({ errors: [], csp: [] });
		await close();
	});

	it('is made on the action\'s page by picking one\'s name', async () => {
		const { page, problems, close } = await openPage(browser, `${example.url}/actions/fair-lease-pledge/`, PHONE);
		await page.getByText('Share it with your own link').click();
		await page.getByLabel('Your name').selectOption('rosa-delgado');
		expect(await page.getByRole('textbox', { name: 'Your link' }).inputValue()).toBe('https://guild.example.org/actions/fair-lease-pledge/?ref=rosa-delgado');
		expect({ errors: problems.errors, csp: problems.cspViolations }).toEqual({ errors: [], csp: [] });
		await close();
	});

	it('lists a large hub\'s members once, in a file the box reads when opened, not in every action page', async () => {
		const manifest = generatedManifest();
		const members = manifest.entries.filter((entry) => entry.collection === 'members' && entry.status === 'published');
		expect(members.length).toBeGreaterThan(60);
		const action = manifest.entries.find((entry) => entry.collection === 'actions' && entry.status === 'published')!;
		// The page itself holds only the prompt; the names are in one file, every published member, by name.
		expect(pageOf(SITES.generated, `/actions/${action.slug}/`)('#own-link-member option')).toHaveLength(1);
		const names = (await (await fetch(`${generated.url}/members/names.json`)).json()) as Array<{ id: string; name: string }>;
		expect(names.map((member) => member.id).sort()).toEqual(members.map((member) => member.slug).sort());
		const member = members[members.length >> 1]!;
		const { page, problems, close } = await openPage(browser, `${generated.url}/actions/${action.slug}/`, PHONE);
		await page.getByText('Share it with your own link').click();
		await page.locator(`#own-link-member option[value="${member.slug}"]`).waitFor({ state: 'attached' });
		await page.getByLabel('Your name').selectOption({ label: member.title });
		expect(await page.getByRole('textbox', { name: 'Your link' }).inputValue()).toBe(`${manifest.site.url.replace(/\/$/, '')}/actions/${action.slug}/?ref=${member.slug}`);
		expect({ errors: problems.errors, csp: problems.cspViolations }).toEqual({ errors: [], csp: [] });
		await close();
	});
});
