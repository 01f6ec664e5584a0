/** One problem found in the content, where it is, what to do about it, and which rule found it. */
export interface Diagnostic {
	/** Path relative to the project root, with forward slashes. */
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
 * terminals make clickable; the rule id last, where it does not get in the way of reading.
 */
export function formatDiagnostic(d: Diagnostic): string {
	return `${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.message}  [${d.rule}]`;
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
