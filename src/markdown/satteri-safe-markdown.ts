/**
 * Bodies without raw HTML are rendered by Sätteri, Astro's native (Rust) Markdown processor: 40 times
 * faster than unified on a 10,000-entry hub. Markdown alone can still write things the sanitizer
 * (rehype-safe-html.ts) would remove, so these hast plugins give such bodies the same guarantees, for
 * everything Markdown can make:
 * - a link keeps its address only at a kept scheme (`[x](javascript:…)` becomes a link without one),
 *   and a picture only at http(s) (`![x](data:…)` is removed), as the sanitizer's protocol test decides;
 * - ids and the ARIA references to them get GitHub's `user-content-` prefix (footnotes), so a body never
 *   takes an id of the page;
 * - no `style` attribute (a table column's alignment becomes `align`, as unified writes it): inline
 *   styles are refused by the page's Content-Security-Policy;
 * - no raw HTML at all: a body holding any is refused here ({@link NeedsUnified}) and rendered by the
 *   unified pipeline, raw HTML parsed and sanitized (see hub-markdown.ts).
 * A picture written by reference (`![shop][s]` … `[s]: ../images/shop.jpg`) is refused too: Astro's
 * Sätteri pipeline collects only inline pictures to process, so its file would not be published.
 */
import type { HastPluginDefinition, HastVisitorContext, MdastPluginDefinition } from 'satteri';
import { hubLinkChanges, linkPrefix } from './hub-link-changes.ts';
import { CLOBBER_PREFIX, CLOBBERED, KEPT_PROTOCOLS } from './rehype-safe-html.ts';

/** Thrown while rendering a body that only the unified pipeline renders right: raw HTML, a picture by reference. */
export class NeedsUnified extends Error {
	constructor(what: string) {
		super(`This Markdown holds ${what}: render it with the sanitizing (unified) pipeline.`);
	}
}


/**
 * Whether an address keeps its scheme: hast-util-sanitize's own test (a colon before any `/`, `?` or
 * `#` starts a scheme, which must be one of the list; anything else is a relative address).
 */
export function keptAddress(url: string, protocols: readonly string[]): boolean {
	const colon = url.indexOf(':');
	if (colon < 0) return true;
	for (const mark of ['/', '?', '#']) {
		const at = url.indexOf(mark);
		if (at > -1 && colon > at) return true;
	}
	return protocols.some((protocol) => colon === protocol.length && url.slice(0, colon) === protocol);
}

const prefixed = (value: unknown) => {
	const names = Array.isArray(value) ? value.map(String) : String(value).split(/\s+/);
	return names.filter(Boolean).map((name) => (name.startsWith(CLOBBER_PREFIX) ? name : `${CLOBBER_PREFIX}${name}`));
};

/** `text-align: center` in a table cell's style, as `center`; undefined for any other style. */
const alignment = (style: unknown) => /^\s*text-align:\s*(left|right|center)\s*;?\s*$/i.exec(String(style))?.[1]?.toLowerCase();

type Element = Parameters<NonNullable<Extract<HastPluginDefinition['element'], { visit: unknown }>['visit']>>[0];

function makeSafe(node: Element, ctx: HastVisitorContext): void {
	const properties = node.properties ?? {};
	const href = properties.href;
	if (typeof href === 'string' && !keptAddress(href, KEPT_PROTOCOLS.href)) ctx.setProperty(node, 'href', null);
	if (node.tagName === 'img') {
		const src = properties.src;
		if (typeof src !== 'string' || !keptAddress(src, KEPT_PROTOCOLS.src)) return ctx.removeNode(node);
	}
	for (const key of CLOBBERED) {
		const value = properties[key];
		if (value === undefined || value === null) continue;
		const names = prefixed(value);
		ctx.setProperty(node, key, key === 'id' || key === 'name' ? names.join(' ') : names);
	}
	if (properties.style !== undefined) {
		const align = (node.tagName === 'th' || node.tagName === 'td') && alignment(properties.style);
		if (align) ctx.setProperty(node, 'align', align);
		ctx.setProperty(node, 'style', null);
	}
}

/** The sanitizer's guarantees for a Markdown body without raw HTML (see above). */
export const satteriSafeMarkdown: HastPluginDefinition = {
	name: 'community-hub-safe-markdown',
	element: { filter: [], visit: makeSafe },
	raw() {
		throw new NeedsUnified('raw HTML');
	},
};

/** Refuses a picture written by reference (see above), before the tree is turned into HTML. */
export const satteriPicturesInline: MdastPluginDefinition = {
	name: 'community-hub-pictures-inline',
	imageReference() {
		throw new NeedsUnified('a picture written by reference');
	},
};

/** Hub links (hub-link-changes.ts) for the Sätteri pipeline. */
export function satteriHubLinks(base: string): HastPluginDefinition {
	const prefix = linkPrefix(base);
	return {
		name: 'community-hub-links',
		element: {
			filter: ['a', 'img'],
			visit(node, ctx) {
				for (const [key, value] of hubLinkChanges(node.tagName, node.properties ?? {}, prefix)) ctx.setProperty(node, key, value);
			},
		},
	};
}
