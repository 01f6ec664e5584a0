/** `body-image-exists`: an image of the body with a relative path is a picture file of the content folder. */
import { dirname, resolve } from 'node:path';
import { urlKind } from './body-url.ts';
import { imageProblem } from './image-exists.ts';
import { defineNodeRule } from './rule.ts';

/** A relative image path in the text with no file at it, outside the content folder, or too large. */
export const bodyImageExists = defineNodeRule({
	id: 'body-image-exists',
	description: 'An image in the text has no file at its path, relative to the entry, leads out of the content folder, is not a JPEG, PNG, WebP, AVIF or GIF, or is larger than 20 MB.',
	node: 'image',
	message: ({ url }, context) => (urlKind(url) === 'relative' ? imageProblem(url, resolve(dirname(context.absolute), url.split(/[?#]/)[0]!), context) : undefined),
});
