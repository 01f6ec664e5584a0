/**
 * A real Chromium for the tests, driven by playwright-core: the system's Chromium when there is one,
 * else the one the `@sparticuz/chromium` npm package ships, so `npm ci && npm test` works on a fresh
 * Linux machine with no browser installed.
 *
 * `openPage` gives a page that records what a person would notice going wrong: script errors,
 * Content-Security-Policy violations, dialogs (an `alert` from injected content), and requests that
 * leave the site (answered here, since tests have no network).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for a headless browser on a machine with no network: no background calls home. */
const QUIET = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** The system's Chromium, unless HUB_CHROMIUM says otherwise (a path, or `npm` for the packaged one). */
const systemChromium = () => {
	const chosen = process.env.HUB_CHROMIUM ?? SYSTEM_CHROMIUM.find((path) => existsSync(path));
	return chosen === 'npm' ? undefined : chosen;
};

/** Unpacks the packaged Chromium once, before test files start browsers in parallel. */
export async function prepareBrowser(): Promise<void> {
	if (systemChromium()) return;
	const { default: packaged } = await import('@sparticuz/chromium');
	await packaged.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
	const system = systemChromium();
	if (system) {
		return chromium.launch({ executablePath: system, headless: true, args: ['--no-sandbox', '--disable-gpu', ...QUIET] });
	}
	const { default: packaged } = await import('@sparticuz/chromium');
	// Its flags are made for serverless sandboxes; --single-process there makes closing a context
	// close the whole browser here, so each test gets its own renderer process instead.
	const args = packaged.args.filter((flag) => flag !== '--single-process');
	return chromium.launch({ executablePath: await packaged.executablePath(), headless: true, args: [...args, ...QUIET] });
}

export interface PageProblems {
	/** Uncaught exceptions and console errors. */
	errors: string[];
	/** Content-Security-Policy violations the browser reported. */
	cspViolations: string[];
	/** alert(), confirm() or prompt() calls: something ran that should not have. */
	dialogs: string[];
	/** Requests to other hosts, answered with an empty page. */
	outbound: string[];
}

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } satisfies BrowserContextOptions;

export async function openPage(
	browser: Browser,
	url: string,
	options: BrowserContextOptions = {},
	/** Runs in the page before any of its own scripts (to stand in a browser feature, say). */
	init?: () => void,
): Promise<{ page: Page; problems: PageProblems; close(): Promise<void> }> {
	const context = await browser.newContext(options);
	if (init) await context.addInitScript(init);
	const page = await context.newPage();
	const problems: PageProblems = { errors: [], cspViolations: [], dialogs: [], outbound: [] };
	const origin = new URL(url).origin;
	await context.route('**/*', (route) => {
		const request = new URL(route.request().url());
		if (request.origin === origin) return route.continue();
		problems.outbound.push(request.href);
		return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Outside the hub</title><p>Outside the hub.' });
	});
	page.on('pageerror', (error) => problems.errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		if (/Content Security Policy/i.test(message.text())) problems.cspViolations.push(message.text());
		else if (!/Failed to load resource: the server responded with a status of 404/.test(message.text())) problems.errors.push(message.text());
	});
	page.on('dialog', (dialog) => {
		problems.dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await page.goto(url, { waitUntil: 'load' });
	return { page, problems, close: () => context.close() };
}
