import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { fieldType, imageWithAlt, localDate, publishingFields, safeUrl, tagFields, text } from './fields.ts';

/** A link on a member's spotlight: their shop, a profile, an email address or a phone number. */
const MemberLinkSchema = z.strictObject({
	label: text(60, 'The link label').meta({ description: 'What the link is, as the visitor reads it.', examples: ['Email Rosa'] }),
	url: safeUrl().meta({ description: 'The address: https, http, mailto, tel or sms.', examples: ['mailto:rosa@example.org'] }),
});

/**
 * A spotlight on a member or a leader: who they are, what they know, how to reach them.
 * Lives in `content/members/`. Published only with the person's recorded consent.
 * Each field's description is its documentation: docs/fields.md and editors' hovers show it.
 */
export const MemberSchema = <Image>(context: SchemaContext<Image>) =>
	z.strictObject({
		name: text(80, 'The name').meta({ description: 'The name the person wants shown.', examples: ['Rosa Miller'] }),
		role: text(120, 'The role').meta({ description: 'What they do, in a few words.', examples: ['Owner, Miller Hardware'] }),
		place: text(80, 'The place').optional().meta({ description: 'Where they are, as they want it shown.', examples: ['Duluth, Minnesota'] }),
		photo: imageWithAlt(context).optional().describe('Their photo, with alt text.'),
		bio: text(400, 'The bio').meta({
			description: 'A short introduction in the third person; the Markdown text below the fields can tell more.',
			examples: ['Rosa has run Miller Hardware since 2009 and chairs the guild\'s lease committee.'],
		}),
		expertise: z
			.array(text(60, 'An expertise item'))
			.default([])
			.meta({ description: '"Ask me about": subjects others can come to them with.', examples: [['lease negotiation', 'bookkeeping']] }),
		links: z.array(MemberLinkSchema).default([]).describe('Ways to reach them or see their work: each a label and an address.'),
		fediverse: fieldType(
			z
				.string()
				.trim()
				.regex(/^@[\w.-]+@[\w-]+(\.[\w-]+)+$/, 'Write the handle as @name@instance.social, with both @ signs.'),
			{ words: 'fediverse handle, like @name@instance.social', example: '@rosa@mastodon.social' },
		)
			.optional()
			.describe('Their fediverse handle (Mastodon and the like), credited on the stories they write.'),
		leader: z.boolean().default(false).describe('true acknowledges them as a leader of the community, on their spotlight and the members page.'),
		...tagFields(context),
		consent: z
			.strictObject({
				date: localDate().describe('The day they agreed.'),
				how: text(200, 'How consent was recorded').meta({
					description: 'How the agreement was recorded, so it can be found again.',
					examples: ['signed form, March 2026 meeting'],
				}),
			})
			.optional()
			.describe(
				'The person\'s consent to be spotlighted: when and how it was given. Without it the spotlight is not published, and pages that mention the person do not name or link them.',
			),
		...publishingFields(context),
	});

export type MemberInput = z.input<ReturnType<typeof MemberSchema<unknown>>>;
export type MemberData = z.output<ReturnType<typeof MemberSchema<unknown>>>;
