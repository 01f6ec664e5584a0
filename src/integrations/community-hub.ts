/**
 * The hub's Astro integration: what a build needs to know before Astro reads any content.
 *
 * - Runs the content check first, so a build reports every problem at once, with file, line and
 *   column, and refuses to publish a broken site (the dev server reports, and checks again on save).
 * - Fixes the build's "now" for the whole run.
 * - Sets the site's address (site.yaml, or HUB_SITE_URL for a preview deploy) and the base path it implies.
 * - Registers the short links of published actions, the safe Markdown pipeline, and, when the build is
 *   done, writes `_redirects` and `_headers` for static hosts.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, type CheckPaths } from '../check/check-content.ts';
import { formatDiagnostic, summarize } from '../check/diagnostic.ts';
import { readBuildEnv } from '../lib/build-env.ts';
import { visibility } from '../lib/publishing.ts';
import { checkUrl } from '../lib/safe-url.ts';
import { headersFile, unionPolicy } from '../lib/security-headers.ts';
import { redirectsFile, shortLinkRedirects } from '../lib/short-links.ts';
import { unified } from '@astrojs/markdown-remark';
import { rehypeHubLinks } from '../markdown/rehype-hub-links.ts';
import { rehypeSafeHtml } from '../markdown/rehype-safe-html.ts';

export function communityHub(): AstroIntegration {
	let actionSlugs: string[] = [];
	let base = '/';
	/** What the check reads, set up once and reused by the dev server on every save. */
	let checkPaths: CheckPaths | undefined;
	return {
		name: 'community-hub',
		hooks: {
			'astro:config:setup': ({ command, config, logger, updateConfig }) => {
				const root = fileURLToPath(config.root);
				const env = readBuildEnv(process.env, root);
				// Every module that asks for "now" during this build must get the same moment.
				process.env.HUB_NOW = env.now.toISOString();
				checkPaths = { root, contentDir: env.contentDir, publicDir: fileURLToPath(config.publicDir), now: env.now };
				const result = checkContent(checkPaths);
				for (const diagnostic of result.diagnostics) {
					process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
				}
				const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
				if (result.diagnostics.length) logger.info(`Content check: ${summarize(result.diagnostics)}.`);
				if (errors && command === 'build') {
					throw new Error(
						`The content has ${summarize(result.diagnostics)}; nothing was published. Fix the lines listed above (file:line:column), then build again.`,
					);
				}
				const site = siteAddress(env.siteUrl, result.site?.url);
				actionSlugs = result.site
					? result.entries
							.filter((entry) => entry.collection === 'actions')
							.filter((entry) => visibility(entry, { now: env.now, timeZone: result.site!.timezone }) === 'published')
							.map((entry) => entry.slug)
					: [];
				// A site at https://org.github.io/hub/ (GitHub project pages) is served under /hub/.
				const sitePath = site ? new URL(site).pathname.replace(/\/?$/, '/') : '/';
				base = site ? sitePath : config.base;
				updateConfig({
					...(site ? { site } : {}),
					...(sitePath !== '/' ? { base: sitePath } : {}),
					redirects: shortLinkRedirects(actionSlugs, sitePath),
					// Bodies: HTML made safe, hub links with the base path (MDX extends this configuration).
					markdown: { processor: unified({ rehypePlugins: [rehypeSafeHtml, [rehypeHubLinks, { base: sitePath }]] }) },
					// Drafts and scheduled entries are shown (marked) by the dev server only. Decided by the
					// command, not by NODE_ENV, so a stray NODE_ENV can never publish a draft.
					vite: { define: { 'import.meta.env.HUB_PREVIEW': JSON.stringify(command === 'dev') } },
				});
				logger.info(`Building content from ${env.contentDir} for ${site ?? '(no address)'} as of ${env.now.toISOString()}.`);
			},
			// While previewing, check again on every save, so mistakes show up as the organizer types.
			'astro:server:setup': ({ server, logger }) => {
				server.watcher.on('all', (_event, file) => {
					if (!checkPaths || !file.startsWith(checkPaths.contentDir)) return;
					const result = checkContent(checkPaths);
					for (const diagnostic of result.diagnostics) process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
					logger.info(`Content check: ${summarize(result.diagnostics)}.`);
				});
			},
			'astro:build:done': ({ dir }) => {
				writeFileSync(new URL('_redirects', dir), redirectsFile(actionSlugs, base));
				const policies = htmlFiles(fileURLToPath(dir)).flatMap((file) => {
					const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'));
					return match ? [match[1]!.replaceAll('&#39;', "'")] : [];
				});
				writeFileSync(new URL('_headers', dir), headersFile(unionPolicy(policies), base));
			},
		},
	};
}

/**
 * The absolute address previews and share links are built from. A preview deploy overrides it with
 * HUB_SITE_URL; an unusable one stops the build rather than publish relative preview URLs.
 */
function siteAddress(override: string | undefined, fromSettings: string | undefined): string | undefined {
	if (override === undefined) return fromSettings;
	const checked = checkUrl(override, { allowSitePath: false });
	if (!checked.ok || !/^https?:/.test(checked.value)) {
		throw new Error(
			`HUB_SITE_URL="${override}" is not a usable site address: ${checked.ok ? 'it must start with https://' : checked.message} Link previews need the full address of the deploy, such as https://preview-42.guild.example.org.`,
		);
	}
	return checked.value;
}

function htmlFiles(dir: string): string[] {
	return (readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).map((file) => join(dir, file));
}
