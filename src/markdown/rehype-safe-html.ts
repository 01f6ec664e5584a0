/**
 * Markdown bodies may hold HTML; the hub keeps what is safe and drops the rest, whatever an editor
 * pastes: no `<script>`, no `<style>`, no event handlers (`onclick=`), no `javascript:` or `data:` links,
 * no forms or frames. GitHub's own rules for README files (hast-util-sanitize's default schema), which
 * organizers already know from GitHub, plus the few attributes Astro's own plugins add.
 */
import type { Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import rehypeRaw from 'rehype-raw';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';

const schema: Schema = {
	...defaultSchema,
	// Keep heading ids as written; Astro adds its own after this step.
	clobberPrefix: '',
	attributes: {
		...defaultSchema.attributes,
		// Tables keep their alignment; images their size.
		'*': [...(defaultSchema.attributes?.['*'] ?? []), 'className'],
	},
	protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel', 'sms'] },
};

/**
 * Parses raw HTML into elements (so it can be checked), then keeps only the safe ones.
 * MDX files are left alone: they hold JSX and JavaScript rather than raw HTML, and are code by nature
 * (they run at build time), so they are trusted like the rest of the repository's code.
 */
export const rehypeSafeHtml: Plugin<[], Root> = function () {
	const parseRaw = rehypeRaw.call(this) as (tree: Root, file: VFile) => Root;
	return (tree, file) => (/\.mdx$/i.test(file.path ?? '') ? tree : (sanitize(parseRaw(tree, file), schema) as Root));
};
