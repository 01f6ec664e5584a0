import { z } from 'astro/zod';
import type { Catalogue } from '../i18n/catalogues.ts';
import { AccessibilitySchema, VENUE_FEATURES } from './accessibility.ts';
import type { SchemaContext } from './context.ts';
import { fieldType, imageWithAlt, localDateTime, publishingFields, safeUrl, share, shortName, summary, tagFields, text, timeZone } from './fields.ts';

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
	label: text(40, 'The button label')
		.optional()
		.meta({ description: 'The button\'s text. Default: the kind\'s usual verb ("Sign the petition", "Register"…).', examples: ['Add your name'] }),
	url: safeUrl({ allowSitePath: true }).describe('Where the button goes: a full https address, or a page of this hub starting with /.'),
	forwardSource: fieldType(
		z.string().regex(/^[A-Za-z0-9_.-]+$/, 'A parameter name is letters, digits, _, . and - only, such as source.'),
		{ words: 'parameter name: letters, digits, _, . and -', example: 'source' },
	)
		.optional()
		.describe(
			'The name of the link parameter the external tool reads a signup\'s source from (source on most petition and event platforms). The button then tells it where the visitor came from (whatsapp, newsletter…), or hub when that is unknown.',
		),
	forwardReferrer: fieldType(
		z.string().regex(/^[A-Za-z0-9_.-]+$/, 'A parameter name is letters, digits, _, . and - only, such as referrer.'),
		{ words: 'parameter name: letters, digits, _, . and -', example: 'referrer' },
	)
		.optional()
		.describe(
			"The name of the link parameter the external tool reads who referred a signup from (Action Network reads referrer, ControlShift bucket). When a visitor comes through a member's own link (?ref=<member>), the button passes that member on under it.",
		),
});

/** Where and when the action takes place, for actions that are events. */
const EventSchema = z
	.strictObject({
		start: localDateTime({ dateOnly: 'reject' }).describe('When it starts: date and time on the 24-hour clock, local time where it happens.'),
		end: localDateTime({ dateOnly: 'reject' })
			.meta({ description: "When it ends, the same way. An event that runs past midnight ends on the next day's date.", examples: ['2026-12-03 20:00'] }),
		timezone: timeZone().optional().describe("The time zone of the place, when it is not the site's. Default: the site's time zone."),
		venue: z
			.strictObject({
				name: text(120, 'The venue name').meta({ description: 'The name people will look for on arrival.', examples: ['Miller Hardware, back room'] }),
				address: text(200, 'The address').meta({ description: 'The street address, as a map app would find it.', examples: ['120 Main Street, Duluth, MN 55802'] }),
			})
			.optional()
			.describe('The place, for an in-person event: its name and address.'),
		online: safeUrl().optional().meta({ description: 'The link to join, for an online event.', examples: ['https://meet.example.org/winter-meetup'] }),
		accessibility: AccessibilitySchema.optional().describe(
			'What helps people take part: step-free access, captions, interpretation, childcare, a quiet room, notes. Shown on the page, the flyer and in the calendar file. Leave out a line you do not know, rather than guess.',
		),
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
 * Each field's description is its documentation: docs/fields.md and editors' hovers show it.
 */
export const ActionSchema = <Image>(context: SchemaContext<Image>) =>
	z.strictObject({
		title: text(120, 'The title').meta({ description: 'What to do, as a headline.', examples: ['Sign the pledge for fair lease terms'] }),
		summary: summary().meta({
			description: 'Why it matters, in a sentence or two; shown in lists and link previews.',
			examples: ['Landlords on Main Street are doubling rents at renewal. Pledge to negotiate together.'],
		}),
		kind: z
			.enum(ACTION_KINDS)
			.meta({ description: "What kind of action it is: it sets the label above the title and the button's usual text.", examples: ['petition'] }),
		cta: CallToActionSchema.describe("The call to action: where the button goes, and the button's text."),
		deadline: localDateTime({ dateOnly: 'end-of-day' })
			.optional()
			.describe("The last moment to act (a date alone means the end of that day), in the event's time zone, or the site's when there is no event. After it, the action shows as closed."),
		event: EventSchema.optional().describe('When and where, for an action that is an event (a meeting, a workshop, a rally).'),
		hosts: z.array(context.reference('members')).default([]).describe('The members who host or organize it: their file names, without .md.'),
		stories: z.array(context.reference('stories')).default([]).describe('Stories that explain why it matters: their file names.'),
		resources: z.array(context.reference('resources')).default([]).describe('Resources that help: their file names.'),
		...tagFields(context),
		image: imageWithAlt(context).optional().describe('The picture at the top of the page and in its share preview, with alt text.'),
		share: share(),
		short: shortName()
			.optional()
			.meta({
				description: "A short link of your choosing, for posters and for saying aloud: `short: rent` makes /go/rent/, shown on the flyer and copied from the share bar. Lower-case letters, digits and hyphens; no other action may use it. Every action also keeps /go/<its file name>/.",
				examples: ['leases'],
			}),
		publishDate: localDateTime({ dateOnly: 'start-of-day' })
			.optional()
			.describe("When the action is published, in the site's time zone. A future date schedules it. Default: published as soon as it is merged."),
		...publishingFields(context),
	});

export type ActionInput = z.input<ReturnType<typeof ActionSchema<unknown>>>;
export type ActionData = z.output<ReturnType<typeof ActionSchema<unknown>>>;
