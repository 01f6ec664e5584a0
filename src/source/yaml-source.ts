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
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';

export interface Position {
	line: number;
	column: number;
}

export interface YamlSource {
	data: unknown;
	/** Syntax problems, already in plain words. */
	problems: Array<Position & { message: string }>;
	/** Where a path points: the key (for a wrong field name) or the value (for a wrong value). */
	positionOf(path: readonly PropertyKey[], part: 'key' | 'value'): Position;
}

export function readYaml(text: string, firstLine = 1): YamlSource {
	let detailed: ReturnType<typeof parseDetailed> | undefined;
	const detail = () => (detailed ??= parseDetailed(text, firstLine));
	let data: unknown;
	try {
		data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
	} catch (error) {
		const { problems } = detail();
		if (problems.length) return { data: undefined, problems, positionOf: (path, part) => detail().positionOf(path, part) };
		// Both parsers rarely disagree; when only js-yaml objects, the build would fail on it too.
		const mark = (error as jsYaml.YAMLException).mark;
		return {
			data: undefined,
			problems: [{ line: (mark?.line ?? 0) + firstLine, column: (mark?.column ?? 0) + 1, message: `The YAML here cannot be read: ${(error as jsYaml.YAMLException).reason}. Check quotes, colons and indentation on this line.` }],
			positionOf: (path, part) => detail().positionOf(path, part),
		};
	}
	return { data, problems: [], positionOf: (path, part) => detail().positionOf(path, part) };
}

/** The slow, exact parse: positions of every node and precise error codes. */
function parseDetailed(text: string, firstLine: number) {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
	const at = (offset: number): Position => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + firstLine - 1, column: col };
	};
	const lines = text.split('\n');
	const problems = doc.errors.map((error) => {
		const lineText = lines[lineCounter.linePos(error.pos[0]).line - 1] ?? '';
		const message = explainYamlError(error, lineText);
		// yaml notices a missing closing quote where the text ends; the mistake is where the quote opened.
		const opened = error.code === 'MISSING_CHAR' ? unbalancedQuote(lines) : undefined;
		return { ...(opened ? { line: opened.line + firstLine - 1, column: opened.column } : at(error.pos[0])), message };
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

/** The character offset of a path in the document: as deep as the path exists. */
function locate(doc: Document, path: readonly PropertyKey[], part: 'key' | 'value'): number {
	let node: Node | null = doc.contents;
	let offset = node?.range?.[0] ?? 0;
	for (const [index, segment] of path.entries()) {
		const last = index === path.length - 1;
		if (isMap(node)) {
			const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
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
		case 'DUPLICATE_KEY':
			return 'This field is written twice. Keep one of them.';
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
				return `This value contains a colon, which YAML reads as a new field. Put the value in quotes: ${key!.trim()}: "${rest.join(':').trim()}"`;
			}
			break;
		case 'BAD_INDENT':
			return 'This line is indented differently from the lines around it. Line up fields of the same group with the same number of spaces.';
		default:
			break;
	}
	const first = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
	return `The YAML here cannot be read: ${first}. Check quotes, colons and indentation on this line.`;
}
