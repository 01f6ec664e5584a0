import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Builds the fixture sites once, one after another (Astro builds share a cache folder), before any test.
		globalSetup: ['tests/helpers/global-setup.ts'],
		hookTimeout: 300_000,
		testTimeout: 60_000,
	},
});
