/** The rehype plugins every Markdown body goes through: HTML made safe, and hub links made to work on the deploy. */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeHubLinks } from '../../src/markdown/rehype-hub-links.ts';
import { rehypeSafeHtml } from '../../src/markdown/rehype-safe-html.ts';

function render(markdown: string, path = 'content/stories/s.md', base = '/'): string {
	const processor = unified()
		.use(remarkParse)
		.use(remarkRehype, { allowDangerousHtml: true })
		.use(rehypeSafeHtml)
		.use(rehypeHubLinks, { base })
		.use(rehypeStringify, { allowDangerousHtml: true });
	return String(processor.processSync({ value: markdown, path }));
}

describe('safe HTML in bodies', () => {
	it('removes scripts, styles, frames, event handlers and javascript: links', () => {
		const html = render('<script>alert(1)</script>\n\n<img src="/x.png" alt="x" onerror="alert(2)">\n\n<a href="javascript:alert(3)">x</a>\n\n<iframe src="https://evil.example"></iframe>\n\n<p style="color:red">red</p>');
		expect(html).not.toMatch(/<script|onerror|javascript:|<iframe|style=/i);
		expect(html).toContain('<img src="/x.png" alt="x">');
		expect(html).toContain('<p>red</p>');
	});

	it('keeps what GitHub keeps in a README: tables, details, alignment', () => {
		const html = render('<details><summary>More</summary>\n\nHidden text.\n\n</details>\n\n<table><tr><td align="right">2</td></tr></table>');
		expect(html).toContain('<details><summary>More</summary>');
		expect(html).toContain('<td align="right">2</td>');
	});

	it('never lets a body clobber the page\'s names and ids, nor wear the hub\'s classes', () => {
		const html = render('<img src="/x.png" name="querySelectorAll" id="share-heading" alt="x">\n\n<a href="/actions/" class="button" id="act-heading">Sign now</a>\n\n<img onerror="x()" alt="no address">');
		expect(html).toContain('<img src="/x.png" id="user-content-share-heading" alt="x">');
		expect(html).toContain('<a href="/actions/" id="user-content-act-heading">Sign now</a>');
		expect(html).not.toContain('no address');
	});

	it('leaves MDX alone: it is code, reviewed as code', () => {
		expect(render('<script>x()</script>', 'content/stories/s.mdx')).toBe('<script>x()</script>');
		expect(render('<script>x()</script>', 'content/stories/s.md')).toBe('');
	});
});

describe('hub links in bodies', () => {
	it('get the deploy\'s base path, once', () => {
		const html = render('[Act](/actions/pledge/) and [again](/tenants/actions/pledge/) and ![map](/files/map.png)', 'content/stories/s.md', '/tenants/');
		expect(html).toContain('<a href="/tenants/actions/pledge/">Act</a>');
		expect(html).toContain('<a href="/tenants/actions/pledge/">again</a>');
		expect(html).toContain('src="/tenants/files/map.png"');
	});

	it('that leave the hub open with noopener noreferrer; mail links are left as written', () => {
		const html = render('[Out](https://example.org/) [Mail](mailto:a@example.org)');
		expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">Out</a>');
		expect(html).toContain('<a href="mailto:a@example.org">Mail</a>');
	});
});
