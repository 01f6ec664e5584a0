/**
 * Markdown bodies may hold HTML; the hub keeps what is safe and drops the rest, whatever an editor
 * pastes: no `<script>`, no `<style>`, no event handlers (`onclick=`), no `javascript:` or `data:` links,
 * no forms or frames. GitHub's own rules for README files (hast-util-sanitize's default schema), which
 * organizers already know from GitHub, plus the few attributes Astro's own plugins add.
 */
import type { Element, Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import rehypeRaw from 'rehype-raw';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { SAFE_SCHEMES } from '../lib/safe-url.ts';

/**
 * The schemes a link (`href`) or a picture (`src`) keeps; any other removes the link's address, or the
 * picture. Content links are refused at other schemes by the check (src/lib/safe-url.ts) already.
 */
export const KEPT_PROTOCOLS = {
	href: SAFE_SCHEMES.map((scheme) => scheme.slice(0, -1)),
	src: defaultSchema.protocols?.src ?? ['http', 'https'],
};

const schema: Schema = {
	...defaultSchema,
	// GitHub's defaults stand: `id` and `name` written in a body get the `user-content-` prefix, so a body
	// can never clobber a global the page's script uses (`<img name="querySelectorAll">`) nor an id of
	// the page; and classes are only GitHub's own (language-*, task lists, footnotes), so a body can
	// never dress a link as the hub's call-to-action button. Astro adds heading ids after this step.
	protocols: { ...defaultSchema.protocols, ...KEPT_PROTOCOLS },
	// `name` only ever names a global for a script to find (it is obsolete on links and images).
	attributes: Object.fromEntries(Object.entries(defaultSchema.attributes ?? {}).map(([tag, allowed]) => [tag, allowed.filter((attribute) => attribute !== 'name')])),
};

/** hast properties that name or point at an id, which the sanitizer prefixes (GitHub's `clobber`). */
export const CLOBBERED: readonly string[] = defaultSchema.clobber ?? [];
export const CLOBBER_PREFIX = defaultSchema.clobberPrefix ?? 'user-content-';
const DOUBLED = new RegExp(`^(${CLOBBER_PREFIX})+`);

/**
 * Once prefixed is enough: Markdown's footnotes come prefixed already (`user-content-fn-1`, and links to
 * `#user-content-fn-1`), and the sanitizer prefixes every id again, which broke every footnote's links.
 */
const prefixedOnce = (value: unknown): unknown => (Array.isArray(value) ? value.map(prefixedOnce) : typeof value === 'string' ? value.replace(DOUBLED, CLOBBER_PREFIX) : value);

/**
 * What sanitizing leaves behind that means nothing (an empty `class`, an image whose address was
 * removed), and ids prefixed twice.
 */
function tidy(tree: Root): Root {
	visit(tree, 'element', (node: Element, index, parent) => {
		if (Array.isArray(node.properties.className) && node.properties.className.length === 0) delete node.properties.className;
		for (const key of CLOBBERED) if (key in node.properties) node.properties[key] = prefixedOnce(node.properties[key]) as Element['properties'][string];
		if (node.tagName === 'img' && node.properties.src === undefined && parent && index !== undefined) {
			parent.children.splice(index, 1);
			return index;
		}
		return undefined;
	});
	return tree;
}

/**
 * Parses raw HTML into elements (so it can be checked), then keeps only the safe ones. Bodies without
 * raw HTML take the faster path of satteri-safe-markdown.ts, with the same guarantees.
 * MDX files are left alone: they hold JSX and JavaScript rather than raw HTML, and are code by nature
 * (they run at build time), so they are trusted like the rest of the repository's code.
 */
export const rehypeSafeHtml: Plugin<[], Root> = function () {
	const parseRaw = rehypeRaw.call(this) as (tree: Root, file: VFile) => Root;
	return (tree, file) => (/\.mdx$/i.test(file.path ?? '') ? tree : tidy(sanitize(parseRaw(tree, file), schema) as Root));
};
