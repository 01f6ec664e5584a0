/** Splits a Markdown file into its YAML frontmatter and its body, keeping line numbers. */

export type Split =
	| { ok: true; yaml: string; /** 1-based line where the YAML starts. */ yamlLine: number; body: string; bodyLine: number }
	| { ok: false; line: number; message: string };

const FENCE = /^---[ \t]*$/;

export function splitFrontmatter(source: string): Split {
	// A byte-order mark and Windows line endings are fine: editors add them, and Astro accepts them.
	const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (lines.every((line) => line.trim() === '')) {
		return {
			ok: false,
			line: 1,
			message: 'The file is empty. Start from an existing entry of the same folder, or from the example in the README.',
		};
	}
	const open = lines.findIndex((line) => line.trim() !== '');
	if (!FENCE.test(lines[open]!)) {
		return {
			ok: false,
			line: open + 1,
			message: 'The file must start with a line of three dashes (---), then the fields (title: …), then another line of three dashes.',
		};
	}
	const close = lines.findIndex((line, index) => index > open && FENCE.test(line));
	if (close === -1) {
		return {
			ok: false,
			line: open + 1,
			message: 'The fields at the top are never closed: add a line of three dashes (---) after the last field, before the text.',
		};
	}
	return {
		ok: true,
		yaml: lines.slice(open + 1, close).join('\n'),
		yamlLine: open + 2,
		body: lines.slice(close + 1).join('\n'),
		bodyLine: close + 2,
	};
}
