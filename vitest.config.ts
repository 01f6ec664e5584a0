import { defineConfig } from 'vitest/config';

/**
 * Tests by level. `npm test` runs every project; `npm test -- --project unit` runs one.
 * - types: `astro check` over the whole project.
 * - unit: pure modules, real files in temporary folders, no site build: seconds.
 * - site: the HTML of fixture hubs built with Astro, read with a real parser.
 * - browser: the same builds in a real Chromium.
 * - build: `npm run build` failing, killed and run twice at once, and `npm run dev` showing content
 *   errors in the page, on small content folders, one file at a time (they share Astro's folders).
 * The site and browser projects share one global setup, which builds the fixture hubs once per run.
 * Builds of one checkout must not overlap (they share Astro's working folders, and so does `astro
 * check`): the build project runs in the first group, with the unit tests; everything else after it.
 */
export default defineConfig({
	test: {
		projects: [
			{ extends: true, test: { name: 'types', include: ['tests/types/**/*.test.ts'], sequence: { groupOrder: 1 } } },
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 } } },
			{ extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 0 } } },
			{ extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/helpers/global-setup.ts'], hookTimeout: 600_000, sequence: { groupOrder: 1 } } },
			{ extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: ['tests/helpers/global-setup.ts'], hookTimeout: 600_000, sequence: { groupOrder: 1 } } },
		],
		testTimeout: 60_000,
	},
});
