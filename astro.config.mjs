// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { communityHub } from './src/integration/community-hub.ts';
import { inSitemap, SITEMAP_ENTRY_LIMIT } from './src/routes/crawlers.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES } from './src/hosting/security-headers.ts';

// The site's address, base path, short links and Markdown pipeline are set by the community-hub integration.
export default defineConfig({
	// The sitemap's absolute addresses come from `site` and `base`, which the community-hub integration sets.
	integrations: [communityHub(), mdx(), sitemap({ filter: inSitemap, entryLimit: SITEMAP_ENTRY_LIMIT })],
	trailingSlash: 'always',
	devToolbar: { enabled: false },
	// One stylesheet file for every page, so the Content-Security-Policy has no inline style to allow.
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	security: {
		// A policy per page, in a <meta> tag, with hashes of the hub's own scripts: nothing else runs.
		// The same policy, for all pages, goes to the host as a header (dist/_headers).
		csp: { directives: [...CSP_DIRECTIVES], scriptDirective: { resources: [...SCRIPT_SOURCES] } },
	},
	// Every hub script goes into its page, whatever its size, where the page's policy allows it by its
	// hash: a script file would need `'self'`, which would let any .js in public/ run (the search page's
	// script is larger than Vite's 4 kB default). Other assets keep Vite's rule.
	vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? true : undefined) } },
	// Code blocks stay plain: Shiki's colors are inline styles, which the Content-Security-Policy refuses.
	markdown: { syntaxHighlight: false },
	// Completion and validation of frontmatter in editors (Astro's VS Code extension), from the content schemas.
	experimental: { contentIntellisense: true },
});
