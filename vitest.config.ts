import { defineConfig } from 'vitest/config';

/**
 * Tests by level. `npm test` runs every project; `npm test -- --project unit` runs one.
 * - types: `astro check` over the whole project.
 * - unit: pure modules, real files in temporary folders, no site build: seconds.
 * - site: the HTML of fixture hubs built with Astro, read with a real parser.
 * - browser: the same builds in a real Chromium.
 * The site and browser projects share one global setup, which builds the fixture hubs once per run.
 */
export default defineConfig({
	test: {
		projects: [
			{ extends: true, test: { name: 'types', include: ['tests/types/**/*.test.ts'] } },
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/helpers/global-setup.ts'], hookTimeout: 300_000 } },
			{ extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: ['tests/helpers/global-setup.ts'], hookTimeout: 300_000 } },
		],
		testTimeout: 60_000,
	},
});
