import { z } from 'astro/zod';
import type { Catalogue } from '../i18n/catalogues.ts';
import { AccessibilitySchema, VENUE_FEATURES } from './accessibility.ts';
import type { SchemaContext } from './context.ts';
import { imageWithAlt, localDateTime, publishingFields, safeUrl, share, shortName, summary, tagFields, text, timeZone } from './fields.ts';

/**
 * The kinds of action. Each has its words in every language's catalogue (src/i18n/languages/): a
 * `button`, the call to action's label when the organizer sets none (a verb: it says what pressing
 * the button does), and a `label`, the noun that says what kind of thing the action is, above its
 * title on pages, lists and share cards.
 */
export const ACTION_KINDS = ['learn-more', 'visit-website', 'sign-up', 'register', 'buy-tickets', 'donate', 'volunteer', 'petition', 'pledge', 'attend'] as const satisfies ReadonlyArray<keyof Catalogue['actionKinds']>;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** The one thing the page asks the member to do. */
const CallToActionSchema = z.strictObject({
	/** The button text. Default: the kind's usual verb ("Sign the petition", "Register"…). */
	label: text(40, 'The button label').optional(),
	/** Where the button goes: a full https address, or a page of this hub starting with `/`. */
	url: safeUrl({ allowSitePath: true }),
	/**
	 * The query parameter the external tool reads a signup's source from (`source` on most petition
	 * and event platforms). The button then passes on where the visitor came from (the `utm_source`
	 * of the link they followed, such as `whatsapp`), or `hub` when that is unknown.
	 */
	forwardSource: z
		.string()
		.regex(/^[A-Za-z0-9_.-]+$/, 'A parameter name is letters, digits, _, . and - only, such as source.')
		.optional(),
});

/** Where and when the action takes place, for actions that are events. */
const EventSchema = z
	.strictObject({
		/** When it starts, `YYYY-MM-DD HH:MM` on the 24-hour clock, local time where it happens. */
		start: localDateTime({ dateOnly: 'reject' }),
		/** When it ends, same format. An event past midnight ends on the next day's date. */
		end: localDateTime({ dateOnly: 'reject' }),
		/** The IANA time zone of the place (`America/Chicago`). Default: the site's time zone. */
		timezone: timeZone().optional(),
		/** The place, for an in-person event. */
		venue: z
			.strictObject({
				/** The name people will look for on arrival ("Miller Hardware, back room"). */
				name: text(120, 'The venue name'),
				/** The street address, as a map app would find it. */
				address: text(200, 'The address'),
			})
			.optional(),
		/** The link to join, for an online event. */
		online: safeUrl().optional(),
		/**
		 * What helps people take part: step-free access, captions, interpretation, childcare, a quiet
		 * room, notes. Shown on the page, the flyer and in the calendar file. See `accessibility.ts`.
		 */
		accessibility: AccessibilitySchema.optional(),
	})
	.superRefine((event, ctx) => {
		if (event.end <= event.start) {
			ctx.addIssue({
				code: 'custom',
				path: ['end'],
				message: `The event ends (${event.end.replace('T', ' ')}) before it starts (${event.start.replace('T', ' ')}). Check \`end\`: an event that runs past midnight ends on the next day's date.`,
			});
		}
		if (!event.venue && !event.online) {
			ctx.addIssue({
				code: 'custom',
				path: [],
				message: 'An event needs a place: add `venue` (name and address) for an in-person event, `online` (the link to join) for an online one, or both.',
			});
		}
		for (const feature of VENUE_FEATURES) {
			if (event.venue || event.accessibility?.[feature] === undefined) continue;
			ctx.addIssue({
				code: 'custom',
				path: ['accessibility', feature],
				message: 'This describes a venue, and this event has none. Remove the line, or add `venue`.',
			});
		}
	});

/**
 * One opportunity to act, with one main call to action. Lives in `content/actions/`.
 * An action whose deadline or event has passed when the site is built shows as closed.
 */
export const ActionSchema = <Image>(context: SchemaContext<Image>) =>
	z.strictObject({
		/** What to do, as a headline ("Sign the pledge for fair lease terms"). */
		title: text(120, 'The title'),
		/** Why it matters, in a sentence or two; shown in lists and link previews. */
		summary: summary(),
		/** learn-more, visit-website, sign-up, register, buy-tickets, donate, volunteer, petition, pledge or attend. */
		kind: z.enum(ACTION_KINDS),
		/** The call to action: the button's label and where it goes. */
		cta: CallToActionSchema,
		/**
		 * The last moment to act, `YYYY-MM-DD HH:MM` (a date alone means the end of that day), in the
		 * event's time zone, or the site's when there is no event. After it, the action shows as closed.
		 */
		deadline: localDateTime({ dateOnly: 'end-of-day' }).optional(),
		/** When and where, for an action that is an event. */
		event: EventSchema.optional(),
		/** The members who host or organize it: member slugs. */
		hosts: z.array(context.reference('members')).default([]),
		/** Stories that explain why it matters: story slugs. */
		stories: z.array(context.reference('stories')).default([]),
		/** Resources that help: resource slugs. */
		resources: z.array(context.reference('resources')).default([]),
		...tagFields(context),
		/** The picture at the top of the page and in its share preview. */
		image: imageWithAlt(context).optional(),
		/** The message and hashtags used when the page is shared. */
		share: share(),
		/**
		 * A short link of your choosing, for posters and for saying aloud: `short: rent` makes
		 * `/go/rent/`, shown on the flyer and copied from the share bar. Lower-case letters, digits and
		 * hyphens; no other action may use it. Every action also keeps `/go/<its file name>/`.
		 */
		short: shortName().optional(),
		/**
		 * When the action is published (`YYYY-MM-DD` or `YYYY-MM-DD HH:MM`, site time zone). A future
		 * date schedules it. Default: published as soon as it is merged.
		 */
		publishDate: localDateTime({ dateOnly: 'start-of-day' }).optional(),
		...publishingFields(context),
	});

export type ActionInput = z.input<ReturnType<typeof ActionSchema<unknown>>>;
export type ActionData = z.output<ReturnType<typeof ActionSchema<unknown>>>;
