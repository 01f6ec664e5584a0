/** Reads one content file: its frontmatter through the collection's schema, and its Markdown body. */
import type { z } from 'astro/zod';
import { explainIssues } from '../schemas/explain-issue.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { markdownProblem, type MarkdownLimit } from './markdown-limits.ts';
import { type FileProblemKind, readTextFile } from './read-text-file.ts';
import { readYaml, type YamlProblemKind, type YamlSource } from './yaml-source.ts';

export interface ReadEntry {
	/** The schema's output. */
	data: Record<string, unknown>;
	/** Positions in the frontmatter, for later messages. */
	source: YamlSource;
	body: string;
	/** The line the body starts on. */
	bodyLine: number;
}

/**
 * The step of reading a file that a problem stopped: the file as text, the `---` fences, the YAML
 * fields, the schema, or the body's limits.
 */
export type ReadingStep = FileProblemKind | 'frontmatter' | `yaml-${YamlProblemKind}` | 'schema' | `markdown-${MarkdownLimit}`;

/**
 * Undefined when the file has a problem, which has been reported with the step it stopped. A body
 * past the Markdown limits is reported even when the fields have problems too, so that every problem
 * shows at once; such a body is never handed on to be parsed.
 */
export function readEntry(
	absolute: string,
	schema: z.ZodType,
	report: (line: number, column: number, message: string, step: ReadingStep) => void,
): ReadEntry | undefined {
	const file = readTextFile(absolute);
	if (!file.ok) {
		report(file.line, file.column, file.message, file.kind);
		return undefined;
	}
	const split = splitFrontmatter(file.text);
	if (!split.ok) {
		report(split.line, 1, split.message, 'frontmatter');
		return undefined;
	}
	const body = markdownProblem(split.body, split.bodyLine);
	if (body) report(body.line, body.column, body.message, `markdown-${body.limit}`);
	const source = readYaml(split.yaml, split.yamlLine);
	for (const problem of source.problems) report(problem.line, problem.column, problem.message, `yaml-${problem.kind}`);
	if (source.problems.length) return undefined;
	const data = source.data ?? {};
	if (typeof data !== 'object' || Array.isArray(data)) {
		report(split.yamlLine, 1, 'The top of the file must be a list of fields, one "name: value" per line.', 'yaml-syntax');
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
	if (body) return undefined;
	return { data: result.data as Record<string, unknown>, source, body: split.body, bodyLine: split.bodyLine };
}
