/**
 * Links written in Markdown bodies, made to work on the deployed site: paths on the hub (`/actions/x/`)
 * get the deploy's base path (GitHub project pages serve the hub under `/<repository>/`), and links
 * that leave the hub get `rel="noopener noreferrer"`.
 */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

export interface HubLinksOptions {
	/** The base path, such as `/` or `/hub/`. */
	base: string;
}

const onHub = (url: string) => url.startsWith('/') && !url.startsWith('//');

export const rehypeHubLinks: Plugin<[HubLinksOptions], Root> = ({ base }) => {
	const prefix = base.replace(/\/$/, '');
	return (tree) => {
		visit(tree, 'element', (node: Element) => {
			for (const attribute of ['href', 'src'] as const) {
				const value = node.properties[attribute];
				if (typeof value === 'string' && onHub(value) && prefix && !value.startsWith(`${prefix}/`)) {
					node.properties[attribute] = `${prefix}${value}`;
				}
			}
			const href = node.properties.href;
			if (node.tagName === 'a' && typeof href === 'string' && /^(https?:)?\/\//i.test(href)) {
				node.properties.rel = ['noopener', 'noreferrer'];
			}
		});
	};
};
