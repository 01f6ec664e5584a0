/**
 * Short links for actions (`/go/<slug>`), easy to say aloud, print on a flyer or type from a poster.
 * Every static host gets a redirect page (`src/pages/go/[slug].astro`); hosts that read a `_redirects`
 * file (Netlify, Cloudflare Pages) answer with a real 301.
 */
import { shortLinkNames } from '../routes/outputs.ts';
import { paths } from '../routes/paths.ts';

/**
 * The `_redirects` file, with the deploy's base path; each short link with and without its final
 * slash. An action named only by its slug has one short link; one with its own `short`, two.
 */
export function redirectsFile(actions: ReadonlyArray<string | { slug: string; short?: string | undefined }>, base: string): string {
	const prefix = base.replace(/\/$/, '');
	const lines = actions.flatMap((action) => {
		const { slug, short } = typeof action === 'string' ? { slug: action, short: undefined } : action;
		const to = `${prefix}${paths.entry('actions', slug)}`;
		return shortLinkNames({ slug, short }).flatMap((name) => {
			const from = `${prefix}${paths.shortLink(name)}`;
			return [`${from.replace(/\/$/, '')} ${to} 301`, `${from} ${to} 301`];
		});
	});
	return `# Short links to actions, written by the build.\n${lines.join('\n')}\n`;
}
