/** What the check reads and what it keeps of each valid entry: shared by the runner and its rules. */
import type { CollectionName } from '../schemas/context.ts';

/** Where the check reads from, and the moment it checks for. */
export interface CheckPaths {
	/** The project root: file paths in messages are relative to it. */
	root: string;
	/** The content folder (`content/`). */
	contentDir: string;
	/** The folder of static files (`public/`), where resources' `file` paths point. */
	publicDir: string;
	/** The build's "now", which decides what is published (and so which links will work). Default: now. */
	now?: Date;
}

/** An entry whose frontmatter passed its schema. */
export interface CheckedEntry {
	collection: CollectionName;
	slug: string;
	/** Path relative to the root. */
	file: string;
	/** The validated data; references are `EntryRef`s and images `ImageRef`s. */
	data: Record<string, unknown>;
}
