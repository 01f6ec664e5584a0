/**
 * What visitors and members actually get, in a real Chromium: from the home page to acting, sharing,
 * on a phone, without JavaScript, with the keyboard only, under the site's Content-Security-Policy.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, type PageProblems } from '../helpers/browser.ts';
import { distOf } from '../helpers/html.ts';
import { SITES } from '../helpers/sites.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';
import { PAGE_TYPES } from '../helpers/page-types.ts';

let browser: Browser;
let example: StaticSite;
let hub: StaticSite;

beforeAll(async () => {
	[browser, example, hub] = await Promise.all([launchBrowser(), serveStatic(distOf(SITES.example)), serveStatic(distOf(SITES.hubJune1))]);
});
afterAll(async () => {
	await Promise.all([browser?.close(), example?.close(), hub?.close()]);
});

const clean = (problems: PageProblems) => expect({ errors: problems.errors, csp: problems.cspViolations, dialogs: problems.dialogs }).toEqual({ errors: [], csp: [], dialogs: [] });

describe('a member on a phone', () => {
	it('goes from the home page to an action and acts, the call to action in the first screen', async () => {
		const { page, problems, close } = await openPage(browser, `${example.url}/`, PHONE);
		await page.getByRole('link', { name: /Sign the pledge for fair commercial leases/ }).first().click();
		await page.waitForURL('**/actions/fair-lease-pledge/');
		const cta = page.getByRole('link', { name: 'Sign the pledge', exact: true });
		const box = (await cta.boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(PHONE.viewport.height);
		expect(box.height).toBeGreaterThanOrEqual(44);
		await cta.click();
		await page.waitForURL(/petition\.example\.org/);
		expect(problems.outbound).toContain('https://petition.example.org/fair-leases-main-street?source=hub');
		clean(problems);
		await close();
	});

	it('passes on the channel that brought them to the petition tool', async () => {
		const { page, problems, close } = await openPage(browser, `${example.url}/actions/fair-lease-pledge/?utm_source=whatsapp&utm_medium=social`, PHONE);
		await page.getByRole('link', { name: 'Sign the pledge', exact: true }).click();
		await page.waitForURL(/petition\.example\.org/);
		expect(problems.outbound.at(-1)).toBe('https://petition.example.org/fair-leases-main-street?source=whatsapp');
		clean(problems);
		await close();
	});

	it('shares with the phone\'s own share sheet where the browser has one', async () => {
		// Headless Chromium on Linux has no share sheet: stand one in, as Android and iOS provide.
		const { page, problems, close } = await openPage(browser, `${example.url}/actions/fair-lease-pledge/`, PHONE, () => {
			Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => ((window as unknown as { shared: ShareData }).shared = data) });
			Object.defineProperty(navigator, 'canShare', { value: () => true });
		});
		await page.getByRole('button', { name: 'Share…' }).click();
		expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toEqual({
			title: 'Sign the pledge for fair commercial leases on Main Street',
			text: 'Independent stores close when leases become impossible. Sign the pledge for fair commercial leases:',
			url: 'https://guild.example.org/actions/fair-lease-pledge/',
		});
		clean(problems);
		await close();
	});

	it('falls back to plain share links and copy link where there is no share sheet', async () => {
		const { page, problems, close } = await openPage(browser, `${example.url}/actions/fair-lease-pledge/`, { ...PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
		expect(await page.getByRole('button', { name: 'Share…' }).isVisible()).toBe(false);
		const bar = page.getByRole('region', { name: 'Pass it on' });
		for (const network of ['Facebook', 'WhatsApp', 'Bluesky', 'Mastodon', 'Email', 'Text message']) {
			expect(await bar.getByRole('link', { name: network, exact: true }).isVisible(), network).toBe(true);
		}
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect.poll(() => bar.getByRole('status').textContent()).toBe('Link copied.');
		// The pledge names its own short link (`short: leases`): that is the link to copy.
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://guild.example.org/go/leases/');
		await bar.getByRole('link', { name: 'WhatsApp', exact: true }).click();
		await page.waitForURL(/wa\.me/);
		expect(decodeURIComponent(problems.outbound.at(-1)!)).toContain('https://guild.example.org/actions/fair-lease-pledge/?utm_source=whatsapp');
		clean(problems);
		await close();
	});

	it('never has to scroll sideways, on any page type', async () => {
		for (const path of PAGE_TYPES) {
			const { page, problems, close } = await openPage(browser, `${example.url}${path}`, PHONE);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
			clean(problems);
			await close();
		}
	});
});

describe('without JavaScript', () => {
	it('everything still works: the call to action, share links, the link to copy', async () => {
		const { page, problems, close } = await openPage(browser, `${example.url}/actions/winter-meetup/`, { ...PHONE, javaScriptEnabled: false });
		expect(await page.getByRole('link', { name: 'RSVP for the meetup' }).getAttribute('href')).toBe('https://events.example.org/hardware-guild/winter-meetup-2027');
		expect(await page.getByRole('link', { name: 'Add to calendar (.ics)' }).isVisible()).toBe(true);
		expect(await page.getByRole('link', { name: 'Telegram', exact: true }).isVisible()).toBe(true);
		expect(await page.getByRole('textbox', { name: 'Link to this page' }).inputValue()).toBe('https://guild.example.org/actions/winter-meetup/');
		// The buttons that need JavaScript stay hidden rather than do nothing.
		expect(await page.getByRole('button').count()).toBe(0);
		await page.getByRole('link', { name: 'Print a flyer' }).click();
		await page.waitForURL('**/actions/winter-meetup/flyer/');
		expect(await page.getByRole('img', { name: /QR code/ }).isVisible()).toBe(true);
		clean(problems);
		await close();
	});
});

describe('with the keyboard only', () => {
	it('reaches a visible skip link first, skips to the content, and shows where focus is', async () => {
		const { page, problems, close } = await openPage(browser, `${example.url}/actions/fair-lease-pledge/`);
		await page.keyboard.press('Tab');
		const skip = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement;
			const box = element.getBoundingClientRect();
			return { text: element.textContent, visible: box.top >= 0 && box.height > 0, outline: getComputedStyle(element).outlineStyle };
		});
		expect(skip).toEqual({ text: 'Skip to content', visible: true, outline: 'solid' });
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		// From the content, the next stop is the call to action's page content, in reading order.
		const order: string[] = [];
		for (let i = 0; i < 4; i++) {
			await page.keyboard.press('Tab');
			order.push(await page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim()} ${getComputedStyle(document.activeElement!).outlineStyle}`));
		}
		expect(order[0]).toBe('A Sign the pledge solid');
		expect(order.every((stop) => stop.endsWith('solid'))).toBe(true);
		expect(await page.evaluate(() => document.querySelectorAll('[tabindex]:not([tabindex="-1"]):not([tabindex="0"])').length)).toBe(0);
		clean(problems);
		await close();
	});
});

describe('under the Content-Security-Policy', () => {
	it('every page type runs with no violation and no error', async () => {
		for (const path of PAGE_TYPES) {
			const { problems, close } = await openPage(browser, `${example.url}${path}`);
			clean(problems);
			await close();
		}
	});

	it('hostile content stays inert: no script runs, no dialog opens', async () => {
		const { page, problems, close } = await openPage(browser, `${hub.url}/stories/hostile-story/`);
		await page.mouse.click(200, 400);
		await page.getByText('a hostile link').click();
		await page.waitForTimeout(200);
		expect(problems.dialogs).toEqual([]);
		expect(await page.evaluate(() => document.querySelectorAll('[onclick], [onerror], [onload], iframe, a[href^="javascript:"]').length)).toBe(0);
		expect(await page.evaluate(() => [...document.scripts].map((s) => s.type || 'classic').sort())).toEqual(['application/ld+json', 'module']);
		expect(await page.title()).toBe('Quotes " \' & </script><script>alert("title")</script> · Fixture Tenants Union');
		clean(problems);
		await close();
	});

	it('a body cannot break the share bar, clobber the page\'s names, or dress a link as the call to action', async () => {
		const { page, problems, close } = await openPage(browser, `${hub.url}/stories/hostile-story/`, { permissions: ['clipboard-read', 'clipboard-write'] });
		// The share bar's script still runs: its copy button is revealed and works.
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Link copied.');
		expect(await page.evaluate(() => typeof document.querySelectorAll)).toBe('function');
		expect(await page.evaluate(() => document.getElementById('share-heading')?.tagName)).toBe('H2');
		// GitHub's classes only: a code block's language, nothing of the hub's own design.
		expect(await page.locator('.prose [class]:not(code[class^="language-"])').count()).toBe(0);
		expect(await page.locator('.prose [id="share-heading"], .prose [name="share"]').count()).toBe(0);
		clean(problems);
		await close();
	});
});
