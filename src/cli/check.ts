/**
 * `npm run check`: validates every content file and the site settings with the build's own schemas
 * and prints every problem, one line each, then a summary. Exit code 1 when there is an error.
 */
import { join } from 'node:path';
import { checkContent } from '../check/check-content.ts';
import { formatDiagnostic, summarize } from '../check/diagnostic.ts';
import { readBuildEnv } from '../lib/build-env.ts';

const env = readBuildEnv();
const result = checkContent({ root: env.root, contentDir: env.contentDir, publicDir: join(env.root, 'public') });
for (const diagnostic of result.diagnostics) console.log(formatDiagnostic(diagnostic));
console.log(`${result.diagnostics.length ? '' : 'All content is valid: '}${summarize(result.diagnostics)}, in ${result.entries.length} entries.`);
process.exitCode = result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
