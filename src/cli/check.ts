/**
 * `npm run check`: validates every content file and the site settings with the build's own schemas
 * and prints every problem, one line each with its rule id, then a summary. Exit code 1 when there
 * is an error.
 *
 *   npm run check                       lines for people
 *   npm run check -- --format json      for machines
 *   npm run check -- --format github    annotations on a pull request (the default on GitHub Actions)
 *   npm run check -- --rule link-target only these rules' findings (repeatable)
 *   npm run check -- --ignore placeholder  all but these rules' findings (repeatable)
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, SITE_FIRST } from '../check/check-content.ts';
import { FORMATS, REPORTS, type Format } from '../check/report-format.ts';
import { filterDiagnostics, unknownRules } from '../check/rule-filter.ts';
import { ALL_RULES } from '../check/rules/index.ts';
import { readEnvironment } from '../settings/environment.ts';

const env = readEnvironment();
const { values } = parseArgs({
	options: { format: { type: 'string' }, rule: { type: 'string', multiple: true }, ignore: { type: 'string', multiple: true } },
});
const format = (values.format ?? (env.githubActions ? 'github' : 'text')) as Format;
if (!FORMATS.includes(format)) {
	console.error(`--format must be ${FORMATS.join(', ')}; got "${format}".`);
	process.exit(2);
}
const filter = { only: values.rule ?? [], ignore: values.ignore ?? [] };
const unknown = unknownRules(filter, ALL_RULES.map((rule) => rule.id));
if (unknown.length) {
	console.error(unknown.join('\n'));
	process.exit(2);
}

const result = checkContent({ root: env.root, contentDir: env.contentDir, publicDir: join(env.root, 'public'), now: env.now });
const diagnostics = filterDiagnostics(result.diagnostics, filter);
process.stdout.write(REPORTS[format](diagnostics, result.entries.length, result.diagnostics.length - diagnostics.length));
if (!result.site && format !== 'json') process.stdout.write(`${SITE_FIRST}\n`);
process.exitCode = diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
