/** `image-exists`: an image of the frontmatter (cover, share image, photo) is a file next to the entry. */
import { dirname, resolve } from 'node:path';
import { isFile } from '../../lib/is-file.ts';
import { withField } from '../../schemas/explain-issue.ts';
import { ImageRef } from '../check-context.ts';
import { defineRule } from './rule.ts';

/** An image path in the frontmatter with no file at it. */
export const imageExists = defineRule({
	id: 'image-exists',
	description: 'An image of the frontmatter (cover, share image, photo) has no file at its path, relative to the entry.',
	check({ values, absolute, rel, source, report }) {
		for (const { value, path } of values()) {
			if (!(value instanceof ImageRef)) continue;
			const target = resolve(dirname(absolute), value.src);
			if (isFile(target)) continue;
			report(source.positionOf(path, 'value'), withField(path, `No image at "${value.src}" (looked for ${rel(target)}). Paths are relative to this file, such as ../images/photo.jpg.`));
		}
	},
});
