/** Hub links (hub-link-changes.ts) for the unified pipeline, which renders bodies that hold raw HTML, and MDX. */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { hubLinkChanges, linkPrefix } from './hub-link-changes.ts';

export interface HubLinksOptions {
	/** The base path, such as `/` or `/hub/`. */
	base: string;
}

export const rehypeHubLinks: Plugin<[HubLinksOptions], Root> = ({ base }) => {
	const prefix = linkPrefix(base);
	return (tree) => {
		visit(tree, 'element', (node: Element) => {
			for (const [key, value] of hubLinkChanges(node.tagName, node.properties, prefix)) node.properties[key] = value;
		});
	};
};
