/**
 * Runs the content check before Astro reads any content, so a build reports every problem at once,
 * with file, line and column, and refuses to publish a broken site. The dev server reports and goes on.
 * It also fixes the build's "now" for the whole run and sets the site's absolute URL from site.yaml.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../check/check-content.ts';
import { formatDiagnostic, summarize } from '../check/diagnostic.ts';
import { readBuildEnv } from '../lib/build-env.ts';

export function contentCheck(): AstroIntegration {
	return {
		name: 'community-hub:content-check',
		hooks: {
			'astro:config:setup': ({ command, config, logger, updateConfig }) => {
				const root = fileURLToPath(config.root);
				const env = readBuildEnv(process.env, root);
				// Every module that asks for "now" during this build must get the same moment.
				process.env.HUB_NOW = env.now.toISOString();
				const result = checkContent({ root, contentDir: env.contentDir, publicDir: fileURLToPath(config.publicDir) });
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
				updateConfig({
					...(result.site ? { site: result.site.url } : {}),
					// Drafts and scheduled entries are shown (marked) by the dev server only. Decided by the
					// command, not by NODE_ENV, so a stray NODE_ENV can never publish a draft.
					vite: { define: { 'import.meta.env.HUB_PREVIEW': JSON.stringify(command === 'dev') } },
				});
				logger.info(`Building content from ${join(env.contentDir)} as of ${env.now.toISOString()}.`);
			},
		},
	};
}
