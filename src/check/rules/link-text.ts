/** `link-text` and `vague-link-text`: a link's text says where it goes, for screen readers and skimmers. */
import { toString } from 'mdast-util-to-string';
import { defineNodeRule } from './rule.ts';

/** Link text that says nothing about where the link goes. */
const VAGUE = /^(click here|here|this|this link|link|read more|more|learn more|go|clique ici|ici|aquí|haga clic aquí)$/i;

/** A link with no text (an image inside is its text). */
export const linkText = defineNodeRule({
	id: 'link-text',
	description: 'A link in the text has no text, so screen readers read out the bare address.',
	node: 'link',
	message: (link) =>
		toString(link).trim() === '' && !link.children.some((child) => child.type === 'image')
			? 'This link has no text, so screen readers read out the bare address. Write what the link leads to between the brackets.'
			: undefined,
});

/** A link whose text is "click here", "read more" and the like. */
export const vagueLinkText = defineNodeRule({
	id: 'vague-link-text',
	description: 'A link\'s text ("click here", "read more"…) does not say where it goes.',
	severity: 'warning',
	node: 'link',
	message: (link) => {
		const text = toString(link).trim();
		return VAGUE.test(text) ? `"${text}" does not say where the link goes. Say what it does instead, such as [Sign the pledge](…).` : undefined;
	},
});
