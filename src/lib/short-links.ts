/**
 * Short links for actions (`/go/<slug>`), easy to say aloud, print on a flyer or type from a poster.
 * Every static host gets a redirect page; hosts that read a `_redirects` file (Netlify, Cloudflare
 * Pages) answer with a real 301.
 */

export const shortPath = (slug: string) => `/go/${slug}/`;

/** Astro's `redirects` config: one redirect page per published action (Astro prefixes the source, not the target). */
export function shortLinkRedirects(slugs: readonly string[], base: string): Record<string, string> {
	const prefix = base.replace(/\/$/, '');
	return Object.fromEntries(slugs.map((slug) => [shortPath(slug), `${prefix}/actions/${slug}/`]));
}

/** The `_redirects` file, with the deploy's base path. */
export function redirectsFile(slugs: readonly string[], base: string): string {
	const prefix = base.replace(/\/$/, '');
	const lines = slugs.flatMap((slug) => {
		const to = `${prefix}/actions/${slug}/`;
		return [`${prefix}/go/${slug} ${to} 301`, `${prefix}/go/${slug}/ ${to} 301`];
	});
	return `# Short links to actions, written by the build.\n${lines.join('\n')}\n`;
}
