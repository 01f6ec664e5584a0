/**
 * An event page for a visitor in another time zone, in a real Chromium set to that zone: the event's
 * own time and zone for everyone, the visitor's time added where it differs, nothing moving when it
 * appears, under the site's Content-Security-Policy, and nothing lost without JavaScript.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, type PageProblems } from '../helpers/browser.ts';
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

/** Duluth, Saturday January 16, 2027, 10:00 to 15:00 Central Standard Time. */
const MEETUP = '/actions/winter-meetup/';
/** Online, Wednesday December 9, 2026, 18:30 to 20:00 Central Standard Time: past midnight in Berlin. */
const EVENING = '/actions/bookkeeping-evening/';

const BERLIN = { timezoneId: 'Europe/Berlin' } satisfies BrowserContextOptions;
const CHICAGO = { timezoneId: 'America/Chicago' } satisfies BrowserContextOptions;
const NO_SCRIPT = { javaScriptEnabled: false } satisfies BrowserContextOptions;
const SMALL_PHONE = { ...PHONE, viewport: { width: 375, height: 667 } };
const NARROWEST = { ...PHONE, viewport: { width: 320, height: 568 } };
const SIZES = { phone: PHONE, 'small phone': SMALL_PHONE, desktop: { viewport: { width: 1280, height: 800 } } };

const clean = (problems: PageProblems) => expect({ errors: problems.errors, csp: problems.cspViolations, dialogs: problems.dialogs }).toEqual({ errors: [], csp: [], dialogs: [] });

/** What a page shows of an event's time, spaces as people read them (Intl writes thin and narrow no-break ones). */
async function seen(page: Page) {
	const text = async (selector: string) => ((await page.locator(selector).textContent()) ?? '').replace(/[\u00a0\u2009\u202f]/g, ' ').trim();
	const top = async (selector: string) => (await page.locator(selector).boundingBox())!.y;
	return {
		when: await text('.act-panel time[data-end]'),
		yourTime: await text('.act-panel [data-your-time]'),
		/** Where the row after the event's time starts, and the button: what would move if the line pushed them. */
		below: [await top('.act-panel dt:nth-of-type(2)'), await top('.act-panel .button')],
	};
}

/**
 * The sum of the page's layout shifts so far, as the browser reports them for Cumulative Layout Shift.
 * Chromium mostly runs the script before its first paint, where no shift counts even if lines move:
 * the positions compared with the page without JavaScript are the measure that catches a move.
 */
const layoutShift = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let sum = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries()) sum += (entry as PerformanceEntry & { value: number }).value;
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => resolve(sum), 300);
			}),
	);

async function visit(path: string, options: BrowserContextOptions) {
	const { page, problems, close } = await openPage(browser, `${example.url}${path}`, options);
	const shown = await seen(page);
	const shift = options.javaScriptEnabled === false ? 0 : await layoutShift(page);
	clean(problems);
	await close();
	return { ...shown, shift };
}

describe('a visitor in another time zone', () => {
	it('sees the event\'s own time and zone, and theirs below it', async () => {
		const meetup = await visit(MEETUP, { ...PHONE, ...BERLIN });
		expect(meetup.when).toBe('Saturday, January 16, 2027, 10:00 AM – 3:00 PM Central Standard Time');
		expect(meetup.yourTime).toBe('5:00 – 10:00 PM your time');
	});

	it('is told the day too when theirs is another', async () => {
		expect((await visit(EVENING, { ...PHONE, ...BERLIN })).yourTime).toBe('Thu, 1:30 – 3:00 AM your time');
	});

	it.each(Object.entries(SIZES))('on a %s, sees nothing below move when their time appears', async (_, size) => {
		for (const path of [MEETUP, EVENING]) {
			const before = await visit(path, { ...size, ...BERLIN, ...NO_SCRIPT });
			const after = await visit(path, { ...size, ...BERLIN });
			expect(after.yourTime, path).toMatch(/your time$/);
			expect(after.below, path).toEqual(before.below);
			expect(after.shift, path).toBe(0);
		}
	});
});

describe('a visitor in another time zone on the narrowest phone', () => {
	it('is told the time in fewer words where that keeps it on its line', async () => {
		const before = await visit(MEETUP, { ...NARROWEST, ...BERLIN, ...NO_SCRIPT });
		const after = await visit(MEETUP, { ...NARROWEST, ...BERLIN });
		expect(after.yourTime).toBe('5 – 10 PM your time');
		expect(after.below).toEqual(before.below);
		expect(after.shift).toBe(0);
	});

	it('is still told a time that fits no single line there', async () => {
		expect((await visit(EVENING, { ...NARROWEST, ...BERLIN })).yourTime).toBe('Thu, 1:30 – 3:00 AM your time');
	});
});

describe('a visitor in the event\'s time zone', () => {
	it('sees the event\'s time and zone only, in the same place', async () => {
		const here = await visit(MEETUP, { ...PHONE, ...CHICAGO });
		expect(here.when).toBe('Saturday, January 16, 2027, 10:00 AM – 3:00 PM Central Standard Time');
		expect(here.yourTime).toBe('');
		expect(here.below).toEqual((await visit(MEETUP, { ...PHONE, ...CHICAGO, ...NO_SCRIPT })).below);
	});
});

describe('without JavaScript', () => {
	it('the page still gives the event\'s own time and zone, wherever the visitor is', async () => {
		const page = await visit(EVENING, { ...PHONE, ...BERLIN, ...NO_SCRIPT });
		expect(page.when).toBe('Wednesday, December 9, 2026, 6:30 – 8:00 PM Central Standard Time');
		expect(page.yourTime).toBe('');
	});
});
