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

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The page the dev server shows instead of the site while the content has errors: every error at its
 * file, line and column, as the terminal prints it. It asks again every two seconds, so the page comes
 * back by itself once the file is fixed and saved.
 */
export function htmlReport(diagnostics: readonly Diagnostic[], note = ''): string {
	const errors = diagnostics.filter((d) => d.severity === 'error');
	const items = errors.map((d) => `<li><code>${escapeHtml(printable(`${d.file}:${d.line}:${d.column}`))}</code> ${escapeHtml(d.message)} <small>[${escapeHtml(d.rule)}]</small></li>`).join('\n');
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="2">
<title>The content has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1c1a17;background:#fff5f5}h1{color:#9b1c1c;font-size:1.5rem}li{margin:.75rem 0}code{font-weight:700;word-break:break-all}small{color:#5a544d}</style>
</head>
<body>
<h1>The content has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}: the preview waits until ${errors.length === 1 ? 'it is' : 'they are'} fixed</h1>
<ol>
${items}
</ol>
${note ? `<p>${escapeHtml(note)}</p>\n` : ''}<p>Fix the file at each line and column, then save: this page comes back by itself. <code>npm run check</code> shows the same list.</p>
</body>
</html>
`;
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
