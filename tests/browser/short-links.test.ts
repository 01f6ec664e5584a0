/** A short link typed from a poster, in a real Chromium on a host without `_redirects`: it lands on the action. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE } from '../helpers/browser.ts';
import { distOf } from '../helpers/html.ts';
import { SITES } from '../helpers/sites.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';

let browser: Browser;
let example: StaticSite;

beforeAll(async () => {
	[browser, example] = await Promise.all([launchBrowser(), serveStatic(distOf(SITES.example))]);
});
afterAll(async () => {
	await Promise.all([browser?.close(), example?.close()]);
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
