/**
 * Short links for actions (`/go/<slug>`), easy to say aloud, print on a flyer or type from a poster.
 * Every static host gets a redirect page (`src/pages/go/[slug].astro`); hosts that read a `_redirects`
 * file (Netlify, Cloudflare Pages) answer with a real 301.
 */
import { paths } from '../routes/paths.ts';

/** The `_redirects` file, with the deploy's base path; each short link with and without its final slash. */
export function redirectsFile(slugs: readonly string[], base: string): string {
	const prefix = base.replace(/\/$/, '');
	const lines = slugs.flatMap((slug) => {
		const from = `${prefix}${paths.shortLink(slug)}`;
		const to = `${prefix}${paths.entry('actions', slug)}`;
		return [`${from.replace(/\/$/, '')} ${to} 301`, `${from} ${to} 301`];
	});
	return `# Short links to actions, written by the build.\n${lines.join('\n')}\n`;
}
