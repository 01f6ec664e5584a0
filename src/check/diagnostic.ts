import { printable } from '../lib/quote.ts';

/** One problem found in the content, where it is, what to do about it, and which rule found it. */
export interface Diagnostic {
	/** Path relative to the project root, with forward slashes, exactly as on disk (printed with `printable`). */
	file: string;
	/** 1-based line of the offending key or value. */
	line: number;
	/** 1-based column. */
	column: number;
	/** What is wrong and what to write instead, in plain words. */
	message: string;
	severity: 'error' | 'warning';
	/** The stable, kebab-case id of the rule or reading step that found it (see `src/check/rules/index.ts`). */
	rule: string;
}

/**
 * `content/actions/pledge.md:4:8  error  message  [rule-id]`: the position first, which editors and
 * terminals make clickable; the rule id last, where it does not get in the way of reading. A file
 * name is content too (a pull request can name a file `\x1b[2J.md`): it is printed printable.
 */
export function formatDiagnostic(d: Diagnostic): string {
	return `${printable(d.file)}:${d.line}:${d.column}  ${d.severity}  ${d.message}  [${d.rule}]`;
}

/** "2 errors, 1 warning". */
export function summarize(diagnostics: readonly Diagnostic[]): string {
	const errors = diagnostics.filter((d) => d.severity === 'error').length;
	const warnings = diagnostics.length - errors;
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** Stable order: by file, then position. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
	return diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** The longest message printed: past it, the middle of what a message quotes gives way to "…". */
const MAX_MESSAGE = 1000;

/**
 * A message as it may be printed: content it quotes is shown without its control or invisible
 * characters (which would act on a terminal or a CI log), and a message that quotes a huge value
 * keeps its start (what is wrong) and its end (what to do).
 */
export function readableMessage(message: string): string {
	const shown = printable(message);
	if (shown.length <= MAX_MESSAGE) return shown;
	return `${shown.slice(0, MAX_MESSAGE * 0.6)} … ${shown.slice(-MAX_MESSAGE * 0.3)}`;
}

/** The most findings listed for one file: past them, a file is usually one mistake repeated (or no entry at all). */
const MAX_PER_FILE = 25;

/**
 * The first `MAX_PER_FILE` findings of each file, then one that says how many more there are, at the
 * place of the first one left out. Expects findings sorted by file.
 */
export function capPerFile(diagnostics: Diagnostic[]): Diagnostic[] {
	const kept: Diagnostic[] = [];
	for (let start = 0; start < diagnostics.length; ) {
		let end = start;
		while (end < diagnostics.length && diagnostics[end]!.file === diagnostics[start]!.file) end++;
		const count = end - start;
		kept.push(...diagnostics.slice(start, start + Math.min(count, MAX_PER_FILE)));
		if (count > MAX_PER_FILE) {
			const rest = diagnostics.slice(start + MAX_PER_FILE, end);
			const first = rest[0]!;
			kept.push({
				...first,
				severity: rest.some((d) => d.severity === 'error') ? 'error' : 'warning',
				message: `…and ${rest.length.toLocaleString('en-US')} more problems in this file from here on, not listed. Fix the ones above, then check again: they are often one mistake repeated.`,
			});
		}
		start = end;
	}
	return kept;
}
