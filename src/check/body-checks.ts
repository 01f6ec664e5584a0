/**
 * Checks of Markdown bodies, read with unified and remark-parse: links to hub pages that will not
 * exist, unsafe links, images without alt text or file, empty or vague link text, skipped headings.
 */
import type { Heading, Image, Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { checkUrl } from '../lib/safe-url.ts';
import { suggest } from '../lib/suggest.ts';
import type { RouteTable } from './route-table.ts';

export interface BodyProblem {
	line: number;
	column: number;
	severity: 'error' | 'warning';
	message: string;
}

const parser = unified().use(remarkParse);

/** Raw HTML the page will not keep (see src/markdown/rehype-safe-html.ts). */
const UNSAFE_HTML = /<\s*(script|style|iframe|object|embed|form)\b|\son[a-z]+\s*=|javascript:|<[^>]+\sstyle\s*=/i;

/** Link text that says nothing about where the link goes. */
const VAGUE = /^(click here|here|this|this link|link|read more|more|learn more|go|clique ici|ici|aquí|haga clic aquí)$/i;

export function checkBody(body: string, bodyLine: number, file: string, routes: RouteTable): BodyProblem[] {
	const problems: BodyProblem[] = [];
	const tree = parser.parse(body) as Root;
	const at = (node: { position?: { start: { line: number; column: number } } | undefined }) => ({
		line: (node.position?.start.line ?? 1) + bodyLine - 1,
		column: node.position?.start.column ?? 1,
	});
	const report = (node: Parameters<typeof at>[0], severity: BodyProblem['severity'], message: string) => problems.push({ ...at(node), severity, message });

	const checkTarget = (node: Link | Image, url: string, what: 'link' | 'image') => {
		if (url.startsWith('#')) return;
		if (url.startsWith('/') && !url.startsWith('//')) {
			const found = routes.lookup(url);
			if (found?.kind === 'unpublished') report(node, 'error', `This ${what} goes to ${url}, which ${found.why}, so the link would be broken on the site. Link to it once it is published.`);
			else if (!found) {
				const close = suggestPage(url, routes.pages);
				report(node, 'error', `There is no page at ${url} on this hub.${close.length ? ` Did you mean ${close[0]}?` : ''} Pages of entries are /actions/<file name>/, /stories/…, /members/…, /resources/….`);
			}
			return;
		}
		if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
			const checked = checkUrl(url.startsWith('//') ? `https:${url}` : url, { allowSitePath: false });
			if (!checked.ok) report(node, 'error', checked.message);
			return;
		}
		if (what === 'image') {
			if (!existsSync(resolve(dirname(file), url.split(/[?#]/)[0]!))) report(node, 'error', `No image at "${url}". Paths are relative to this file, such as ../images/photo.jpg.`);
			return;
		}
		report(node, 'error', `"${url}" is neither a full address nor a page of this hub. Write https://… for another site, or a path starting with / for a page here.`);
	};

	visit(tree, (node) => {
		if (node.type === 'link') {
			const text = toString(node).trim();
			checkTarget(node, node.url, 'link');
			if (text === '' && !node.children.some((child) => child.type === 'image')) {
				report(node, 'error', 'This link has no text, so screen readers read out the bare address. Write what the link leads to between the brackets.');
			} else if (VAGUE.test(text)) {
				report(node, 'warning', `"${text}" does not say where the link goes. Say what it does instead, such as [Sign the pledge](…).`);
			}
		} else if (node.type === 'html' && UNSAFE_HTML.test(node.value)) {
			report(node, 'warning', 'This HTML has a script, a style, a frame, an event handler (on…=) or a javascript: link. The hub removes them from the page, so it will not work as written: use Markdown, or plain HTML without them.');
		} else if (node.type === 'image') {
			checkTarget(node, node.url, 'image');
			if (!node.alt?.trim()) report(node, 'error', 'This image has no alt text. Describe what it shows between the brackets: ![Volunteers fixing a lamp](…).');
		}
	});

	// The page's title is its only level-1 heading; body headings start at ## and go down one level at a time.
	let previous = 1;
	visit(tree, 'heading', (heading: Heading) => {
		if (heading.depth === 1) {
			report(heading, 'warning', 'The title is already the page\'s level-1 heading. Start headings in the text at ## (level 2).');
		} else if (heading.depth > previous + 1) {
			report(heading, 'warning', `This heading jumps from level ${previous} to level ${heading.depth}. Use ${'#'.repeat(previous + 1)} here, so screen-reader users can follow the outline.`);
		}
		previous = heading.depth;
	});
	return problems;
}

/** A close page for a mistyped path: for an entry's page, a close slug in the same collection. */
function suggestPage(url: string, pages: readonly string[]): string[] {
	const path = url.split(/[?#]/)[0]!;
	const entry = /^\/([a-z]+)\/([^/]+)\/?$/.exec(path);
	if (!entry) return suggest(path, pages, 1);
	const prefix = `/${entry[1]}/`;
	const slugs = pages.filter((page) => page.startsWith(prefix) && page.length > prefix.length).map((page) => page.slice(prefix.length, -1));
	return suggest(entry[2]!, slugs, 1).map((slug) => `${prefix}${slug}/`);
}
