/** Writing a file so that nobody ever reads half of it. */
import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes the file aside, under a name no other process or call shares, then renames it into place: a
 * build interrupted mid-write, or another build writing the same file into a shared cache, never
 * leaves half a file.
 */
export function writeWhole(file: string, data: string | Uint8Array): void {
	mkdirSync(dirname(file), { recursive: true });
	const aside = `${file}.${process.pid}-${randomUUID()}.tmp`;
	try {
		writeFileSync(aside, data);
		renameSync(aside, file);
	} finally {
		rmSync(aside, { force: true });
	}
}
