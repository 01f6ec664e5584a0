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
	// GitHub's defaults stand: `id` and `name` written in a body get the `user-content-` prefix, so a body
	// can never clobber a global the page's script uses (`<img name="querySelectorAll">`) nor an id of
	// the page; and classes are only GitHub's own (language-*, task lists, footnotes), so a body can
	// never dress a link as the hub's call-to-action button. Astro adds heading ids after this step.
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
