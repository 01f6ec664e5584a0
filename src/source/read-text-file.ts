/**
 * Reads a content file as text, or says why it is not one: too large to be an entry, not UTF-8, or
 * holding a control character. Each problem is positioned, because the organizer fixes it in an editor.
 * What passes is plain UTF-8 text with no byte-order mark, which every later step can trust.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { describeCharacter, firstFileControl } from '../lib/control-characters.ts';
import { positionAt } from './text-position.ts';
import type { Position } from './yaml-source.ts';

/**
 * The largest content file the hub reads: 256 KB. The longest real entries (a long guide, the
 * transcript of a recording) are around 60 KB, so this leaves four times that. The limit keeps a
 * build's worst case short: dense Markdown costs about 10 µs a byte to check and 25 µs to build, and
 * a few parser paths grow faster than the text, so one hostile file of a few megabytes could hold a
 * build for minutes. A longer document belongs in `public/files/`, linked from a resource's `file`.
 */
export const MAX_FILE_BYTES = 256 * 1024;

/** Why a file could not be read as text: each kind has its own rule id. */
export type FileProblemKind = 'file-size' | 'file-encoding' | 'control-character';

/** A problem that stops a file from being read as text, where it is and what to do. */
export interface FileProblem extends Position {
	kind: FileProblemKind;
	message: string;
}

/** The file's text, or the problem that stops it being read. */
export type ReadText = { ok: true; text: string } | ({ ok: false } & FileProblem);

const kb = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('en-US')} KB`;

/** Reads a content file (an entry or site.yaml) as UTF-8 text, within the size limit, without control characters. */
export function readTextFile(file: string): ReadText {
	// One open for the size and the bytes, as readFileSync does: a file past the limit is never read whole.
	const fd = openSync(file, 'r');
	let bytes: Buffer;
	try {
		const size = fstatSync(fd).size;
		if (size > MAX_FILE_BYTES) return tooLarge(readBytes(fd, MAX_FILE_BYTES), size);
		bytes = readBytes(fd, size);
	} finally {
		closeSync(fd);
	}
	if (!isUtf8(bytes) || looksUtf16(bytes)) return { ok: false, ...notUtf8(bytes) };
	// A byte-order mark is fine: editors on Windows add one, and Astro accepts it.
	const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
	const control = firstFileControl(text);
	if (control) return { ok: false, kind: 'control-character', ...positionAt(text, control.index), message: controlMessage(control.char) };
	return { ok: true, text };
}

/** The first `length` bytes of an open file (fewer if it is shorter). */
function readBytes(fd: number, length: number): Buffer {
	const bytes = Buffer.allocUnsafe(length);
	let read = 0;
	for (let chunk = -1; read < length && chunk !== 0; read += chunk) chunk = readSync(fd, bytes, read, length - read, read);
	return bytes.subarray(0, read);
}

/** Points at the line where the file passes the limit: what comes after it is what has to go. */
function tooLarge(head: Buffer, size: number): ReadText {
	// Decoding may end in a cut character, shown as one replacement character: the column is still right.
	const text = head.toString('utf8');
	return {
		ok: false,
		kind: 'file-size',
		...positionAt(text, text.length),
		message: `This file is ${kb(size)}; a content file can be at most ${kb(MAX_FILE_BYTES)}, and it passes that here. Split it into several entries, or put a long document in public/files/ and link it from a resource's \`file\`.`,
	};
}

const UTF16_BOM = /^(\xFF\xFE|\xFE\xFF)/;

/**
 * UTF-16 without a byte-order mark: English text in it is every other byte zero, which is valid UTF-8
 * (NUL characters), so it would pass for text full of control characters.
 */
function looksUtf16(bytes: Buffer): boolean {
	if (bytes.length < 2 || (bytes[0] !== 0) === (bytes[1] !== 0)) return false;
	const head = bytes.subarray(0, 64);
	return head.filter((byte) => byte === 0).length * 3 >= head.length;
}

/** Where the first byte that is not UTF-8 is, as a line and column of the text before it; or that the file is UTF-16. */
function notUtf8(bytes: Buffer): FileProblem {
	if (UTF16_BOM.test(bytes.subarray(0, 2).toString('latin1')) || looksUtf16(bytes)) {
		return { kind: 'file-encoding', line: 1, column: 1, message: 'This file is saved as UTF-16. Save it as UTF-8 (in most editors: File, Save with Encoding, UTF-8).' };
	}
	const offset = firstInvalidByte(bytes);
	const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
	const line = bytes.subarray(0, lineStart).reduce((count, byte) => count + (byte === 0x0a ? 1 : 0), 1);
	const column = bytes.subarray(lineStart, offset).toString('utf8').length + 1;
	const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
	return {
		kind: 'file-encoding',
		line,
		column,
		message: `This file is not UTF-8: the byte 0x${byte} here is not text in UTF-8, so the page would show "�" instead. It was probably saved in another encoding (such as Windows-1252 or Latin-1): save it as UTF-8 (in most editors: File, Save with Encoding, UTF-8), then check the accented letters.`,
	};
}

/** The offset of the first byte that starts no well-formed UTF-8 sequence (Unicode, table 3-7). */
function firstInvalidByte(bytes: Uint8Array): number {
	let at = 0;
	while (at < bytes.length) {
		const lead = bytes[at]!;
		if (lead < 0x80) {
			at++;
			continue;
		}
		// The length of the sequence, and the range its second byte must be in.
		let length: number, low = 0x80, high = 0xbf;
		if (lead >= 0xc2 && lead <= 0xdf) length = 2;
		else if (lead >= 0xe0 && lead <= 0xef) {
			length = 3;
			if (lead === 0xe0) low = 0xa0; // Overlong.
			if (lead === 0xed) high = 0x9f; // Surrogates.
		} else if (lead >= 0xf0 && lead <= 0xf4) {
			length = 4;
			if (lead === 0xf0) low = 0x90; // Overlong.
			if (lead === 0xf4) high = 0x8f; // Past U+10FFFF.
		} else return at;
		for (let next = 1; next < length; next++) {
			const byte = bytes[at + next];
			if (byte === undefined || byte < (next === 1 ? low : 0x80) || byte > (next === 1 ? high : 0xbf)) return at;
		}
		at += length;
	}
	return at;
}

/** What a raw control character is and how to get rid of it; a lone carriage return has its own cause. */
function controlMessage(char: string): string {
	if (char === '\r') {
		return 'There is a carriage return (CR) here without a line feed after it: old Mac line endings, or a stray character from a copy and paste. Save the file with LF (or CRLF) line endings, or delete the character.';
	}
	return `There is ${describeCharacter(char)} here: an invisible character that is not text, probably pasted along with something else. Delete it (in most editors, place the cursor after it and press Backspace).`;
}
