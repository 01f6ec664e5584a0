/**
 * `mdx-untrusted` and `mdx-code`: MDX is code. Its imports, exports and `{expressions}` are JavaScript
 * that runs on the machine that builds the hub (an `import { readFileSync } from 'node:fs'` can put any
 * file of that machine into a page), so an `.mdx` entry is refused unless `site.yaml` trusts MDX; when
 * it does, every piece of code is listed, so that a pull request's reviewers see each one at its line.
 */
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { defineRule, type RuleContext } from './rule.ts';

const mdxParser = unified().use(remarkParse).use(remarkMdx);

const isMdx = (context: RuleContext) => /\.mdx$/i.test(context.entry.file);

/** An `.mdx` entry in a hub whose settings do not trust MDX. */
export const mdxUntrusted = defineRule({
	id: 'mdx-untrusted',
	description: 'An entry is written in MDX, which runs code when the hub is built, and site.yaml does not set `trustMdx: true`.',
	check(context) {
		if (!isMdx(context) || !context.site || context.site.trustMdx) return;
		context.report(
			{ line: 1, column: 1 },
			'This entry is written in MDX. MDX is code: its JavaScript runs on the machine that builds the hub, where it can read files and secrets, so the hub refuses it by default. If it needs no code, rename it to .md. To allow MDX, add `trustMdx: true` to content/site.yaml, and review every change to an .mdx file as you would review code.',
		);
	},
});

/** Each import, export and JavaScript expression of a trusted MDX entry, for reviewers. */
export const mdxCode = defineRule({
	id: 'mdx-code',
	description: 'An MDX entry imports, exports or computes something: code that runs when the hub is built, listed for reviewers (or MDX that cannot be read).',
	severity: 'warning',
	check(context) {
		if (!isMdx(context) || !context.site?.trustMdx) return;
		const { body, bodyLine, report } = context;
		const at = (node: { position?: { start: { line: number; column: number } } | undefined }) => ({
			line: (node.position?.start.line ?? 1) + bodyLine - 1,
			column: node.position?.start.column ?? 1,
		});
		let tree: Root;
		try {
			tree = mdxParser.parse(body) as Root;
		} catch (error) {
			const place = (error as { place?: { line?: number; column?: number } }).place;
			report(
				{ line: (place?.line ?? 1) + bodyLine - 1, column: place?.column ?? 1 },
				`This MDX cannot be read: ${(error as Error).message.split('\n')[0]} Check the tags and braces here; write \\{ for a brace of text.`,
				'error',
			);
			return;
		}
		visit(tree, (node) => {
			if (node.type === 'mdxjsEsm') {
				const code = node.value.split('\n')[0]!.trim();
				report(at(node), `Code that runs when the hub is built: \`${code.length > 80 ? `${code.slice(0, 79)}…` : code}\`. Review it as code: an import can read any file of the build machine.`);
			} else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
				report(at(node), `A JavaScript expression, run when the hub is built: \`{${node.value.trim().slice(0, 80)}}\`. Review it as code.`);
			} else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.attributes.some((attribute) => attribute.type === 'mdxJsxExpressionAttribute' || typeof attribute.value === 'object')) {
				report(at(node), `The element <${node.name ?? ''}> computes an attribute in JavaScript, run when the hub is built. Review it as code.`);
			}
		});
	},
});
