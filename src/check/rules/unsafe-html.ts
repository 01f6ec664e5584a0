/** `unsafe-html`: raw HTML of the body survives the page's sanitizer as written. */
import { defineNodeRule } from './rule.ts';

/**
 * Raw HTML the page will not keep (see src/markdown/rehype-safe-html.ts). A `style=` is looked for up
 * to the next `<` only: scanning to the next `>` from every `<` takes time in the square of a long
 * run of unclosed tags (`<div <a <a <a…`).
 */
const UNSAFE_HTML = /<\s*(script|style|iframe|object|embed|form)\b|\son[a-z]+\s*=|javascript:|<[^<>]+\sstyle\s*=/i;

/** HTML in the text that the hub strips, so it would not work as written. */
export const unsafeHtml = defineNodeRule({
	id: 'unsafe-html',
	description: 'HTML in the text has a script, style, frame, form, event handler or javascript: link, which the hub removes from the page.',
	severity: 'warning',
	node: 'html',
	// MDX is not sanitized: it is code, reviewed as code (see `mdx-code`).
	message: (html, { entry }) =>
		!/\.mdx$/i.test(entry.file) && UNSAFE_HTML.test(html.value)
			? 'This HTML has a script, a style, a frame, an event handler (on…=) or a javascript: link. The hub removes them from the page, so it will not work as written: use Markdown, or plain HTML without them.'
			: undefined,
});
