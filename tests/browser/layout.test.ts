/**
 * The design's promises to visitors (issue 10), in a real Chromium, on phones and a laptop, light and
 * dark: no page scrolls sideways; every open action shows its title, when and the button in the first
 * screen of a phone; every page prints black on white without navigation or share bar, and flyers keep
 * their short link on paper and on a phone; and screenshots of the main page types for reviewers.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { ROOT } from '../helpers/build-site.ts';
import { publishedActions, type PublishedAction } from '../helpers/example-actions.ts';
import { distOf, isEmbed } from '../helpers/html.ts';
import {
	A4,
	boxInFirstScreen,
	COLOR_SCHEMES,
	contextOptions,
	describeInk,
	horizontalOverflow,
	overflowProblem,
	SCREENS,
	screenName,
	shown,
	tabs,
	titleInk,
	where,
	type ColorScheme,
	type Screen,
	type Tabs,
} from '../helpers/layout.ts';
import { PAGE_TYPES } from '../helpers/page-types.ts';
import { SITES } from '../helpers/sites.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';

const PHONE_375: Screen = { width: 375, height: 667 };
const PHONE_390: Screen = { width: 390, height: 844 };
const DESKTOP: Screen = { width: 1280, height: 800 };

const actions = publishedActions(SITES.example);
const openActions = actions.filter((action) => action.open);

/** Every screen in both colour schemes, named for the test titles: "375×667 dark". */
const inEachScheme = (screens: readonly Screen[]) =>
	screens.flatMap((screen) => COLOR_SCHEMES.map((scheme) => ({ screen, scheme, name: `${screenName(screen)} ${scheme}` })));

let browser: Browser;
let site: StaticSite;
let pages: Tabs;
beforeAll(async () => {
	[browser, site] = await Promise.all([launchBrowser(), serveStatic(distOf(SITES.example))]);
	pages = tabs(browser, site.url);
});
afterAll(async () => {
	await pages?.close();
	await Promise.all([browser?.close(), site?.close()]);
});

// Tests of different screens run side by side, each screen's tab going from page to page in turn:
// each group lists its pages first, then the screens, so that neighbouring tests use different tabs.

describe.concurrent('no page scrolls sideways', () => {
	describe.each(PAGE_TYPES)('%s', (path) => {
		it.for(inEachScheme(SCREENS))('stays within the screen at $name', ({ screen, scheme }, { expect }) =>
			pages.visit(screen, scheme, path, async ({ page }) => {
				const problem = overflowProblem(await horizontalOverflow(page));
				expect(problem ? [`${where(path, screen, scheme)}: ${problem}`] : []).toEqual([]);
			}),
		);
	});
});

describe.concurrent('a member arriving on a phone sees what, when and the button in the first screen', () => {
	it('the example hub has open actions, worked out from its content', ({ expect }) => {
		expect(openActions.length).toBeGreaterThan(0);
	});

	const FIRST_SCREEN = [
		['the title', 'h1'],
		['the fact line', '[data-action-facts]'],
		['the button', '[data-call-to-action]'],
	] as const;

	describe.each(openActions.map((action) => action.path))('%s', (path) => {
		it.for(inEachScheme([PHONE_375, PHONE_390]))('at $name', ({ screen, scheme }, { expect }) =>
			pages.visit(screen, scheme, path, async ({ page, status }) => {
				const at = where(path, screen, scheme);
				const problems: string[] = status === 200 ? [] : [`${at}: the page answers ${status}`];
				for (const [what, selector] of FIRST_SCREEN) {
					const problem = await boxInFirstScreen(page, selector, screen);
					if (problem) problems.push(`${at}: ${what} ${problem}`);
				}
				expect(problems).toEqual([]);
			}),
		);
	});
});

describe.concurrent('printed', () => {
	const HIDDEN_IN_PRINT = ['.site-header nav', '.site-footer', '[data-share-bar]'];
	/** Parts every page has, so that "not printed" is never true only because they are missing. */
	const ON_EVERY_PAGE = ['.site-header nav', '.site-footer'];
	const WHITE = 0.9;
	const BLACK = 0.1;

	const print = (page: Page, colorScheme: ColorScheme) => page.emulateMedia({ media: 'print', colorScheme });

	// An action's card lives in other sites' frames, without the hub's navigation: it is printed, if ever, as part of their page.
	describe.each(PAGE_TYPES.filter((path) => !isEmbed(path)))('%s', (path) => {
		it.for(COLOR_SCHEMES)(`prints black on white on A4 (${A4.width} px), without navigation or share bar, from the %s theme`, (scheme, { expect }) =>
			pages.visit(A4, scheme, path, async ({ page }) => {
				const at = `${path} printed from ${scheme} on A4 (${A4.width} px)`;
				const problems: string[] = [];
				for (const selector of ON_EVERY_PAGE) {
					if ((await page.locator(selector).count()) === 0) problems.push(`${at}: no ${selector} on the page (the print test needs it to check)`);
				}
				await print(page, scheme);
				for (const selector of HIDDEN_IN_PRINT) {
					const printed = await shown(page, selector);
					if (printed.length) problems.push(`${at}: ${selector} still prints (${printed.join(', ')})`);
				}
				const ink = await titleInk(page);
				if (!ink) problems.push(`${at}: no h1 to check`);
				else {
					if (ink.page.luminance < WHITE) problems.push(`${at}: the page's background is ${describeInk(ink.page)}, not white`);
					else if (ink.behindTitle.luminance < WHITE) problems.push(`${at}: the title sits on ${describeInk(ink.behindTitle)}, not white`);
					if (ink.title.luminance >= BLACK) problems.push(`${at}: the title prints in ${describeInk(ink.title)}, not black`);
				}
				const overflow = overflowProblem(await horizontalOverflow(page));
				if (overflow) problems.push(`${at}: ${overflow}`);
				expect(problems).toEqual([]);
			}),
		);
	});

	describe.each(actions.map((action) => [action.flyer, action] as const))('the flyer %s', (path, action) => {
		it.for(COLOR_SCHEMES)(`printed on a phone ${PHONE_375.width} px wide from the %s theme, shows its short link, wrapped within the page`, (scheme, { expect }) =>
			pages.visit(PHONE_375, scheme, path, async ({ page }) => {
				await print(page, scheme);
				const at = `${path} printed from ${scheme} at ${PHONE_375.width} px`;
				const problems: string[] = [];
				const [printed] = await shown(page, '.short-link');
				if (!printed) problems.push(`${at}: the short link (.short-link) does not print`);
				else {
					const { text, left, right, scrollWidth, clientWidth } = await page.locator('.short-link').first().evaluate((element) => {
						const box = element.getBoundingClientRect();
						return { text: element.textContent ?? '', left: box.left, right: box.right, scrollWidth: element.scrollWidth, clientWidth: element.clientWidth };
					});
					// Soft hyphens and zero-width spaces may offer places to break; the address typed stays the same.
					const typed = text.replace(/[\s\u00ad\u200b]/g, '');
					if (!typed.includes(action.typedShortLink)) problems.push(`${at}: the short link reads "${typed}", not ${action.typedShortLink}`);
					if (left < 0 || right > PHONE_375.width) problems.push(`${at}: the short link runs from ${Math.round(left)} to ${Math.round(right)} px, past the page's edge (${PHONE_375.width})`);
					else if (scrollWidth > clientWidth) problems.push(`${at}: the short link's text is ${scrollWidth} px wide in a ${clientWidth} px box: it runs past its box instead of wrapping`);
				}
				const overflow = overflowProblem(await horizontalOverflow(page));
				if (overflow) problems.push(`${at}: ${overflow}`);
				expect(problems).toEqual([]);
			}),
		);
	});
});

describe('screenshots for reviewers', () => {
	const FOLDER = join(ROOT, 'test-results/screenshots');
	/** The first page of PAGE_TYPES under a collection or list: `/stories/` gives `/stories/a-year-of-repair-cafes/`. */
	const entryUnder = (list: string) => {
		const found = PAGE_TYPES.find((path) => path.startsWith(list) && path !== list && !path.endsWith('/flyer/'));
		if (!found) throw new Error(`PAGE_TYPES has no page under ${list}`);
		return found;
	};
	/** The example's action that passes `test`, one of PAGE_TYPES if one does. */
	const pick = (test: (action: PublishedAction) => boolean) => actions.find((action) => test(action) && PAGE_TYPES.includes(action.path)) ?? actions.find(test);
	const needed = (action: PublishedAction | undefined, what: string) => {
		if (!action) throw new Error(`The example hub has no ${what} to show reviewers`);
		return action;
	};
	const event = needed(pick((action) => action.open && action.data.event !== undefined), 'open event');
	// A petition or a pledge: a page whose one job is a signature.
	const petition = needed(pick((action) => action.open && (action.data.kind === 'petition' || action.data.kind === 'pledge')), 'open petition or pledge');
	const closed = pick((action) => !action.open);
	const MAIN_PAGES: Array<[name: string, path: string]> = [
		['home', '/'],
		['actions', '/actions/'],
		['action-event', event.path],
		['action-petition', petition.path],
		...(closed ? [['action-closed', closed.path] as [string, string]] : []),
		['flyer', event.flyer],
		['embed', event.path.replace(/^\/actions\//, '/embed/actions/')],
		['stories', '/stories/'],
		['story', entryUnder('/stories/')],
		['members', '/members/'],
		['member', entryUnder('/members/')],
		['resource', entryUnder('/resources/')],
		['topic', entryUnder('/topics/')],
		['search', '/search/?q=repair'],
		['404', '/no-such-page/'],
	];
	/** A phone's first screen as a member sees it on arrival; a laptop's whole page. */
	const SIZES = [
		{ screen: PHONE_375, fullPage: false },
		{ screen: DESKTOP, fullPage: true },
	];

	it('writes the main page types at phone and desktop size, light and dark, into test-results/screenshots/', { timeout: 180_000 }, async () => {
		rmSync(FOLDER, { recursive: true, force: true });
		mkdirSync(FOLDER, { recursive: true });
		// Each size and scheme has its own tab: the four series run side by side.
		const series = SIZES.flatMap(({ screen, fullPage }) => COLOR_SCHEMES.map((scheme) => ({ screen, fullPage, scheme })));
		const written = (
			await Promise.all(
				series.map(({ screen, fullPage, scheme }) =>
					Promise.all(
						MAIN_PAGES.map(([name, path]) =>
							pages.visit(screen, scheme, path, async ({ page }) => {
								const file = join(FOLDER, `${name}-${screen.width}-${scheme}.png`);
								await page.screenshot({ path: file, fullPage, scale: 'css', animations: 'disabled' });
								return { file, screen, fullPage };
							}),
						),
					),
				),
			)
		).flat();
		const shots = await Promise.all(written.map(async ({ file, screen, fullPage }) => ({ file, screen, fullPage, metadata: await sharp(file).metadata() })));
		const wrong = shots
			.filter(({ screen, fullPage, metadata }) => metadata.format !== 'png' || metadata.width !== screen.width || (fullPage ? metadata.height < screen.height : metadata.height !== screen.height))
			.map(({ file, screen, metadata }) => `${file}: ${metadata.format} ${metadata.width}×${metadata.height}, expected a PNG ${screen.width} px wide`);
		expect(wrong).toEqual([]);
		expect(shots).toHaveLength(MAIN_PAGES.length * SIZES.length * COLOR_SCHEMES.length);
	});
});

describe('the measures themselves', () => {
	let page: Page;
	beforeAll(async () => {
		page = await (await browser.newContext(contextOptions(PHONE_375, 'light'))).newPage();
	});
	afterAll(() => page?.context().close());
	const show = (html: string) => page.setContent(`<!doctype html><meta name="viewport" content="width=device-width, initial-scale=1"><style>body { margin: 0 }</style>${html}`);

	it('find what runs past the screen\'s side, and let a wide table scroll in its own box', async () => {
		await show('<main><div class="poster" style="width: 500px">wide</div></main>');
		expect(overflowProblem(await horizontalOverflow(page))).toBe('scrolls sideways: the page is 500 px wide on a 375 px screen; 1 element(s) stick out, the widest div.poster (500 px wide, from 0 to 500 px)');
		await show('<style>html, body { overflow-x: hidden }</style><p class="cut" style="width: 500px">cut off, not scrolled</p>');
		expect(overflowProblem(await horizontalOverflow(page))).toMatch(/^content is cut off at the screen's sides \(375 px\); 1 element\(s\) stick out, the widest p\.cut/);
		await show('<p class="address" style="font-size: 40px">guild.example.org/go/a-long-action-name</p>');
		expect(overflowProblem(await horizontalOverflow(page))).toMatch(/the widest p\.address \(375 px wide, its content running on to \d+ px\)$/);
		await show('<div style="overflow-x: auto"><table style="width: 600px"><tr><td>a wide table</td></tr></table></div><a class="skip" style="position: absolute; left: -999px">Skip</a>');
		expect(overflowProblem(await horizontalOverflow(page))).toBeUndefined();
	});

	it('find a box in the first screen, or say where it is instead', async () => {
		await show(`<h1>Title</h1><div style="height: 700px"></div><a data-late href="#">Act</a><p data-hidden hidden>Hidden</p>
			<p data-under style="position: absolute; top: 600px; margin: 0; height: 40px">Under the bar</p>
			<div class="bar" style="position: fixed; bottom: 0; left: 0; right: 0; height: 80px; background: black"></div>`);
		expect(await boxInFirstScreen(page, 'h1', PHONE_375)).toBeUndefined();
		expect(await boxInFirstScreen(page, '[data-late]', PHONE_375)).toMatch(/^\[data-late\] \(a\) at (\d+)–(\d+) px: bottom at \2 px, below the first screen \(667\)$/);
		expect(await boxInFirstScreen(page, '[data-hidden]', PHONE_375)).toBe('[data-hidden] is on the page (1×) but not visible (hidden, transparent or of no size)');
		expect(await boxInFirstScreen(page, '[data-missing]', PHONE_375)).toBe('no element matches [data-missing]');
		expect(await boxInFirstScreen(page, '[data-under]', PHONE_375)).toBe('[data-under] (p) at 600–640 px: covered by div.bar');
	});

	it('read colours as they land on white paper, in any CSS notation', async () => {
		await show('<style>body { background: oklch(20% 0 0) } h1 { color: rgb(255 255 255 / 50%) }</style><h1>Title</h1>');
		const ink = (await titleInk(page))!;
		expect(ink.page.luminance).toBeLessThan(0.05);
		expect(ink.title.luminance).toBeGreaterThan(0.1);
		expect(ink.title.luminance).toBeLessThan(0.5);
		await show('<style>h1 { color: color-mix(in srgb, black 95%, white) }</style><h1>Title</h1>');
		const paper = (await titleInk(page))!;
		expect(describeInk(paper.page)).toBe('rgb(255, 255, 255) (luminance 1.00)');
		expect(paper.title.luminance).toBeLessThan(0.01);
	});
});
