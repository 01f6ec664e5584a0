/**
 * Links written in Markdown bodies, made to work on the deployed site: paths on the hub (`/actions/x/`)
 * get the deploy's base path (GitHub project pages serve the hub under `/<repository>/`), and links
 * that leave the hub get `rel="noopener noreferrer"`. One rule for both Markdown pipelines
 * (rehype-hub-links.ts for unified, `satteriHubLinks` in satteri-safe-markdown.ts for Sätteri).
 */

/** A path on this host; browsers read `//x` and `/\x` as another host. */
const onHub = (url: string) => url.startsWith('/') && !/^[/\\]{2}/.test(url);

/** An address on another host, however browsers are let to write it: `https://`, `https:host`, `//host`, `/\host`. */
const elsewhere = (url: string) => /^(https?:|[/\\]{2})/i.test(url);

/** The path before every hub link: `''` at the root, `/hub` under `/hub/`. */
export const linkPrefix = (base: string) => base.replace(/\/$/, '');

/** The properties of an element to set so its link works on the deploy; empty when it already does. */
export function hubLinkChanges(tagName: string, properties: Readonly<Record<string, unknown>>, prefix: string): [string, string | string[]][] {
	const changes: [string, string | string[]][] = [];
	for (const attribute of ['href', 'src'] as const) {
		const value = properties[attribute];
		if (typeof value === 'string' && onHub(value) && prefix && !value.startsWith(`${prefix}/`)) changes.push([attribute, `${prefix}${value}`]);
	}
	const href = properties.href;
	if (tagName === 'a' && typeof href === 'string' && elsewhere(href)) changes.push(['rel', ['noopener', 'noreferrer']]);
	return changes;
}
