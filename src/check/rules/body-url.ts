/**
 * What an address written in a body is, for the rules that check links and images: each rule takes
 * one kind, so that every link or image gets at most one finding about where it goes. Addresses come
 * from Markdown links and images, reference-style definitions (`[text][ref]` … `[ref]: /path`), and
 * the `href` and `src` of raw HTML (`<a href="//…">`), so that none of them skips the check.
 */
import { Parser } from 'htmlparser2';
import type { Position } from '../../source/yaml-source.ts';
import type { RuleContext } from './rule.ts';

/** `#part` of this page, `/path` of this hub, `scheme:` or `//host` elsewhere, or anything else. */
export type UrlKind = 'fragment' | 'site' | 'external' | 'relative';

/** The kind of an address as a browser reads it: tabs and line breaks inside it do not count (`java\tscript:`). */
export function urlKind(written: string): UrlKind {
	const url = written.replace(/[\t\n\r]/g, '').trim();
	if (url.startsWith('#')) return 'fragment';
	if (url.startsWith('/') && !url.startsWith('//')) return 'site';
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return 'external';
	return 'relative';
}

/** An address in the body: where it leads, whether it is a link or an image, where it is written, and in what. */
export interface Address {
	url: string;
	type: 'link' | 'image';
	position: Position;
	/** Written in raw HTML rather than Markdown. */
	html: boolean;
}

/** The attributes of raw HTML that lead somewhere, by element. */
const HTML_ADDRESSES: Record<string, { attribute: string; type: Address['type'] }> = { a: { attribute: 'href', type: 'link' }, img: { attribute: 'src', type: 'image' } };

/** Every address of the body, in document order within each source. */
export function addresses(context: Pick<RuleContext, 'nodes' | 'nodePosition'>): Address[] {
	const { nodes, nodePosition } = context;
	const markdown = [...nodes('link'), ...nodes('definition'), ...nodes('image')].map((node): Address => ({
		url: node.url,
		type: node.type === 'image' ? 'image' : 'link',
		position: nodePosition(node),
		html: false,
	}));
	const html = nodes('html').flatMap((node) => htmlAddresses(node.value, nodePosition(node)));
	return [...markdown, ...html];
}

/** The addresses of a piece of raw HTML, each at its own line and column. */
function htmlAddresses(html: string, start: Position): Address[] {
	const found: Address[] = [];
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const wanted = HTML_ADDRESSES[name];
				const url = wanted && attributes[wanted.attribute];
				if (wanted && url !== undefined) found.push({ url: url.trim(), type: wanted.type, position: offsetPosition(html, parser.startIndex, start), html: true });
			},
		},
		{ decodeEntities: true, lowerCaseAttributeNames: true, lowerCaseTags: true },
	);
	parser.end(html);
	return found;
}

/** The line and column of a character of an HTML block that starts at `start`. */
function offsetPosition(text: string, offset: number, start: Position): Position {
	const before = text.slice(0, offset);
	const lastBreak = before.lastIndexOf('\n');
	if (lastBreak === -1) return { line: start.line, column: start.column + offset };
	return { line: start.line + before.split('\n').length - 1, column: offset - lastBreak };
}
