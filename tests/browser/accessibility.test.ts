/** axe-core on every page type, in light and in dark: no WCAG 2.2 AA violation at all. */
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { distOf } from '../helpers/html.ts';
import { SITES } from '../helpers/sites.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';
import { PAGE_TYPES } from '../helpers/page-types.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
let site: StaticSite;
beforeAll(async () => {
	[browser, site] = await Promise.all([launchBrowser(), serveStatic(distOf(SITES.example))]);
});
afterAll(async () => {
	await Promise.all([browser?.close(), site?.close()]);
});

describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
	it.each(PAGE_TYPES)('%s has no accessibility violation', async (path) => {
		// axe is injected by the test, so this one context may bypass the site's CSP.
		const { page, close } = await openPage(browser, `${site.url}${path}`, { colorScheme, bypassCSP: true });
		await page.addScriptTag({ path: AXE });
		const violations = await page.evaluate(async (tags) => {
			const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }> } }).axe;
			const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
			return result.violations.map((v) => ({ rule: v.id, help: v.help, where: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`) }));
		}, WCAG_22_AA);
		expect(violations).toEqual([]);
		await close();
	});
});
