/** `image-exists`: an image of the frontmatter (cover, share image, photo) is a file of the content folder. */
import { dirname, resolve } from 'node:path';
import { containedFile } from '../../lib/contained-file.ts';
import { withField } from '../../schemas/explain-issue.ts';
import { ImageRef } from '../check-context.ts';
import { defineRule } from './rule.ts';

/** An image path in the frontmatter with no file at it. */
export const imageExists = defineRule({
	id: 'image-exists',
	description: 'An image of the frontmatter (cover, share image, photo) has no file at its path, relative to the entry, or its path leads out of the content folder.',
	check({ values, absolute, rel, paths, source, report }) {
		for (const { value, path } of values()) {
			if (!(value instanceof ImageRef)) continue;
			const target = resolve(dirname(absolute), value.src);
			const found = containedFile(target, paths.contentDir);
			if (found.ok) continue;
			report(
				source.positionOf(path, 'value'),
				withField(path, found.problem === 'outside' ? outsideContent(value.src, rel(paths.contentDir)) : `No image at "${value.src}" (looked for ${rel(target)}). Paths are relative to this file, such as ../images/photo.jpg.`),
			);
		}
	},
});

/** Why an image path that leads out of the content folder is refused, and what to write instead. */
export const outsideContent = (src: string, contentDir: string) =>
	`"${src}" leads out of ${contentDir}/ (or is a link to a file outside it). The hub only publishes images kept in the repository's content folder: copy the picture into ${contentDir}/images/ and write ../images/<name>.`;
