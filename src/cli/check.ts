/**
 * `npm run check`: validates every content file and the site settings with the build's own schemas
 * and prints every problem, one line each, then a summary. Exit code 1 when there is an error.
 *
 *   npm run check                    lines for people
 *   npm run check -- --format json   for machines
 *   npm run check -- --format github annotations on a pull request (the default on GitHub Actions)
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../check/check-content.ts';
import { FORMATS, REPORTS, type Format } from '../check/report-format.ts';
import { readEnvironment } from '../settings/environment.ts';

const env = readEnvironment();
const { values } = parseArgs({ options: { format: { type: 'string' } } });
const format = (values.format ?? (env.githubActions ? 'github' : 'text')) as Format;
if (!FORMATS.includes(format)) {
	console.error(`--format must be ${FORMATS.join(', ')}; got "${format}".`);
	process.exit(2);
}

const result = checkContent({ root: env.root, contentDir: env.contentDir, publicDir: join(env.root, 'public'), now: env.now });
process.stdout.write(REPORTS[format](result.diagnostics, result.entries.length));
process.exitCode = result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
