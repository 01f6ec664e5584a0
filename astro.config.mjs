// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { CSP_DIRECTIVES } from './src/lib/security-headers.ts';

// The site's absolute URL comes from content/site.yaml (set by the content check).
export default defineConfig({
	integrations: [contentCheck(), mdx()],
	trailingSlash: 'always',
	devToolbar: { enabled: false },
	// One stylesheet file for every page, so the Content-Security-Policy has no inline style to allow.
	build: { format: 'directory', inlineStylesheets: 'never' },
	security: {
		// A policy per page, in a <meta> tag, with hashes of the hub's own scripts: nothing else runs.
		// The same policy, for all pages, goes to the host as a header (dist/_headers).
		csp: { directives: [...CSP_DIRECTIVES] },
	},
	// Completion and validation of frontmatter in editors (Astro's VS Code extension), from the content schemas.
	experimental: { contentIntellisense: true },
});
