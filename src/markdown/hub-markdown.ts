/**
 * The hub's Markdown processor (Astro's `markdown.processor`): two pipelines behind one renderer.
 * - A body of Markdown alone, nearly every body, is rendered by Sätteri, Astro's native processor, with
 *   satteri-safe-markdown.ts: the content sync of a 10,000-entry hub takes seconds instead of a minute.
 * - A body that holds raw HTML (Sätteri finds a `raw` node and refuses it) is rendered again by unified,
 *   where rehype-raw parses the HTML and hast-util-sanitize keeps only GitHub's safe subset
 *   (rehype-safe-html.ts); so is one with a picture written by reference, which Astro's Sätteri pipeline
 *   would not publish. MDX files, code by nature, always take unified, as before.
 * Both write the same HTML for the same Markdown (tests/unit/markdown.test.ts compares them on every
 * example body); typographic dashes follow Sätteri's rule in both (`--` en dash, `---` em dash).
 */
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import { rehypeHubLinks } from './rehype-hub-links.ts';
import { rehypeSafeHtml } from './rehype-safe-html.ts';
import { NeedsUnified, satteriHubLinks, satteriPicturesInline, satteriSafeMarkdown } from './satteri-safe-markdown.ts';

type Processor = ReturnType<typeof unified>;
type Renderer = Awaited<ReturnType<Processor['createRenderer']>>;

export interface HubMarkdownOptions {
	/** The deploy's base path, such as `/` or `/hub/`: hub links in bodies get it. */
	base: string;
}

/** The unified pipeline alone: what bodies with raw HTML, and MDX files, go through. */
export function sanitizingMarkdown({ base }: HubMarkdownOptions): Processor {
	return unified({ smartypants: { dashes: 'oldschool' }, rehypePlugins: [rehypeSafeHtml, [rehypeHubLinks, { base }]] });
}

/** The Sätteri pipeline alone: refuses (throws {@link NeedsUnified} for) a body with raw HTML or a picture by reference. */
export function nativeMarkdown({ base }: HubMarkdownOptions) {
	// Astro has taken the frontmatter off before rendering: a body that starts with `---` starts with a rule.
	return satteri({ mdastPlugins: [satteriPicturesInline], hastPlugins: [satteriSafeMarkdown, satteriHubLinks(base)], features: { frontmatter: false } });
}

export function hubMarkdown(options: HubMarkdownOptions): Processor {
	const sanitizing = sanitizingMarkdown(options);
	const native = nativeMarkdown(options);
	return {
		name: 'community-hub',
		options: sanitizing.options,
		async createRenderer(shared) {
			const [fast, careful] = await Promise.all([native.createRenderer(shared), sanitizing.createRenderer(shared)]);
			return {
				async render(content, renderOptions) {
					try {
						return await fast.render(content, renderOptions);
					} catch (error) {
						if (error instanceof NeedsUnified) return careful.render(content, renderOptions);
						throw error;
					}
				},
			} satisfies Renderer;
		},
		createMdxRenderer: (shared, mdx) => sanitizing.createMdxRenderer!(shared, mdx),
	};
}
