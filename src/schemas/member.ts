import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { imageWithAlt, localDate, publishingFields, safeUrl, tagFields, text } from './fields.ts';

/** A link on a member's spotlight: their shop, a profile, an email address or a phone number. */
const MemberLinkSchema = z.strictObject({
	/** What the link is, as the visitor reads it ("Shop website", "Email Rosa"). */
	label: text(60, 'The link label'),
	/** The address: https, http, mailto, tel or sms. */
	url: safeUrl(),
});

/**
 * A spotlight on a member or a leader: who they are, what they know, how to reach them.
 * Lives in `content/members/`. Published only with the person's recorded consent.
 */
export const MemberSchema = <Image>(context: SchemaContext<Image>) =>
	z.strictObject({
		/** The name the person wants shown. */
		name: text(80, 'The name'),
		/** What they do, in a few words ("Owner, Miller Hardware"). */
		role: text(120, 'The role'),
		/** Where they are, as they want it shown ("Duluth, Minnesota"). */
		place: text(80, 'The place').optional(),
		/** Their photo, with alt text. */
		photo: imageWithAlt(context).optional(),
		/** A short introduction in the third person; the Markdown body can tell more. */
		bio: text(400, 'The bio'),
		/** "Ask me about": subjects others can come to them with. */
		expertise: z.array(text(60, 'An expertise item')).default([]),
		/** Ways to reach them or see their work. */
		links: z.array(MemberLinkSchema).default([]),
		/** Their fediverse handle (`@name@instance.social`), credited on the stories they write. */
		fediverse: z
			.string()
			.trim()
			.regex(/^@[\w.-]+@[\w-]+(\.[\w-]+)+$/, 'Write the handle as @name@instance.social, with both @ signs.')
			.optional(),
		/** A leader of the community: acknowledged as such on their spotlight and the members page. Default: false. */
		leader: z.boolean().default(false),
		...tagFields(context),
		/**
		 * The person's consent to be spotlighted: when and how it was given. Without it the spotlight
		 * is not published, and pages that mention the person do not name or link them.
		 */
		consent: z
			.strictObject({
				/** The day they agreed, `YYYY-MM-DD`. */
				date: localDate(),
				/** How the agreement was recorded, so it can be found again ("signed form, March 2026 meeting"). */
				how: text(200, 'How consent was recorded'),
			})
			.optional(),
		...publishingFields(context),
	});

export type MemberInput = z.input<ReturnType<typeof MemberSchema<unknown>>>;
export type MemberData = z.output<ReturnType<typeof MemberSchema<unknown>>>;
