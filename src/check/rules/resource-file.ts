/** `resource-file`: a resource's `file` is in the static files folder, which publishes it. */
import { join } from 'node:path';
import { isFile } from '../../lib/is-file.ts';
import { defineRule } from './rule.ts';

/** A resource whose `file` is not in `public/`. */
export const resourceFile = defineRule({
	id: 'resource-file',
	description: 'A resource\'s file is not in public/, so its download link would be broken.',
	check({ entry, paths, rel, source, report }) {
		const { file } = entry.data;
		if (entry.collection !== 'resources' || typeof file !== 'string') return;
		const target = join(paths.publicDir, file);
		if (isFile(target)) return;
		report(source.positionOf(['file'], 'value'), `\`file\`: No file at ${rel(target)}. Put the file in public/ and write its path from there, such as /files/checklist.pdf.`);
	},
});
