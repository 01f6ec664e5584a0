/** One problem found in the content, where it is and what to do about it. */
export interface Diagnostic {
	/** Path relative to the project root, with forward slashes. */
	file: string;
	/** 1-based line of the offending key or value. */
	line: number;
	/** 1-based column. */
	column: number;
	severity: 'error' | 'warning';
	/** What is wrong and what to write instead, in plain words. */
	message: string;
}

/** `content/actions/pledge.md:4:8  error  message`: the format editors and terminals make clickable. */
export function formatDiagnostic(d: Diagnostic): string {
	return `${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.message}`;
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
