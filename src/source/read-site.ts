/** Reads and validates `site.yaml`, reporting each problem at its line. */
import { join } from 'node:path';
import { containedFile } from '../lib/contained-file.ts';
import { isFile } from '../lib/is-file.ts';
import { SiteSchema, type SiteSettings } from '../schemas/site.ts';
import { explainIssues } from '../schemas/explain-issue.ts';
import { readTextFile } from './read-text-file.ts';
import { readYaml } from './yaml-source.ts';

export const SITE_FILE = 'site.yaml';

export type Report = (file: string, line: number, column: number, message: string) => void;

/**
 * `publicDir`, when given, is where the files site.yaml names (the logo) must be: a logo that is not
 * there is reported at its line, so the header never shows a broken image.
 */
export function readSite(contentDir: string, report: Report, publicDir?: string): SiteSettings | undefined {
	const file = join(contentDir, SITE_FILE);
	if (!isFile(file)) {
		report(file, 1, 1, `The site settings file is missing. Create ${SITE_FILE} in the content folder with the community's name, tagline, address and time zone (see the README).`);
		return undefined;
	}
	const text = readTextFile(file);
	if (!text.ok) {
		report(file, text.line, text.column, text.message);
		return undefined;
	}
	const source = readYaml(text.text);
	for (const problem of source.problems) report(file, problem.line, problem.column, problem.message);
	if (source.problems.length) return undefined;
	const schema = SiteSchema();
	const result = schema.safeParse(source.data ?? {});
	if (result.success) {
		const { logo } = result.data.theme;
		if (!logo || publicDir === undefined) return result.data;
		const found = containedFile(join(publicDir, decodeURIComponent(logo)), publicDir);
		if (found.ok) return result.data;
		const { line, column } = source.positionOf(['theme', 'logo'], 'value');
		report(file, line, column, `The logo ${logo} is not a file in public/${found.problem === 'outside' ? ' (it leads out of the folder)' : ''}. Put the logo file at public${logo}, or correct the path.`);
		return undefined;
	}
	for (const issue of explainIssues(result.error, schema, source.data)) {
		const { line, column } = source.positionOf(issue.path, issue.part);
		report(file, line, column, issue.message);
	}
	return undefined;
}
