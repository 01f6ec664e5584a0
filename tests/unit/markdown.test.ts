/**
 * The hub's Markdown processor (src/markdown/hub-markdown.ts), as the build runs it: HTML made safe, and
 * hub links made to work on the deploy, whether a body takes the native pipeline (Sätteri, Markdown
 * alone) or the sanitizing one (unified, raw HTML).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'cheerio';
import { globSync } from 'tinyglobby';
import { beforeAll, describe, expect, it } from 'vitest';
import { hubMarkdown, nativeMarkdown, sanitizingMarkdown } from '../../src/markdown/hub-markdown.ts';
import { NeedsUnified } from '../../src/markdown/satteri-safe-markdown.ts';

type Renderer = Awaited<ReturnType<ReturnType<typeof hubMarkdown>['createRenderer']>>;
const renderers = new Map<string, Renderer>();
const SHARED = { syntaxHighlight: false as const };

beforeAll(async () => {
	for (const base of ['/', '/tenants/']) {
		renderers.set(`hub ${base}`, await hubMarkdown({ base }).createRenderer(SHARED));
		renderers.set(`native ${base}`, await nativeMarkdown({ base }).createRenderer(SHARED));
		renderers.set(`sanitizing ${base}`, await sanitizingMarkdown({ base }).createRenderer(SHARED));
	}
});

async function render(markdown: string, path = 'content/stories/s.md', base = '/', pipeline: 'hub' | 'native' | 'sanitizing' = 'hub'): Promise<string> {
	const { code } = await renderers.get(`${pipeline} ${base}`)!.render(markdown, { fileURL: pathToFileURL(resolve(path)) });
	return code.trim();
}

/**
 * The same HTML however it is spelled (`&#x26;` or `&amp;`, `data-x=""` or `data-x`, the keys of
 * Astro's marker for a local picture, which Astro reads as JSON, in any order).
 */
function normalized(html: string): string {
	const $ = load(html, null, false);
	$('img[__astro_image_]').each((_, img) => {
		const marker = JSON.parse($(img).attr('__astro_image_')!) as Record<string, unknown>;
		$(img).attr('__astro_image_', JSON.stringify(Object.fromEntries(Object.entries(marker).sort(([a], [b]) => a.localeCompare(b)))));
	});
	return $.html();
}

describe('safe HTML in bodies', () => {
	it('removes scripts, styles, frames, event handlers and javascript: links', async () => {
		const html = await render('<script>alert(1)</script>\n\n<img src="/x.png" alt="x" onerror="alert(2)">\n\n<a href="javascript:alert(3)">x</a>\n\n<iframe src="https://evil.example"></iframe>\n\n<p style="color:red">red</p>');
		expect(html).not.toMatch(/<script|onerror|javascript:|<iframe|style=/i);
		expect(html).toContain('<img src="/x.png" alt="x">');
		expect(html).toContain('<p>red</p>');
	});

	it('keeps what GitHub keeps in a README: tables, details, alignment', async () => {
		const html = await render('<details><summary>More</summary>\n\nHidden text.\n\n</details>\n\n<table><tr><td align="right">2</td></tr></table>');
		expect(html).toContain('<details><summary>More</summary>');
		expect(html).toContain('<td align="right">2</td>');
	});

	it('never lets a body clobber the page\'s names and ids, nor wear the hub\'s classes', async () => {
		const html = await render('<img src="/x.png" name="querySelectorAll" id="share-heading" alt="x">\n\n<a href="/actions/" class="button" id="act-heading">Sign now</a>\n\n<img onerror="x()" alt="no address">');
		expect(html).toContain('<img src="/x.png" id="user-content-share-heading" alt="x">');
		expect(html).toContain('<a href="/actions/" id="user-content-act-heading">Sign now</a>');
		expect(html).not.toContain('no address');
	});

	it('leaves MDX alone: it is code, reviewed as code', async () => {
		// MDX files reach the sanitizing pipeline only (the processor's MDX renderer is unified's).
		expect(await render('<script>x()</script>', 'content/stories/s.mdx', '/', 'sanitizing')).toBe('<script>x()</script>');
		expect(await render('<script>x()</script>', 'content/stories/s.md')).toBe('');
	});
});

describe.each(['native', 'sanitizing'] as const)('hub links in bodies (%s pipeline)', (pipeline) => {
	it('get the deploy\'s base path, once', async () => {
		const html = await render('[Act](/actions/pledge/) and [again](/tenants/actions/pledge/) and ![map](/files/map.png)', 'content/stories/s.md', '/tenants/', pipeline);
		expect(html).toContain('<a href="/tenants/actions/pledge/">Act</a>');
		expect(html).toContain('<a href="/tenants/actions/pledge/">again</a>');
		expect(html).toContain('src="/tenants/files/map.png"');
	});

	it('that leave the hub open with noopener noreferrer; mail links are left as written', async () => {
		const html = await render('[Out](https://example.org/) [Mail](mailto:a@example.org) [Away](//example.org/x)', 'content/stories/s.md', '/', pipeline);
		expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">Out</a>');
		expect(html).toContain('<a href="mailto:a@example.org">Mail</a>');
		expect(html).toContain('<a href="//example.org/x" rel="noopener noreferrer">Away</a>');
		// Browsers read these as other hosts too.
		const odd = await render('[a](https:example.org) [b](http:/example.org)', 'content/stories/s.md', '/tenants/', pipeline);
		expect(odd).toBe('<p><a href="https:example.org" rel="noopener noreferrer">a</a> <a href="http:/example.org" rel="noopener noreferrer">b</a></p>');
		// Markdown encodes a backslash in an address (`/%5Cexample.org`, a path of the hub); raw HTML keeps it, and `/\\host` is another host.
		expect(await render('<a href="/\\example.org">c</a>', 'content/stories/s.md', '/tenants/')).toBe('<p><a href="/\\example.org" rel="noopener noreferrer">c</a></p>');
	});
});

describe('Markdown alone, rendered natively (Sätteri), keeps the sanitizer\'s guarantees', () => {
	it('takes the native pipeline, and hands a body with raw HTML to the sanitizing one', async () => {
		await expect(render('Some *text*.', 'content/stories/s.md', '/', 'native')).resolves.toBe('<p>Some <em>text</em>.</p>');
		await expect(render('Some <b>bold</b> text.', 'content/stories/s.md', '/', 'native')).rejects.toBeInstanceOf(NeedsUnified);
		await expect(render('Text.\n\n<!-- a note -->', 'content/stories/s.md', '/', 'native')).rejects.toBeInstanceOf(NeedsUnified);
		expect(await render('Some <b>bold</b> <script>x()</script> text.')).toBe('<p>Some <b>bold</b>  text.</p>');
	});

	it('hands a picture written by reference to the sanitizing pipeline, which has Astro publish its file', async () => {
		const body = 'The shop: ![the counter][counter]\n\n[counter]: ../images/counter.jpg';
		await expect(render(body, 'content/stories/s.md', '/', 'native')).rejects.toBeInstanceOf(NeedsUnified);
		const { code, metadata } = await renderers.get('hub /')!.render(body, { fileURL: pathToFileURL(resolve('content/stories/s.md')) });
		expect(metadata.localImagePaths).toEqual(['../images/counter.jpg']);
		expect(code).toContain('__ASTRO_IMAGE_');
	});

	it('removes links and pictures at schemes that run code, however they are spelled', async () => {
		const markdown = [
			'[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](&#106;avascript:alert(1)) [d](javascript&#58;alert(1)) [i](<javascript:alert(1)>) <javascript:alert(1)>',
			'[e](java&#9;script:alert(1)) [f](vbscript:x) [g](data:text/html,x) [h](ftp://example.org/f)',
			'![i](data:image/png;base64,AAAA) ![j](javascript:alert(1))',
			'[ok](tel:+15551234) [fine](sms:+15551234) [page](/x/?a=b:c) [here](#top) [rel](x:y/../z)',
		].join('\n\n');
		const html = await render(markdown, 'content/stories/s.md', '/', 'native');
		expect(html).not.toMatch(/href="[^"]*(script|data|ftp):|<img/i);
		for (const text of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'javascript:alert(1)']) expect(html).toContain(`<a>${text}</a>`);
		expect(html).toContain('<a href="tel:+15551234">ok</a>');
		expect(html).toContain('<a href="/x/?a=b:c">page</a>');
		expect(html).toContain('<a href="#top">here</a>');
		// The same as the sanitizer decides for the same Markdown.
		expect(normalized(html)).toBe(normalized(await render(markdown, 'content/stories/s.md', '/', 'sanitizing')));
	});

	it.each(['native', 'sanitizing'] as const)('prefixes the ids it writes, and footnotes still lead to their notes and back (%s pipeline)', async (pipeline) => {
		const html = await render('A claim.[^1]\n\n[^1]: The source.', 'content/stories/s.md', '/', pipeline);
		const $ = load(html, null, false);
		const ids = $('[id]').map((_, element) => $(element).attr('id')).get();
		expect(ids.length).toBeGreaterThan(2);
		for (const id of ids) expect(id).toMatch(/^user-content-/);
		// Every in-page link and ARIA reference points at an id that is there.
		const targets = [...$('a[href^="#"]').map((_, a) => $(a).attr('href')!.slice(1)).get(), ...$('[aria-describedby]').map((_, e) => $(e).attr('aria-describedby')!).get()];
		expect(targets.length).toBeGreaterThan(1);
		for (const target of targets) expect(ids).toContain(target);
	});

	it('reads a body that starts like frontmatter as Markdown (Astro has taken the frontmatter off already)', async () => {
		const body = '---\nNot: frontmatter\n---\n\nText.';
		const html = await render(body, 'content/stories/s.md', '/', 'native');
		expect(html).toContain('Not: frontmatter');
		expect(normalized(html)).toBe(normalized(await render(body, 'content/stories/s.md', '/', 'sanitizing')));
	});

	it('aligns table columns with `align`, never an inline style (refused by the page\'s policy)', async () => {
		const html = await render('| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |', 'content/stories/s.md', '/', 'native');
		expect(html).not.toContain('style=');
		expect(html).toContain('<th align="left">a</th>');
		expect(html).toContain('<td align="center">2</td>');
		expect(html).toContain('<td align="right">3</td>');
	});

	it('writes the same page as the sanitizing pipeline for every body of the example hub and the test hubs', async () => {
		const files = globSync(['content/**/*.md', 'tests/fixtures/**/*.md']);
		const bodies = files.map((file) => ({ name: file, file, body: readFileSync(file, 'utf8').replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---(\r?\n|$)/, '') }));
		const odd = [
			'A claim.[^1] Another.[^two]\n\n[^1]: The source.\n[^two]: *Another* one.',
			'| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n\n- [ ] to do\n- [x] done\n\n~~gone~~',
			'www.example.org, https://example.org/x and a@example.org\n\n"Quotes" -- a dash --- another... and \'single\'',
			'# Title\n\n## Title\n\n```js\nconst a = 1 < 2 && b;\n```\n\n    indented\n\n> quote\n\n1. one\n2. two\n\n---\n\nline  \nbreak',
			'[ref][r] ![pic][p] [hub](/actions/x/) [out](//example.org)\n\n[r]: https://example.org "Title"\n[p]: /images/p.jpg',
		];
		let native = 0;
		for (const { name, file, body } of [...bodies, ...odd.map((body, index) => ({ name: `odd Markdown ${index + 1}`, file: 'content/stories/s.md', body }))]) {
			let fast: string;
			try {
				fast = await render(body, file, '/', 'native');
				native++;
			} catch (error) {
				if (error instanceof NeedsUnified) continue;
				throw new Error(`${name}: ${String(error)}`);
			}
			expect(normalized(fast), name).toBe(normalized(await render(body, file, '/', 'sanitizing')));
		}
		expect(native).toBeGreaterThan(30);
	});
});
