/**
 * How the check's findings are printed: lines for people, JSON for machines, and workflow commands
 * that GitHub Actions shows as annotations on the pull request's lines.
 */
import { type Diagnostic, formatDiagnostic, summarize } from './diagnostic.ts';

export const FORMATS = ['text', 'json', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export function textReport(diagnostics: readonly Diagnostic[], entries: number): string {
	const lines = diagnostics.map(formatDiagnostic);
	lines.push(`${diagnostics.length ? '' : 'All content is valid: '}${summarize(diagnostics)}, in ${entries} entries.`);
	return `${lines.join('\n')}\n`;
}

export function jsonReport(diagnostics: readonly Diagnostic[], entries: number): string {
	const errors = diagnostics.filter((d) => d.severity === 'error').length;
	return `${JSON.stringify({ diagnostics, summary: { errors, warnings: diagnostics.length - errors, entries } }, null, 2)}\n`;
}

/** GitHub's workflow-command escaping: data and property values differ. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…::message`, one per finding, then the readable report. */
export function githubReport(diagnostics: readonly Diagnostic[], entries: number): string {
	const commands = diagnostics.map(
		(d) => `::${d.severity} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty('Content check')}::${escapeData(d.message)}`,
	);
	return `${[...commands, ''].join('\n')}${textReport(diagnostics, entries)}`;
}

export const REPORTS: Record<Format, (diagnostics: readonly Diagnostic[], entries: number) => string> = {
	text: textReport,
	json: jsonReport,
	github: githubReport,
};
