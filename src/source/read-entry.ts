/** Reads one content file: its frontmatter through the collection's schema, and its Markdown body. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { explainIssues } from '../schemas/explain-issue.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { readYaml, type YamlSource } from './yaml-source.ts';

const ENTRY_FILE = /\.(md|mdx)$/i;

export interface ReadEntry {
	/** The schema's output. */
	data: Record<string, unknown>;
	/** Positions in the frontmatter, for later messages. */
	source: YamlSource;
	body: string;
	/** The line the body starts on. */
	bodyLine: number;
}

/** The step of reading a file that a problem stopped: the `---` fences, the YAML fields, or the schema. */
export type ReadingStep = 'frontmatter' | 'yaml' | 'schema';

/** Undefined when the file has a problem, which has been reported with the step it stopped. */
export function readEntry(
	absolute: string,
	schema: z.ZodType,
	report: (line: number, column: number, message: string, step: ReadingStep) => void,
): ReadEntry | undefined {
	const split = splitFrontmatter(readFileSync(absolute, 'utf8'));
	if (!split.ok) {
		report(split.line, 1, split.message, 'frontmatter');
		return undefined;
	}
	const source = readYaml(split.yaml, split.yamlLine);
	for (const problem of source.problems) report(problem.line, problem.column, problem.message, 'yaml');
	if (source.problems.length) return undefined;
	const data = source.data ?? {};
	if (typeof data !== 'object' || Array.isArray(data)) {
		report(split.yamlLine, 1, 'The top of the file must be a list of fields, one "name: value" per line.', 'yaml');
		return undefined;
	}
	const result = schema.safeParse(data);
	if (!result.success) {
		for (const issue of explainIssues(result.error, schema, data)) {
			const { line, column } = issue.path.length ? source.positionOf(issue.path, issue.part) : { line: split.yamlLine - 1, column: 1 };
			report(line, column, issue.message, 'schema');
		}
		return undefined;
	}
	return { data: result.data as Record<string, unknown>, source, body: split.body, bodyLine: split.bodyLine };
}

/** The Markdown and MDX files of a collection's folder, subfolders included, in a stable order. */
export function listEntryFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return (readdirSync(dir, { recursive: true }) as string[])
		.filter((name) => ENTRY_FILE.test(name))
		.map((name) => join(dir, name))
		.sort();
}
