/** `image-alt`: an image of the body describes what it shows. */
import { defineNodeRule } from './rule.ts';

/** An image in the text without alt text. */
export const imageAlt = defineNodeRule({
	id: 'image-alt',
	description: 'An image in the text has no alt text for people who cannot see it.',
	node: 'image',
	message: (image) => (image.alt?.trim() ? undefined : 'This image has no alt text. Describe what it shows between the brackets: ![Volunteers fixing a lamp](…).'),
});
