/**
 * Characters that are not text: control characters (C0, DEL, C1), the Unicode line and paragraph
 * separators, and halves of a character (lone UTF-16 surrogates, which YAML's `\uD800` escape can
 * produce). None of them shows on a page, and each breaks something downstream: a carriage return
 * in a title ends an `.ics` line or an email header early, a NUL or an ESC reaches a terminal or a
 * parser raw. Content refuses them where they are written; outputs remove them whatever they are given.
 */

/** A character a single line of text must not hold. Tab is left out: it is spacing, normalised by `text()`. */
const NOT_LINE_TEXT = /[\0-\x08\x0A-\x1F\x7F-\x9F\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A control character a content file must not hold raw: as above, but tab, line feed and CR-LF are how files are laid out. */
const NOT_FILE_TEXT = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]|\r(?!\n)/;

/** What was found, and where: the UTF-16 index of the character in the text. */
export interface Found {
	index: number;
	char: string;
}

const find = (pattern: RegExp, text: string): Found | undefined => {
	const match = pattern.exec(text);
	return match ? { index: match.index, char: match[0] } : undefined;
};

/** The first character that does not belong in one line of text (a title, a label, an address). */
export const firstNonLineText = (text: string): Found | undefined => find(NOT_LINE_TEXT, text);

/** The first raw control character of a content file: anything but tab, line feed and a CR before a line feed. */
export const firstFileControl = (text: string): Found | undefined => find(NOT_FILE_TEXT, text);

/** The names people may know a control character by (and its abbreviation); the rest are named by their code. */
const NAMES: Record<number, readonly [string, string?]> = {
	0x00: ['a null character', 'NUL'],
	0x07: ['a bell character', 'BEL'],
	0x08: ['a backspace', 'BS'],
	0x0a: ['a line break', 'LF'],
	0x0b: ['a vertical tab', 'VT'],
	0x0c: ['a page break', 'form feed'],
	0x0d: ['a carriage return', 'CR'],
	0x1b: ['an escape character', 'ESC'],
	0x7f: ['a delete character', 'DEL'],
	0x85: ['a next-line character', 'NEL'],
	0x2028: ['a line separator'],
	0x2029: ['a paragraph separator'],
};

/** `U+000D`: how Unicode names a code point. */
const codePoint = (char: string): string => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** "a carriage return (CR, U+000D)": what a character found by `firstNonLineText` or `firstFileControl` is, in words. */
export function describeCharacter(char: string): string {
	const code = char.codePointAt(0) ?? 0;
	if (code >= 0xd800 && code <= 0xdfff) return `half of a character (a lone surrogate, ${codePoint(char)})`;
	const [name, short] = NAMES[code] ?? ['an invisible control character'];
	return `${name} (${short ? `${short}, ` : ''}${codePoint(char)})`;
}

/** Every line break (CR-LF, CR, LF, NEL, U+2028, U+2029). */
const LINE_BREAKS = /\r\n|[\r\n\x85\u2028\u2029]/g;
/** Every control character but tab and the line breaks above, and every lone surrogate. */
const OTHER_CONTROLS = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * One line of plain text, whatever it is given: line breaks become spaces, other control characters
 * and lone surrogates are dropped. For outputs where a line break would end a header or a line
 * (an email subject, an `.ics` property).
 */
export function oneLine(text: string): string {
	return text.replace(LINE_BREAKS, ' ').replace(OTHER_CONTROLS, '');
}

/**
 * Plain text whose line breaks are all `eol`, whatever it is given: CR-LF, a bare CR or a bare LF
 * each become one `eol`; other control characters and lone surrogates are dropped.
 */
export function withLineBreaks(text: string, eol: '\n' | '\r\n'): string {
	return text.replace(OTHER_CONTROLS, '').replace(LINE_BREAKS, eol);
}
