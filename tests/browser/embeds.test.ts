/**
 * An action's card on a partner's site, in a real Chromium: the hub served with its own `_headers`
 * (as Cloudflare Pages applies them), the partner's page on another origin holding nothing but the
 * code the action page offers. The card shows and acts; any other page of the hub refuses the frame.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/routes/paths.ts';
import { launchBrowser, PHONE } from '../helpers/browser.ts';
import { distOf, page as builtPage } from '../helpers/html.ts';
import { SITES } from '../helpers/sites.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';

const ORIGIN = 'https://guild.example.org';

let browser: Browser;
let hub: StaticSite;
let partner: { url: string; show(html: string): void; close(): Promise<void> };

/** A partner's site on another origin (`localhost`, another port): serves whatever page the test gives it, with no headers of its own. */
async function partnerSite() {
	let html = '';
	const server: Server = createServer((_, response) => {
		response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
		response.end(html);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://localhost:${port}`, show: (page: string) => void (html = page), close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

beforeAll(async () => {
	[browser, hub, partner] = await Promise.all([launchBrowser(), serveStatic(distOf(SITES.example)), partnerSite()]);
	expect(new URL(partner.url).origin).not.toBe(new URL(hub.url).origin);
});
afterAll(async () => {
	await Promise.all([browser?.close(), hub?.close(), partner?.close()]);
});

/** The code an action's page offers to paste, pointed at the hub as served here. */
function snippetOf(slug: string): string {
	const code = builtPage(SITES.example, paths.entry('actions', slug))('textarea[data-embed-code]').text();
	expect(code).toContain(`src="${ORIGIN}${paths.embed(slug)}"`);
	return code.replace(ORIGIN, hub.url);
}

/** The same code for any action's card, closed ones included (their pages offer no code): the pasted frame, another card in it. */
const cardCode = (slug: string) => snippetOf('winter-meetup').replace(paths.embed('winter-meetup'), paths.embed(slug));

/** The partner's page holding `body`, opened in a fresh browser; what the browser reports of CSP, from any frame. */
async function openPartnerPage(body: string, options = {}): Promise<{ page: Page; context: BrowserContext; csp: string[]; errors: string[] }> {
	partner.show(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A partner</title></head><body><h1>Our friends</h1>${body}</body></html>`);
	const context = await browser.newContext(options);
	const csp: string[] = [];
	const errors: string[] = [];
	// The hub's full pages, where the card's links lead, are the public site: answered here, since tests have no network.
	await context.route(`${ORIGIN}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>The hub</title><p>The hub.' }));
	const page = await context.newPage();
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		if (/Content Security Policy|frame-ancestors|X-Frame-Options/i.test(message.text())) csp.push(message.text());
		else if (!/Failed to load resource/.test(message.text())) errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${partner.url}/news/`, { waitUntil: 'load' });
	return { page, context, csp, errors };
}

/** The document inside the page's iframe `selector`, once it has loaded. */
async function frameOf(page: Page, selector: string): Promise<Frame> {
	const frame = await (await page.waitForSelector(selector)).contentFrame();
	expect(frame).not.toBeNull();
	await frame!.waitForLoadState('load');
	return frame!;
}

describe('an action\'s card on a partner\'s site', () => {
	it('shows in the pasted frame, under the hub\'s headers: title, when, and the button with the partner\'s host, with no CSP violation', async () => {
		const { page, context, csp, errors } = await openPartnerPage(snippetOf('winter-meetup'));
		const frame = await frameOf(page, 'iframe');
		await expect.poll(() => frame.locator('h1').textContent()).toBe('Winter meetup in Duluth: holiday numbers, lease pledge and a future store');
		expect(await frame.locator('.facts').textContent()).toContain('Jan 16');
		const button = frame.getByRole('link', { name: 'RSVP for the meetup' });
		expect(await button.isVisible()).toBe(true);
		await expect.poll(async () => new URL((await button.getAttribute('href'))!).searchParams.get('utm_content')).toBe(new URL(partner.url).host);
		const href = new URL((await button.getAttribute('href'))!);
		expect(`${href.origin}${href.pathname}`).toBe(`${ORIGIN}/actions/winter-meetup/`);
		expect(Object.fromEntries(href.searchParams)).toEqual({ utm_source: 'embed', utm_medium: 'embed', utm_campaign: 'winter-meetup', utm_content: new URL(partner.url).host });
		// The card's own stylesheet and picture loaded: the card is laid out, not bare text.
		expect(await frame.evaluate(() => getComputedStyle(document.querySelector('.embed-card')!).display)).toBe('flex');
		// It opens the action in a new tab, leaving the partner's page where it was.
		const [opened] = await Promise.all([context.waitForEvent('page'), button.click()]);
		expect(opened.url()).toBe(href.href);
		expect(page.url()).toBe(`${partner.url}/news/`);
		expect({ csp, errors }).toEqual({ csp: [], errors: [] });
		await context.close();
	});

	it('fits the frame\'s height on a phone and on a wide screen, open or closed', async () => {
		const smallPhone = { ...PHONE, viewport: { width: 360, height: 740 } };
		for (const [slug, options] of [
			['winter-meetup', PHONE],
			['winter-meetup', smallPhone],
			['fall-trade-show-bus', smallPhone],
			['annual-dinner', smallPhone],
			['winter-meetup', { viewport: { width: 1280, height: 800 } }],
		] as const) {
			const { page, context, csp } = await openPartnerPage(cardCode(slug), options);
			const frame = await frameOf(page, 'iframe');
			const height = Number(await page.locator('iframe').getAttribute('height'));
			expect(await frame.evaluate(() => document.documentElement.scrollHeight), `${slug} at ${options.viewport.width}px`).toBeLessThanOrEqual(height);
			expect(await frame.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), slug).toBeLessThanOrEqual(0);
			expect(csp).toEqual([]);
			await context.close();
		}
	});

	it('of a closed action says it is closed and offers no button', async () => {
		const { page, context, csp } = await openPartnerPage(cardCode('fall-trade-show-bus'));
		const frame = await frameOf(page, 'iframe');
		await expect.poll(() => frame.locator('.embed-closed').textContent()).toContain('This event is over');
		expect(await frame.locator('[data-call-to-action]').count()).toBe(0);
		expect(csp).toEqual([]);
		await context.close();
	});

	it('is the only page of the hub a partner can frame: the action\'s own page is refused', async () => {
		const { page, context, csp } = await openPartnerPage(`<iframe id="card" src="${hub.url}${paths.embed('fair-lease-pledge')}" title="Card" width="100%" height="300"></iframe><iframe id="page" src="${hub.url}${paths.entry('actions', 'fair-lease-pledge')}" title="Page" width="100%" height="400"></iframe>`);
		const card = await frameOf(page, 'iframe#card');
		await expect.poll(() => card.locator('h1').count()).toBe(1);
		const refused = (await (await page.waitForSelector('iframe#page')).contentFrame())!;
		await expect.poll(() => csp.some((message) => message.includes('frame-ancestors'))).toBe(true);
		expect(await refused.locator('h1').count()).toBe(0);
		expect(refused.url()).not.toBe(`${hub.url}${paths.entry('actions', 'fair-lease-pledge')}`);
		await context.close();
	});
});

describe('the code to embed an action', () => {
	it('is folded away on the action\'s page, and copied with one button', async () => {
		const context = await browser.newContext({ ...PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto(`${hub.url}${paths.entry('actions', 'fair-lease-pledge')}`);
		const field = page.getByLabel('Code to paste');
		expect(await field.isVisible()).toBe(false);
		await page.getByText('Embed this action on your site').click();
		expect(await field.isVisible()).toBe(true);
		await page.getByRole('button', { name: 'Copy code' }).click();
		await expect.poll(() => page.locator('.embed-snippet [data-copy-status]').textContent()).toBe('Code copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await field.inputValue());
		expect(await field.inputValue()).toMatch(/^<iframe src="https:\/\/guild\.example\.org\/embed\/actions\/fair-lease-pledge\/"/);
		await context.close();
	});
});
