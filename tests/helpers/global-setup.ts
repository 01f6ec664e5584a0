import { prepareBrowser } from './browser.ts';
import { buildSite } from './build-site.ts';
import { SITES, writeDerivedContent, writeGeneratedContent } from './sites.ts';

const built = Symbol.for('community-hub:fixture-sites-built');

/**
 * Builds the fixture sites once, one after another (Astro builds share a cache folder), before the
 * site and browser tests. Both projects name this setup, and both run in Vitest's main process: the
 * second finds the builds made (a mark on the process's global object) and only readies the browser.
 */
export default async function setup() {
	const process = globalThis as { [built]?: boolean };
	if (!process[built]) {
		writeDerivedContent();
		writeGeneratedContent();
		for (const site of Object.values(SITES)) buildSite(site);
		process[built] = true;
	}
	await prepareBrowser();
}
