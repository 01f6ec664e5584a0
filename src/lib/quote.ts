/**
 * What an organizer wrote, shown back in a message. Messages reach terminals, CI logs and pull-request
 * annotations, so what is quoted from content must not act there: an ESC sequence would rewrite the
 * log, a right-to-left override would reorder it, a zero-width space would make "rosa" and "rosa​"
 * look the same. And a value of 200,000 characters is named, not printed.
 */

/** Control characters, bidirectional controls, invisible formatting characters and lone surrogates. */
const INVISIBLE = /[\0-\x1F\x7F-\x9F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with every invisible or control character shown as its code, such as `<U+001B>`. */
export function printable(text: string): string {
	return text.replace(INVISIBLE, (char) => `<U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** How much of a value a message quotes. */
const QUOTED = 80;

/** `"what was written"`, printable, and cut (with its length) when it is longer than a message can carry. */
export function quote(value: string, max = QUOTED): string {
	if (value.length <= max) return `"${printable(value)}"`;
	let head = value.slice(0, max);
	if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
	return `"${printable(head)}…" (${value.length.toLocaleString('en-US')} characters)`;
}
