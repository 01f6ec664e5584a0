/**
 * How the check's findings are printed: lines for people, JSON for machines, and workflow commands
 * that GitHub Actions shows as annotations on the pull request's lines.
 */
import { printable } from '../lib/quote.ts';
import { type Diagnostic, formatDiagnostic, summarize } from './diagnostic.ts';

/** What `--format` accepts. */
export const FORMATS = ['text', 'json', 'github'] as const;
/** One of `FORMATS`. */
export type Format = (typeof FORMATS)[number];

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * One line per finding (see `formatDiagnostic`), then the summary: how many findings, in how many
 * files, what `--rule`/`--ignore` left out, and how many entries could be read.
 */
export function textReport(diagnostics: readonly Diagnostic[], entries: number, leftOut = 0): string {
	const lines = diagnostics.map(formatDiagnostic);
	const valid = diagnostics.length === 0 && leftOut === 0 ? 'All content is valid: ' : '';
	const files = new Set(diagnostics.map((d) => d.file)).size;
	const where = files ? ` in ${count(files, 'file', 'files')}` : '';
	const filtered = leftOut ? ` (and ${leftOut} left out by --rule or --ignore)` : '';
	lines.push(`${valid}${summarize(diagnostics)}${where}${filtered}; ${count(entries, 'entry', 'entries')} read.`);
	return `${lines.join('\n')}\n`;
}

/** `{ diagnostics, summary }`: every diagnostic with its `rule`, and the counts (`leftOut`: hidden by a filter). */
export function jsonReport(diagnostics: readonly Diagnostic[], entries: number, leftOut = 0): string {
	const errors = diagnostics.filter((d) => d.severity === 'error').length;
	return `${JSON.stringify({ diagnostics, summary: { errors, warnings: diagnostics.length - errors, entries, ...(leftOut ? { leftOut } : {}) } }, null, 2)}\n`;
}

/** GitHub's workflow-command escaping: data and property values differ. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,title=Content check (rule-id)::message`, one per finding, then the readable report. */
export function githubReport(diagnostics: readonly Diagnostic[], entries: number, leftOut = 0): string {
	const commands = diagnostics.map(
		(d) => `::${d.severity} file=${escapeProperty(printable(d.file))},line=${d.line},col=${d.column},title=${escapeProperty(`Content check (${d.rule})`)}::${escapeData(d.message)}`,
	);
	return `${[...commands, ''].join('\n')}${textReport(diagnostics, entries, leftOut)}`;
}

/** The report writer of each format. */
export const REPORTS: Record<Format, (diagnostics: readonly Diagnostic[], entries: number, leftOut?: number) => string> = {
	text: textReport,
	json: jsonReport,
	github: githubReport,
};
