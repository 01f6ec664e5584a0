/** `body-image-exists`: an image of the body with a relative path is a file next to the entry. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { urlKind } from './body-url.ts';
import { defineNodeRule } from './rule.ts';

/** A relative image path in the text with no file at it. */
export const bodyImageExists = defineNodeRule({
	id: 'body-image-exists',
	description: 'An image in the text has no file at its path, relative to the entry.',
	node: 'image',
	message: ({ url }, { absolute }) =>
		urlKind(url) === 'relative' && !existsSync(resolve(dirname(absolute), url.split(/[?#]/)[0]!))
			? `No image at "${url}". Paths are relative to this file, such as ../images/photo.jpg.`
			: undefined,
});
