/**
 * Limits on how a Markdown body nests, checked on the text before any parser reads it. The parsers
 * of the check and the build take time that grows faster than the text on deep nesting: micromark
 * (under remark, for raw HTML and MDX) half a minute for ten thousand `>` or `- ` on one line, and
 * minutes for a few thousand nested `*` or `![`; Sätteri (Markdown alone) over a minute for a hundred
 * thousand `- `. Walking such a tree can overflow the stack. No real text
 * nests like that, so a body that does is refused here, at the line and column where it passes the
 * limit, and never reaches a parser.
 *
 * The counts are read off the text, line by line, and err on the side of counting more than the
 * parser would build: a `*` or a list marker counts even in code, a paragraph runs to the next blank
 * line. Together with the cap on emphasis marks in a paragraph, a body that passes them is quick to
 * parse. The exact depth of what was built is checked again on the parsed tree (rule `markdown-nesting`).
 */
import type { Position } from './yaml-source.ts';

/** The most levels of quotes and lists a line may open (`> - > - x` is four). Real text uses three or four. */
const MAX_BLOCK_DEPTH = 24;

/**
 * The most emphasis marks (`*`, `_`, `~`) that may be open at once in a paragraph: `***bold italic***`
 * opens three. Real text opens two or three; nested emphasis costs the parser time in its square.
 */
const MAX_OPEN_EMPHASIS = 48;

/** The most `[` that may be open at once in a paragraph: an image in a link opens two. */
const MAX_OPEN_BRACKETS = 24;

/**
 * The most emphasis marks in one paragraph (text between blank lines). Matching them costs the parser
 * time in their number times the paragraph's length; 2,000 marks is a thousand emphasized words.
 */
export const MAX_EMPHASIS_MARKS = 2000;

/** Which limit a body passes: how deep it nests, or how many emphasis marks one paragraph holds. */
export type MarkdownLimit = 'nesting' | 'emphasis-marks';

/** Where a body passes a limit, and what to do. */
export interface MarkdownProblem extends Position {
	limit: MarkdownLimit;
	message: string;
}

const isSpace = (char: string | undefined) => char === ' ' || char === '\t';
const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
/** Where a paragraph ends: a bullet, an ordered item from 1 or a heading can interrupt one; other lines may continue it. */
const BLOCK_START = /^ {0,3}(?:[-+*][ \t]+\S|1[.)][ \t]+\S|#{1,6}(?:[ \t]|$))/;
/** What matters inside a paragraph: emphasis marks, brackets, and escapes. */
const INLINE = /[*_~[\]\\]/g;
const ESCAPABLE = /[!-/:-@[-`{-~]/;

/**
 * The first place where a body passes a limit, or undefined.
 * @param body the Markdown after the frontmatter
 * @param firstLine the line of the file the body starts on
 */
export function markdownProblem(body: string, firstLine: number): MarkdownProblem | undefined {
	let paragraph = newParagraph();
	let lineNumber = firstLine;
	for (let start = 0; start <= body.length; lineNumber++) {
		const newline = body.indexOf('\n', start);
		const end = newline === -1 ? body.length : newline;
		const line = body.slice(start, end);
		const blocks = blockDepth(line);
		if (blocks) return { limit: 'nesting', line: lineNumber, column: blocks.column, message: NESTING_MESSAGE.blocks };
		if (line.trim() === '' || BLOCK_START.test(line)) paragraph = newParagraph();
		const inline = scanInline(line, paragraph);
		if (inline) return { line: lineNumber, ...inline };
		start = end + 1;
	}
	return undefined;
}

const NESTING_MESSAGE = {
	blocks: `Quotes (>) and lists (-, *, 1.) are nested more than ${MAX_BLOCK_DEPTH} levels deep here, more than any page can show. Remove the extra > and list markers.`,
	emphasis: `More than ${MAX_OPEN_EMPHASIS} emphasis marks (*, _ or ~) are open at once here: emphasis inside emphasis, again and again. Close each one before opening the next (*one* **two**), or write \\* for a star that is just a star.`,
	brackets: `More than ${MAX_OPEN_BRACKETS} brackets ([) are open at once here: links or images inside links, again and again. Close each [ with its ], or write \\[ for a bracket that is just a bracket.`,
	marks: `This paragraph has more than ${MAX_EMPHASIS_MARKS.toLocaleString('en-US')} emphasis marks (*, _ or ~), which makes it very slow to read for the site's builder. Split it with blank lines, or write \\* for stars that are just stars.`,
};

/**
 * Where a line opens more quote and list levels than `MAX_BLOCK_DEPTH`: each `>` and list marker at
 * its start is a level, and so are two columns of indentation (a nested list is indented at least two
 * columns a level), besides the one space each marker takes. Only lines that open a level count: the
 * deepest level is opened on some line, and every level around it is continued on that line.
 */
function blockDepth(line: string): { column: number } | undefined {
	// Most lines start with a letter: nothing to count.
	if (!/^[ \t]*(?:[>\-+*[]|\d)/.test(line)) return undefined;
	const rule = thematicBreakFrom(line);
	let markers = 0;
	let indent = 0;
	let column = 0;
	let own = 0;
	let at = 0;
	while (at < line.length) {
		const char = line[at]!;
		if (char === ' ' || char === '\t') {
			const width = char === ' ' ? 1 : 4 - (column % 4);
			column += width;
			indent += width - Math.min(own, width);
			own = 0;
			at++;
			continue;
		}
		let next: number;
		if (char === '>') next = at + 1;
		else if ((char === '-' || char === '+' || char === '*') && (isSpace(line[at + 1]) || at + 1 === line.length)) {
			if (at >= rule) break; // `- - -` and `* * *` are a line across the page, not lists.
			next = at + 1;
		} else if (isDigit(char)) {
			let digits = at;
			while (isDigit(line[digits]) && digits - at < 10) digits++;
			if (digits - at > 9 || (line[digits] !== '.' && line[digits] !== ')') || !(isSpace(line[digits + 1]) || digits + 1 === line.length)) break;
			next = digits + 1;
		} else if (char === '[' && line[at + 1] === '^') {
			// A footnote definition (`[^1]: …`) holds blocks too, as the build's GFM reads it.
			const label = /^\[\^[^\]\s]{1,999}\]:/.exec(line.slice(at, at + 1004));
			if (!label) break;
			next = at + label[0].length;
		} else break;
		markers++;
		if (markers + Math.floor(indent / 2) > MAX_BLOCK_DEPTH) return { column: at + 1 };
		column += next - at;
		own = 1;
		at = next;
	}
	return undefined;
}

/**
 * Where the rest of a line is a thematic break (three or more of one of `-`, `*`, `_`, and spaces):
 * a marker from there on is part of it. The line's length when there is none.
 */
function thematicBreakFrom(line: string): number {
	let kind: string | undefined;
	let count = 0;
	let from = line.length;
	for (let at = line.length - 1; at >= 0; at--) {
		const char = line[at]!;
		if (isSpace(char)) continue;
		if ((char !== '-' && char !== '*' && char !== '_') || (kind !== undefined && char !== kind)) break;
		kind = char;
		count++;
		if (count >= 3) from = at;
	}
	return from;
}

/** What a paragraph has open so far: emphasis marks by character, brackets, and every mark seen. */
interface Paragraph {
	open: Record<string, number>;
	brackets: number;
	marks: number;
}

const newParagraph = (): Paragraph => ({ open: { '*': 0, _: 0, '~': 0 }, brackets: 0, marks: 0 });

/**
 * Reads one line of a paragraph: emphasis runs by CommonMark's flanking rules (a run can open when it
 * is followed by text, close when it follows text), each closing run taking back what it can.
 */
function scanInline(line: string, paragraph: Paragraph): Omit<MarkdownProblem, 'line'> | undefined {
	INLINE.lastIndex = 0;
	for (let match = INLINE.exec(line); match; match = INLINE.exec(line)) {
		const at = match.index;
		const char = match[0];
		if (char === '\\') {
			if (ESCAPABLE.test(line[at + 1] ?? '')) INLINE.lastIndex = at + 2;
			continue;
		}
		if (char === '[') {
			if (++paragraph.brackets > MAX_OPEN_BRACKETS) return { limit: 'nesting', column: at + 1, message: NESTING_MESSAGE.brackets };
			continue;
		}
		if (char === ']') {
			if (paragraph.brackets > 0) paragraph.brackets--;
			continue;
		}
		let end = at + 1;
		while (line[end] === char) end++;
		INLINE.lastIndex = end;
		const length = end - at;
		const { opens, closes } = flanking(char, line[at - 1], line[end]);
		if (!opens && !closes) continue;
		const taken = closes ? Math.min(length, paragraph.open[char]!) : 0;
		paragraph.open[char] = paragraph.open[char]! - taken + (opens ? length - taken : 0);
		const open = paragraph.open['*']! + paragraph.open._! + paragraph.open['~']!;
		if (open > MAX_OPEN_EMPHASIS) return { limit: 'nesting', column: at + 1, message: NESTING_MESSAGE.emphasis };
		paragraph.marks += length;
		if (paragraph.marks > MAX_EMPHASIS_MARKS) return { limit: 'emphasis-marks', column: at + 1, message: NESTING_MESSAGE.marks };
	}
	return undefined;
}

/** Whether a run of `char` between `before` and `after` can open and close emphasis (CommonMark, "left-flanking"). */
function flanking(char: string, before: string | undefined, after: string | undefined): { opens: boolean; closes: boolean } {
	const spaceBefore = before === undefined || WHITESPACE.test(before);
	const spaceAfter = after === undefined || WHITESPACE.test(after);
	const punctuationBefore = !spaceBefore && PUNCTUATION.test(before!);
	const punctuationAfter = !spaceAfter && PUNCTUATION.test(after!);
	const left = !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore);
	const right = !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter);
	if (char === '_') return { opens: left && (!right || punctuationBefore), closes: right && (!left || punctuationAfter) };
	return { opens: left, closes: right };
}
