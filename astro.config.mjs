// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';

// The site's absolute URL comes from content/site.yaml (set by the content check).
export default defineConfig({
	integrations: [contentCheck(), mdx()],
	trailingSlash: 'always',
	build: { format: 'directory' },
	devToolbar: { enabled: false },
	// Completion and validation of frontmatter in editors (Astro's VS Code extension), from the content schemas.
	experimental: { contentIntellisense: true },
});
