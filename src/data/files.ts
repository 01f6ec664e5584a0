/** What a visitor wants to know before downloading a resource's file: its type and size. */
import { statSync } from 'node:fs';
import { extname, join } from 'node:path';
import settings from 'virtual:community-hub/settings';
import { formatFileSize } from '../lib/format-numbers.ts';

export interface FileFacts {
	/** The file's type as people name it: "CSV", "PDF". */
	type: string;
	/** "12 KB", in the site's language. */
	size: string;
}

/** The type and size of a file in public/ (the check has made sure it exists). */
export function fileFacts(sitePath: string): FileFacts {
	const bytes = statSync(join(settings.publicDir, decodeURIComponent(sitePath))).size;
	return { type: extname(sitePath).slice(1).toUpperCase(), size: formatFileSize(bytes, settings.site.locale) };
}
