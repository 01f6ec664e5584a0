/**
 * Which files of a collection's folder are entries. The build's loader decides (Astro's `glob()` with
 * `ENTRY_PATTERN`: case-sensitive, hidden files and folders skipped), and the check must see exactly
 * the files the build loads: a file only the check read would pass, then be missing from the site,
 * and the pages linking to it would break. A file that looks like an entry but would be skipped is
 * named, so that nothing an organizer wrote disappears without a word.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The pattern of Astro's `glob()` loader for every collection (src/content.config.ts): `.md` and `.mdx`, lower case. */
export const ENTRY_PATTERN = '**/*.{md,mdx}';

/** Names that say "Markdown" to a person but not to the loader: another case, or another Markdown extension. */
const LOOKS_LIKE_MARKDOWN = /\.(md|mdx|markdown|mdown|mkdn|mkd|mdwn|mdtxt|mdtext|txt)$/i;
const ENTRY_NAME = /\.(md|mdx)$/;

/** A file that looks like an entry but that the build would not load, and why. */
export interface SkippedFile {
	/** Absolute path. */
	file: string;
	/** What is wrong and how to fix it, in plain words. */
	reason: string;
}

/** A collection's files: the entries the build loads, and the files that look like entries but are skipped. */
export interface CollectionFiles {
	/** Absolute paths, in a stable order. */
	entries: string[];
	skipped: SkippedFile[];
}

/** Whether the loader reads a path (relative to the collection's folder, `/`-separated) as an entry: what `ENTRY_PATTERN` matches. */
function isEntryPath(path: string): boolean {
	const segments = path.split('/');
	return segments.every((segment) => segment !== '' && !segment.startsWith('.')) && ENTRY_NAME.test(segments.at(-1)!);
}

/** Why a Markdown-looking path is not an entry, and what to do; undefined when it is one or does not look like one. */
function whySkipped(path: string): string | undefined {
	const name = path.split('/').at(-1)!;
	if (!LOOKS_LIKE_MARKDOWN.test(name) || isEntryPath(path)) return undefined;
	const hidden = path.split('/').find((segment) => segment.startsWith('.'));
	if (hidden === name) {
		return "Its name starts with a dot, so it is a hidden file and the build skips it: this entry would not be published. Remove the dot from the name, or delete the file if it is an editor's backup.";
	}
	if (hidden) {
		return `It is in the folder "${hidden}", whose name starts with a dot, so it is hidden and the build skips it: this entry would not be published. Move the file out of that folder, or rename the folder without the dot.`;
	}
	const extension = /\.[^.]+$/.exec(name)![0];
	const better = /^\.mdx$/i.test(extension) ? '.mdx' : '.md';
	return `The build only reads files ending in .md or .mdx, in lower case, so it skips this "${extension}" file: this entry would not be published. Rename it to end in ${better}.`;
}

/** The entries of a collection's folder, subfolders included, and the files that look like entries but would be skipped. */
export function listCollectionFiles(dir: string): CollectionFiles {
	let found;
	try {
		found = readdirSync(dir, { recursive: true, withFileTypes: true });
	} catch {
		return { entries: [], skipped: [] }; // No folder: a hub may have no entries of a collection yet.
	}
	const entries: string[] = [];
	const skipped: SkippedFile[] = [];
	for (const dirent of found) {
		if (dirent.isDirectory()) continue;
		const file = join(dirent.parentPath, dirent.name);
		const path = relative(dir, file).split(sep).join('/');
		if (isEntryPath(path)) entries.push(file);
		else {
			const reason = whySkipped(path);
			if (reason) skipped.push({ file, reason });
		}
	}
	const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	return { entries: entries.sort(byPath), skipped: skipped.sort((a, b) => byPath(a.file, b.file)) };
}
