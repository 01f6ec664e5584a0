/**
 * What an address written in a body is, for the rules that check links and images: each rule takes
 * one kind, so that every link or image gets at most one finding about where it goes.
 */
import type { Image, Link } from 'mdast';
import type { RuleContext } from './rule.ts';

/** `#part` of this page, `/path` of this hub, `scheme:` or `//host` elsewhere, or anything else. */
export type UrlKind = 'fragment' | 'site' | 'external' | 'relative';

/** The kind of an address as written. */
export function urlKind(url: string): UrlKind {
	if (url.startsWith('#')) return 'fragment';
	if (url.startsWith('/') && !url.startsWith('//')) return 'site';
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return 'external';
	return 'relative';
}

/** The body's links and images: every node with an address. */
export function linksAndImages(context: Pick<RuleContext, 'nodes'>): Array<Link | Image> {
	return [...context.nodes('link'), ...context.nodes('image')];
}
