/**
 * What a visitor sees of a page's layout, measured in a real Chromium: whether it scrolls sideways,
 * whether a box is in the first screen, how it prints. Each measure returns a problem in plain words
 * (or nothing when all is well), and `where()` names the page, screen and colour scheme, so a failing
 * test says exactly what a reviewer would see.
 *
 * Pages are visited through `tabs()`: one browser tab per screen size and colour scheme, navigated
 * from page to page instead of a new context per page, the tabs of different screens side by side.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

export type ColorScheme = 'light' | 'dark';
export const COLOR_SCHEMES = ['light', 'dark'] as const satisfies readonly ColorScheme[];

export interface Screen {
	width: number;
	height: number;
}

/** The smallest phones still in use, the most common phone, a current phone, and a laptop. */
export const SCREENS: readonly Screen[] = [
	{ width: 320, height: 640 },
	{ width: 375, height: 667 },
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 },
];
/** An A4 sheet at 96 px per inch: the page a print preview lays out. */
export const A4: Screen = { width: 794, height: 1123 };

/** Below this width a screen is a phone: touch, a mobile viewport and 2× pixels, as on a real phone. */
const PHONE_WIDTH = 768;
export const isPhone = (screen: Screen) => screen.width < PHONE_WIDTH;

export const screenName = (screen: Screen) => `${screen.width}×${screen.height}`;
/** "/actions/winter-meetup/ at 375×667 light". */
export const where = (path: string, screen: Screen, scheme: ColorScheme) => `${path} at ${screenName(screen)} ${scheme}`;

export function contextOptions(screen: Screen, colorScheme: ColorScheme): BrowserContextOptions {
	const viewport = { width: screen.width, height: screen.height };
	return isPhone(screen) ? { viewport, colorScheme, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : { viewport, colorScheme };
}

export interface Visit {
	page: Page;
	/** The HTTP status the page was served with. */
	status: number;
}

export interface Tabs {
	/**
	 * Opens `path` in the tab of this screen and scheme (loaded, fonts ready, screen media, not scrolled)
	 * and runs `look` on it. Visits to one tab wait their turn; visits to different tabs run side by side.
	 */
	visit<T>(screen: Screen, colorScheme: ColorScheme, path: string, look: (visit: Visit) => Promise<T>): Promise<T>;
	close(): Promise<void>;
}

/** One tab per screen and colour scheme, opened on first use and reused from page to page. */
export function tabs(browser: Browser, origin: string): Tabs {
	const open = new Map<string, Promise<Page>>();
	const turns = new Map<string, Promise<unknown>>();
	const tab = (key: string, screen: Screen, colorScheme: ColorScheme) => {
		let page = open.get(key);
		if (!page) open.set(key, (page = browser.newContext(contextOptions(screen, colorScheme)).then((context) => context.newPage())));
		return page;
	};
	return {
		visit(screen, colorScheme, path, look) {
			const key = `${screenName(screen)} ${colorScheme}`;
			const turn = (turns.get(key) ?? Promise.resolve()).then(async () => {
				const page = await tab(key, screen, colorScheme);
				await page.emulateMedia({ media: 'screen', colorScheme });
				const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
				await page.evaluate(() => document.fonts.ready.then(() => undefined));
				return look({ page, status: response?.status() ?? 0 });
			});
			turns.set(key, turn.catch(() => undefined));
			return turn;
		},
		async close() {
			await Promise.all([...open.values()].map(async (page) => (await page).context().close()));
		},
	};
}

/** An element as a reviewer finds it in the page's source: `a.button.primary`, `section#share`. */
interface Named {
	name: string;
	left: number;
	/** Where the element, or its content spilling out of it, ends. */
	right: number;
	width: number;
	/** Its content (text too long to wrap, say) runs past its box. */
	spills: boolean;
}

export interface Overflow {
	/** The screen's width, the edge content must stay within. */
	width: number;
	/** The width the page's content takes. */
	scrollWidth: number;
	/** Visible elements past the left or right edge, widest first (at most five). */
	offenders: Named[];
	/** How many visible elements stick out, in all. */
	count: number;
	/** The first offender with no offender inside it: usually the cause. */
	innermost: Named | undefined;
}

/**
 * How far the page runs past the screen's sides. An element counts when it is visible and some of it
 * lies past an edge once clipped by its scrolling or clipping ancestors (a wide table in its own
 * scrolling box is fine); the page's own `overflow-x: hidden` on `html` or `body` does not excuse it,
 * since the visitor still loses what is cut off. The edge is the screen's (the context's viewport),
 * or the page's width less a scroll bar if that is narrower.
 */
export function horizontalOverflow(page: Page): Promise<Overflow> {
	const screenWidth = page.viewportSize()?.width ?? Number.POSITIVE_INFINITY;
	return page.evaluate((screenWidth) => {
		const width = Math.min(screenWidth, document.documentElement.clientWidth);
		const name = (element: Element) =>
			element.tagName.toLowerCase() + (element.id ? `#${element.id}` : '') + [...element.classList].map((c) => `.${c}`).join('');
		const found: Array<{ element: Element; named: Named }> = [];
		for (const element of document.body.querySelectorAll('*')) {
			if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
			const box = element.getBoundingClientRect();
			if (box.width <= 1 || box.height <= 1) continue; // visually hidden text for screen readers
			const style = getComputedStyle(element);
			// Its own text too long for its box (an address that does not wrap) runs past it without widening it.
			const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
			const spills = ownText && style.overflowX === 'visible' && element.scrollWidth > element.clientWidth + 1;
			const extent = spills ? Math.max(box.right, box.left + element.clientLeft + element.scrollWidth) : box.right;
			// What the ancestors that scroll or clip leave of it (a fixed element escapes them).
			let [left, right] = [box.left, extent];
			for (let up = element.parentElement; up && up !== document.body && style.position !== 'fixed'; up = up.parentElement) {
				if (getComputedStyle(up).overflowX === 'visible') continue;
				const clip = up.getBoundingClientRect();
				[left, right] = [Math.max(left, clip.left), Math.min(right, clip.right)];
			}
			if (right <= left) continue; // clipped away entirely
			if (right <= 0) continue; // parked off the left edge on purpose (a skip link, say)
			if (left < -1 || right > width + 1) {
				found.push({ element, named: { name: name(element), left: Math.round(box.left), right: Math.round(right), width: Math.round(box.width), spills: extent > box.right && right > box.right } });
			}
		}
		const innermost = found.find((outer) => !found.some((inner) => inner !== outer && outer.element.contains(inner.element)));
		return {
			width,
			scrollWidth: document.documentElement.scrollWidth,
			offenders: [...found].sort((a, b) => b.named.width - a.named.width).slice(0, 5).map(({ named }) => named),
			count: found.length,
			innermost: innermost?.named,
		};
	}, screenWidth);
}

/** What is wrong with the page's width, in plain words, or undefined when nothing runs past the screen's sides. */
export function overflowProblem(overflow: Overflow): string | undefined {
	const scrolls = overflow.scrollWidth > overflow.width;
	if (!scrolls && overflow.count === 0) return undefined;
	const say = (named: Named) =>
		named.spills ? `${named.name} (${named.width} px wide, its content running on to ${named.right} px)` : `${named.name} (${named.width} px wide, from ${named.left} to ${named.right} px)`;
	const [widest] = overflow.offenders;
	const { innermost } = overflow;
	const same = (a: Named, b: Named) => a.name === b.name && a.left === b.left && a.right === b.right;
	return [
		scrolls ? `scrolls sideways: the page is ${overflow.scrollWidth} px wide on a ${overflow.width} px screen` : `content is cut off at the screen's sides (${overflow.width} px)`,
		widest && `${overflow.count} element(s) stick out, the widest ${say(widest)}`,
		innermost && widest && !same(innermost, widest) && `the innermost ${say(innermost)}`,
	]
		.filter(Boolean)
		.join('; ');
}

export interface Placement {
	/** How many elements match the selector. */
	matches: number;
	/**
	 * Of the matches visible with a size (not `display: none`, `visibility: hidden`, transparent or
	 * zero-sized), the one placed best (the highest), where it is, and what covers its middle, if anything.
	 */
	best: { name: string; top: number; bottom: number; left: number; right: number; coveredBy: string | undefined } | undefined;
}

/** Where the visible matches of `selector` are after load, before any scrolling. */
export function placement(page: Page, selector: string): Promise<Placement> {
	return page.evaluate((selector) => {
		const name = (element: Element) =>
			element.tagName.toLowerCase() + (element.id ? `#${element.id}` : '') + [...element.classList].map((c) => `.${c}`).join('');
		const matches = [...document.querySelectorAll(selector)];
		const visible = matches
			.filter((element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
			.map((element) => ({ element, box: element.getBoundingClientRect() }))
			.filter(({ box }) => box.width > 0 && box.height > 0)
			.sort((a, b) => a.box.bottom - b.box.bottom);
		const first = visible[0];
		if (!first) return { matches: matches.length, best: undefined };
		const { element, box } = first;
		const middle = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
		const coveredBy = middle && middle !== element && !element.contains(middle) ? name(middle) : undefined;
		return {
			matches: matches.length,
			best: { name: name(element), top: Math.round(box.top), bottom: Math.round(box.bottom), left: Math.round(box.left), right: Math.round(box.right), coveredBy },
		};
	}, selector);
}

/**
 * Whether `selector` shows, whole and uncovered, in the first screen (the page's viewport unless
 * another screen is named); a sentence saying what is wrong if not.
 */
export async function boxInFirstScreen(page: Page, selector: string, screen: Screen | null = page.viewportSize()): Promise<string | undefined> {
	if (!screen) throw new Error('boxInFirstScreen needs a page with a fixed viewport, or a screen');
	const { matches, best } = await placement(page, selector);
	if (matches === 0) return `no element matches ${selector}`;
	if (!best) return `${selector} is on the page (${matches}×) but not visible (hidden, transparent or of no size)`;
	const at = `${selector} (${best.name}) at ${best.top}–${best.bottom} px`;
	if (best.top < 0) return `${at}: top above the first screen`;
	if (best.bottom > screen.height) return `${at}: bottom at ${best.bottom} px, below the first screen (${screen.height})`;
	if (best.left < 0 || best.right > screen.width) return `${at}: runs from ${best.left} to ${best.right} px across, past the screen's sides (${screen.width})`;
	if (best.coveredBy) return `${at}: covered by ${best.coveredBy}`;
	return undefined;
}

/** The elements matching `selector` that show (in print or on screen, whichever media is emulated), by name. */
export function shown(page: Page, selector: string): Promise<string[]> {
	return page.evaluate((selector) => {
		const name = (element: Element) =>
			element.tagName.toLowerCase() + (element.id ? `#${element.id}` : '') + [...element.classList].map((c) => `.${c}`).join('');
		return [...document.querySelectorAll(selector)]
			.filter((element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
			.filter((element) => element.getBoundingClientRect().width > 0 && element.getBoundingClientRect().height > 0)
			.map(name);
	}, selector);
}

/** A colour as it lands on white paper: the CSS colour, its sRGB value, and its relative luminance (WCAG, 0 black to 1 white). */
export interface Ink {
	css: string;
	rgb: [number, number, number];
	luminance: number;
}

export interface TitleInk {
	/** The page's own background (`html` then `body`), laid on white. */
	page: Ink;
	/** Everything behind the `h1` (its ancestors' and its own backgrounds), laid on white. */
	behindTitle: Ink;
	/** The `h1`'s text colour, laid on what is behind it. */
	title: Ink;
}

/** The colours of the page and its `h1` as they are (print the media to emulate first); undefined with no `h1`. */
export function titleInk(page: Page): Promise<TitleInk | undefined> {
	return page.evaluate(() => {
		const h1 = document.querySelector('h1');
		if (!h1) return undefined;
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = 1;
		const context = canvas.getContext('2d', { willReadFrequently: true })!;
		const channel = (value: number) => {
			const c = value / 255;
			return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		};
		// Lays each colour over the last on white paper: the canvas converts any CSS colour (oklch, color-mix…) to sRGB.
		const ink = (layers: string[]) => {
			context.fillStyle = '#fff';
			context.fillRect(0, 0, 1, 1);
			for (const layer of layers) {
				context.fillStyle = layer;
				context.fillRect(0, 0, 1, 1);
			}
			const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
			return { css: layers.at(-1) ?? '#fff', rgb: [r, g, b] as [number, number, number], luminance: 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b) };
		};
		const chain: Element[] = [];
		for (let element: Element | null = h1; element; element = element.parentElement) chain.unshift(element);
		const backgrounds = chain.map((element) => getComputedStyle(element).backgroundColor);
		return {
			page: ink([getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).backgroundColor]),
			behindTitle: ink(backgrounds),
			title: ink([...backgrounds, getComputedStyle(h1).color]),
		};
	});
}

export const describeInk = (ink: Ink) => `rgb(${ink.rgb.join(', ')}) (luminance ${ink.luminance.toFixed(2)})`;
