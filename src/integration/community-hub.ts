/**
 * The hub's Astro integration: what a build needs to know before Astro reads any content.
 *
 * - Holds the build lock, so that a second build of the same checkout is refused with a plain message
 *   instead of crashing both (Astro's working folders are shared).
 * - Runs the content check first, so a build reports every problem at once, with file, line and
 *   column, and refuses to publish a broken site (the dev server reports, and checks again on save).
 *   A refusal (the content, a setting, the lock) ends a build with its message alone: no stack trace.
 * - Resolves the settings once (the environment, the validated site.yaml, the build's "now", the site's
 *   address and base path) and serves them to every module as `virtual:community-hub/settings`.
 * - Registers the safe Markdown pipeline, and, when the build is done, writes the share cards, QR
 *   codes and calendar files made beside the pages (src/build/build-outputs.ts), the search index
 *   (Pagefind, over the built pages), `_redirects` (the short links of published actions) and
 *   `_headers` for static hosts.
 */
import type { AstroIntegration } from 'astro';
import { closeSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';
import { holdBuildLock } from '../build/build-lock.ts';
import { collectOutputs, writeOutputs } from '../build/build-outputs.ts';
import { checkContent, SITE_FIRST, type CheckPaths } from '../check/check-content.ts';
import { formatDiagnostic, summarize, type Diagnostic } from '../check/diagnostic.ts';
import { htmlReport } from '../check/report-format.ts';
import { pagePolicy } from '../hosting/page-policy.ts';
import { redirectsFile } from '../hosting/redirects.ts';
import { headersFile, unionPolicy } from '../hosting/security-headers.ts';
import { Refusal, REFUSAL_EXIT_CODE } from '../lib/refusal.ts';
import { hubMarkdown } from '../markdown/hub-markdown.ts';
import { paths } from '../routes/paths.ts';
import { readEnvironment } from '../settings/environment.ts';
import { resolveSettings, type HubSettings } from '../settings/settings.ts';
import { SITE_FILE } from '../source/read-site.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { reloadSettings, virtualSettings } from './virtual-settings.ts';

export function communityHub(): AstroIntegration {
	let settings: HubSettings | undefined;
	let actionLinks: Array<{ slug: string; short?: string | undefined }> = [];
	/** What the check reads, set up once and reused by the dev server on every save. */
	let checkPaths: CheckPaths | undefined;
	/** The last check's findings, and whether site.yaml loaded: the dev server shows errors in the page. */
	let latest: readonly Diagnostic[] = [];
	let siteLoaded = true;
	/** Settings from a check's result; undefined while site.yaml has errors. */
	let settle: (site: SiteSettings | undefined) => void = () => undefined;
	const report = (diagnostics: readonly Diagnostic[]) => {
		for (const diagnostic of diagnostics) process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
	};
	return {
		name: 'community-hub',
		hooks: {
			'astro:config:setup': refusingPlainly(({ command, config, logger, updateConfig }) => {
				if (command === 'build') holdBuildLock(fileURLToPath(config.cacheDir));
				const root = fileURLToPath(config.root);
				const environment = readEnvironment(root);
				const publicDir = fileURLToPath(config.publicDir);
				checkPaths = { root, contentDir: environment.contentDir, publicDir, now: environment.now };
				const result = checkContent(checkPaths);
				latest = result.diagnostics;
				siteLoaded = result.site !== undefined;
				report(result.diagnostics);
				const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
				if (result.diagnostics.length) logger.info(`Content check: ${summarize(result.diagnostics)}.`);
				if (errors && command === 'build') {
					throw new Refusal(
						`The content has ${summarize(result.diagnostics)}; nothing was published. Fix the lines listed above (file:line:column), then build again.${result.site ? '' : ` ${SITE_FIRST}`}`,
					);
				}
				settle = (site) => {
					settings = site ? resolveSettings({ environment, site, publicDir, preview: command === 'dev' }) : undefined;
				};
				settle(result.site);
				actionLinks = result.published.filter((entry) => entry.collection === 'actions').map(({ slug, short }) => ({ slug, short }));
				const base = settings?.base ?? '/';
				updateConfig({
					...(settings ? { site: settings.siteUrl } : {}),
					...(base !== '/' ? { base } : {}),
					// Bodies: HTML made safe, hub links with the base path (MDX extends this configuration).
					markdown: { processor: hubMarkdown({ base }) },
					vite: { plugins: [virtualSettings(() => settings)] },
				});
				logger.info(`Building content from ${environment.contentDir} for ${settings?.siteUrl ?? '(no address)'} as of ${environment.now.toISOString()}.`);
			}),
			// While previewing, check again on every save, so mistakes show up as the organizer types: in
			// the terminal, and in the browser, which shows the errors instead of the last good page until
			// the file is fixed (then the page comes back by itself).
			'astro:server:setup': ({ server, logger }) => {
				const broken = () => latest.some((d) => d.severity === 'error');
				/** Checks the content again; `siteChanged` when site.yaml may have changed, so the settings follow. */
				const recheck = (siteChanged: boolean, quiet = false) => {
					if (!checkPaths) return;
					const result = checkContent(checkPaths);
					const wasBroken = broken();
					const before = summarize(latest);
					latest = result.diagnostics;
					siteLoaded = result.site !== undefined;
					if (siteChanged || (siteLoaded && !settings)) {
						settle(result.site);
						reloadSettings(server);
					}
					if (!quiet || summarize(latest) !== before) {
						report(result.diagnostics);
						logger.info(`Content check: ${summarize(result.diagnostics)}.`);
					}
					// Open tabs show the errors, or the page again once they are fixed.
					if (wasBroken || broken()) server.ws.send({ type: 'full-reload' });
				};
				server.middlewares.use((request, response, next) => {
					if (!broken() || request.method !== 'GET' || !/text\/html/.test(request.headers.accept ?? '')) return next();
					// A save the file watcher missed must not keep the errors up: while they are shown, each
					// request (the error page asks every two seconds) checks again.
					recheck(false, true);
					if (!broken()) return next();
					response.statusCode = 500;
					response.setHeader('Content-Type', 'text/html; charset=utf-8');
					response.setHeader('Cache-Control', 'no-store');
					response.end(htmlReport(latest, siteLoaded ? '' : SITE_FIRST));
				});
				server.watcher.on('all', (_event, file) => {
					if (!checkPaths || !file.startsWith(checkPaths.contentDir)) return;
					recheck(basename(file) === SITE_FILE);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const base = settings?.base ?? '/';
				// Share cards, QR codes and calendar files, made while the pages rendered: written beside them.
				const batches = await collectOutputs();
				if (!batches.length) throw new Error('No share cards were announced: the pages never loaded src/data/file-outputs.ts.');
				for (const batch of batches) {
					writeOutputs(fileURLToPath(dir), batch.outputs);
					logger.info(batch.summary);
				}
				// The search index is written by `npm run build` (src/cli/build.ts) once this process has exited.
				writeFileSync(new URL(paths.redirectsFile().slice(1), dir), redirectsFile(actionLinks, base));
				const policies = new Set(htmlFiles(fileURLToPath(dir)).flatMap((file) => pagePolicy(headOf(file)) ?? []));
				writeFileSync(new URL(paths.headersFile().slice(1), dir), headersFile(unionPolicy([...policies]), base));
			},
		},
	};
}

type ConfigSetup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

/**
 * Ends a build that refuses (the content, a setting, the lock) with its message and nothing else:
 * Astro prints a stack trace for an error a hook throws, and that is for bugs. The exit status tells
 * `npm run build` that the build refused and said why.
 */
function refusingPlainly(hook: ConfigSetup): ConfigSetup {
	return (options) => {
		try {
			return hook(options);
		} catch (error) {
			if (options.command !== 'build' || !(error instanceof Refusal)) throw error;
			options.logger.error(error.message);
			process.exit(REFUSAL_EXIT_CODE);
		}
	};
}

/**
 * The start of a page, up to the end of its `<head>` (where its policy is): a large hub has thousands
 * of pages, and reading each whole only to look at its head made the end of a build slow and its
 * memory peak.
 */
function headOf(file: string): string {
	const chunk = Buffer.alloc(HEAD_CHUNK);
	const fd = openSync(file, 'r');
	const decoder = new StringDecoder('utf8');
	try {
		let text = '';
		for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
			text += decoder.write(chunk.subarray(0, read));
			if (text.includes('</head>')) break;
		}
		return text;
	} finally {
		closeSync(fd);
	}
}
const HEAD_CHUNK = 16 * 1024;

function htmlFiles(dir: string): string[] {
	return (readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).map((file) => join(dir, file));
}
