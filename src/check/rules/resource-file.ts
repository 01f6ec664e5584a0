/** `resource-file`: a resource's `file` is in `public/files/`, which publishes it. */
import { join } from 'node:path';
import { containedFile } from '../../lib/contained-file.ts';
import { RESOURCE_FILES_PATH } from '../../schemas/resource.ts';
import { defineRule } from './rule.ts';

/** A resource whose `file` is not in `public/files/`, or is a link to a file elsewhere. */
export const resourceFile = defineRule({
	id: 'resource-file',
	description: 'A resource\'s file is not in public/files/ (or is a link to a file outside it), so its download link would be broken.',
	check({ entry, paths, rel, source, report }) {
		const { file } = entry.data;
		if (entry.collection !== 'resources' || typeof file !== 'string') return;
		const folder = join(paths.publicDir, RESOURCE_FILES_PATH);
		const target = join(paths.publicDir, file);
		const found = containedFile(target, folder);
		if (found.ok) return;
		report(
			source.positionOf(['file'], 'value'),
			found.problem === 'outside'
				? `\`file\`: ${rel(target)} is a link to a file outside ${rel(folder)}/. The hub only publishes files kept there: copy the file itself into ${rel(folder)}/.`
				: `\`file\`: No file at ${rel(target)}. Put the file in ${rel(folder)}/ and write its path from public/, such as ${RESOURCE_FILES_PATH}checklist.pdf.`,
		);
	},
});
