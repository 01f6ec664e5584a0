/** `body-image-exists`: an image of the body with a relative path is a file of the content folder. */
import { dirname, resolve } from 'node:path';
import { containedFile } from '../../lib/contained-file.ts';
import { urlKind } from './body-url.ts';
import { outsideContent } from './image-exists.ts';
import { defineNodeRule } from './rule.ts';

/** A relative image path in the text with no file at it, or one that leads out of the content folder. */
export const bodyImageExists = defineNodeRule({
	id: 'body-image-exists',
	description: 'An image in the text has no file at its path, relative to the entry, or its path leads out of the content folder.',
	node: 'image',
	message({ url }, { absolute, paths, rel }) {
		if (urlKind(url) !== 'relative') return undefined;
		const found = containedFile(resolve(dirname(absolute), url.split(/[?#]/)[0]!), paths.contentDir);
		if (found.ok) return undefined;
		return found.problem === 'outside' ? outsideContent(url, rel(paths.contentDir)) : `No image at "${url}". Paths are relative to this file, such as ../images/photo.jpg.`;
	},
});
