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

/** Parses raw HTML into elements (so it can be checked), then keeps only the safe ones. */
export const rehypeSafeHtml: Plugin<[], Root> = function () {
	const parseRaw = rehypeRaw.call(this) as (tree: Root, file: unknown) => Root;
	return (tree, file) => sanitize(parseRaw(tree, file), schema) as Root;
};
