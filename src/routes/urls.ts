/** Turns the hub's paths into the addresses a deploy serves: with its base path, and absolute for sharing. */

export interface Urls {
	/** A path on this hub with the base path (`/hub/actions/x/`); full addresses pass through. */
	href(path: string): string;
	/** The absolute URL of a path on this hub, for canonical links, previews and share links. */
	absolute(path: string): string;
	/** The absolute URL without its scheme and final slash, as people type it: `guild.example.org/go/x`. */
	typed(path: string): string;
}

export function urls({ base, siteUrl }: { base: string; siteUrl: string }): Urls {
	const prefix = base.replace(/\/$/, '');
	const href = (path: string) => (path.startsWith('/') ? `${prefix}${path}` : path);
	const absolute = (path: string) => new URL(href(path), siteUrl).href;
	return { href, absolute, typed: (path) => absolute(path).replace(/^https?:\/\//, '').replace(/\/$/, '') };
}

/** Whether a link leaves the hub (and so gets `rel="noopener noreferrer"`). */
export const isExternal = (url: string) => /^https?:\/\//i.test(url);
