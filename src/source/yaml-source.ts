/**
 * YAML read with positions, so every message points at the key or value it is about.
 *
 * Two parsers, each for what it does best. js-yaml (the parser Astro reads frontmatter with, so the
 * check sees what the build sees) reads the data, ten times faster than a position-keeping parse;
 * its core schema keeps `2026-12-05` as text and `yes` as a string, exactly as written. Only when a
 * message needs a position, or the YAML is broken, does `yaml` parse the text again with positions
 * and its detailed error codes, which the messages below put in plain words.
 */
import jsYaml from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLError, type YAMLMap } from 'yaml';
import { quote } from '../lib/quote.ts';
import { positionsIn } from './text-position.ts';
import { aliasProblem } from './yaml-aliases.ts';
import { indentationProblem } from './yaml-indentation.ts';

/** A place in a file: 1-based line and column. */
export interface Position {
	line: number;
	column: number;
}

/**
 * The deepest the fields may nest (a list in a group in a list…). The hub's deepest field is three
 * levels down (`event.venue.name`); without a limit, a line of ten thousand `[` overflows the parsers' stack.
 */
export const MAX_YAML_DEPTH = 16;

/** What is wrong with a file's YAML: its syntax, fields nested too deep, or aliases that expand too far. */
export type YamlProblemKind = 'syntax' | 'nesting' | 'aliases';

/** A problem of the YAML, in plain words, where it is. */
export interface YamlProblem extends Position {
	kind: YamlProblemKind;
	message: string;
}

/** YAML fields as read: their data, what stops them being read, and where each field is. */
export interface YamlSource {
	data: unknown;
	/** Problems that stop the fields being read, already in plain words. */
	problems: YamlProblem[];
	/** Where a path points: the key (for a wrong field name) or the value (for a wrong value). */
	positionOf(path: readonly PropertyKey[], part: 'key' | 'value'): Position;
}

/**
 * Reads YAML fields (a frontmatter or site.yaml): the data, or the problems that stop it being read
 * (syntax, nesting past `MAX_YAML_DEPTH`, aliases that expand too far), each at its line and column.
 * @param firstLine the line of the file the text starts on
 */
export function readYaml(text: string, firstLine = 1): YamlSource {
	let detailed: ReturnType<typeof parseDetailed> | undefined;
	const detail = () => (detailed ??= parseDetailed(text, firstLine));
	const positionOf = (path: readonly PropertyKey[], part: 'key' | 'value') => detail().positionOf(path, part);
	const refused = (problem: YamlProblem): YamlSource => ({ data: undefined, problems: [problem], positionOf });
	let data: unknown;
	try {
		// js-yaml stops at `maxDepth` with a positioned error; @types/js-yaml does not list the option yet.
		data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, maxDepth: MAX_YAML_DEPTH } as jsYaml.LoadOptions);
	} catch (error) {
		const { mark, reason } = error as jsYaml.YAMLException;
		const at = { line: (mark?.line ?? 0) + firstLine, column: (mark?.column ?? 0) + 1 };
		// Too deep for the position-keeping parser too, whose stack would overflow: say so here.
		if (/^nesting exceeded maxDepth/.test(reason ?? '')) {
			return refused({
				kind: 'nesting',
				...at,
				message: `The fields are nested more than ${MAX_YAML_DEPTH} levels deep here (a list in a list, or a group in a group, again and again). No field of the hub goes deeper than three levels: check the indentation and the [ and { brackets.`,
			});
		}
		// An indentation that goes wrong is named at its line, in plain words, before the parsers' messages.
		const indentation = indentationProblem(text);
		if (indentation) return refused({ kind: 'syntax', line: indentation.index + firstLine, column: indentation.column, message: indentation.message });
		// js-yaml finds a field written twice; the position-keeping parser, asked to, would compare every
		// pair of fields, which takes time in the square of their number.
		const twice: YamlProblem[] = /^duplicated mapping key/.test(reason ?? '') ? [{ kind: 'syntax', ...at, message: 'This field is written twice. Keep one of them.' }] : [];
		const problems = [...detail().problems, ...twice];
		if (problems.length) return { data: undefined, problems, positionOf };
		// Both parsers rarely disagree; when only js-yaml objects, the build would fail on it too.
		return refused({ kind: 'syntax', ...at, message: `The YAML here cannot be read: ${reason ?? String(error)}. Check quotes, colons and indentation on this line.` });
	}
	const aliases = aliasProblem(text, firstLine);
	if (aliases) return refused({ kind: 'aliases', ...aliases });
	return { data, problems: [], positionOf };
}

/** The slow, exact parse: positions of every node and precise error codes. */
function parseDetailed(text: string, firstLine: number) {
	const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, strict: true });
	const at = positionsIn(text, firstLine);
	const lines = text.split('\n');
	const problems = doc.errors.map((error) => {
		const lineText = lines[at(error.pos[0]).line - firstLine] ?? '';
		const message = explainYamlError(error, lineText);
		// yaml notices a missing closing quote where the text ends; the mistake is where the quote opened.
		const opened = error.code === 'MISSING_CHAR' ? unbalancedQuote(lines) : undefined;
		return { kind: 'syntax' as const, ...(opened ? { line: opened.line + firstLine - 1, column: opened.column } : at(error.pos[0])), message };
	});
	return {
		problems,
		positionOf(path: readonly PropertyKey[], part: 'key' | 'value'): Position {
			return at(locate(doc, path, part));
		},
	};
}

/** The first line whose value opens a quote it does not close (1-based line and column of the quote). */
function unbalancedQuote(lines: readonly string[]): Position | undefined {
	for (const [index, line] of lines.entries()) {
		const match = /:\s+(["'])/.exec(line);
		if (!match) continue;
		const quote = match[1]!;
		const start = match.index + match[0].length - 1;
		const rest = line.slice(start + 1);
		const closed = quote === '"' ? /(^|[^\\])"/.test(rest) : /'(?!')/.test(rest.replace(/''/g, ''));
		if (!closed) return { line: index + 1, column: start + 1 };
	}
	return undefined;
}

/**
 * The pairs of a map by key, built once per map: a file with thousands of unknown fields asks for the
 * place of each, and searching the map every time would take time in the square of their number.
 */
const pairIndexes = new WeakMap<YAMLMap, Map<unknown, Pair>>();
function pairOf(map: YAMLMap, key: PropertyKey): Pair | undefined {
	let index = pairIndexes.get(map);
	if (!index) {
		index = new Map();
		for (const item of map.items) if (isPair(item) && isScalar(item.key) && !index.has(item.key.value)) index.set(item.key.value, item);
		pairIndexes.set(map, index);
	}
	return index.get(key);
}

/** The character offset of a path in the document: as deep as the path exists. */
function locate(doc: Document, path: readonly PropertyKey[], part: 'key' | 'value'): number {
	let node: Node | null = doc.contents;
	let offset = node?.range?.[0] ?? 0;
	for (const [index, segment] of path.entries()) {
		const last = index === path.length - 1;
		if (isMap(node)) {
			const pair = pairOf(node, segment);
			if (!pair) return offset;
			const key = pair.key as Node;
			const value = pair.value as Node | null;
			if (last && part === 'key') return key.range?.[0] ?? offset;
			offset = value?.range?.[0] ?? key.range?.[0] ?? offset;
			node = value;
		} else if (isSeq(node) && typeof segment === 'number') {
			const item = node.items[segment] as Node | undefined;
			if (!item) return offset;
			offset = item.range?.[0] ?? offset;
			node = item;
		} else {
			return offset;
		}
	}
	return offset;
}

/** yaml's messages are written for programmers; these say what an organizer did and how to fix it. */
function explainYamlError(error: YAMLError, line: string): string {
	switch (error.code) {
		case 'TAB_AS_INDENT':
			return 'A tab is used to indent this line. YAML needs spaces: replace the tab with two spaces.';
		case 'MISSING_CHAR':
			if (/quote|"|'/i.test(error.message)) {
				return 'A quote is opened but never closed. Add the closing quote at the end of the value.';
			}
			break;
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'MULTILINE_IMPLICIT_KEY':
		case 'UNEXPECTED_TOKEN':
			if (/^\s*[\w-]+:\s+[^"'\s].*:(\s|$)/.test(line)) {
				const [key, ...rest] = line.split(':');
				return `This value contains a colon, which YAML reads as a new field. Put the value in quotes: ${key!.trim()}: ${quote(rest.join(':').trim(), 400)}`;
			}
			break;
		case 'BAD_INDENT':
			return 'This line is indented differently from the lines around it. Line up fields of the same group with the same number of spaces.';
		case 'RESOURCE_EXHAUSTION':
			return `The fields are nested too deep here to be read (a list in a list, or a group in a group, again and again). No field of the hub goes deeper than three levels: check the indentation and the [ and { brackets.`;
		default:
			break;
	}
	const first = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
	return `The YAML here cannot be read: ${first}. Check quotes, colons and indentation on this line.`;
}
