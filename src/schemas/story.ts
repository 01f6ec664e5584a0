import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { imageWithAlt, localDate, localDateTime, publishingFields, share, summary, tagFields, text } from './fields.ts';

/**
 * A story: the community told through its events, wins and people. Lives in `content/stories/`.
 * Each field's description is its documentation: docs/fields.md and editors' hovers show it.
 */
export const StorySchema = <Image>(context: SchemaContext<Image>) =>
	z.strictObject({
		title: text(120, 'The title').meta({
			description: 'The headline, as it should appear on the page and in share previews.',
			examples: ['How Main Street kept its hardware store'],
		}),
		summary: summary().meta({
			description: 'One or two sentences that make someone want to read on; shown in lists and link previews.',
			examples: ['When the lease came up for renewal, twelve owners walked into the landlord\'s office together.'],
		}),
		date: localDateTime({ dateOnly: 'start-of-day' }).meta({
			description: "When the story is published (in the site's time zone). A future date schedules it: it appears in the first build after that moment.",
			examples: ['2026-12-05'],
		}),
		updated: localDate().optional().describe('When the story last changed in a way readers should know about.'),
		authors: z.array(context.reference('members')).default([]).describe('Who wrote it: member file names. Their spotlights link back to it.'),
		people: z.array(context.reference('members')).default([]).describe('The people in the story: member file names.'),
		actions: z.array(context.reference('actions')).default([]).describe('Actions the story leads to, shown as "what you can do": action file names.'),
		...tagFields(context),
		cover: imageWithAlt(context).optional().describe('The picture at the top of the story and in its share preview, with alt text.'),
		share: share(),
		...publishingFields(context),
	});

export type StoryInput = z.input<ReturnType<typeof StorySchema<unknown>>>;
export type StoryData = z.output<ReturnType<typeof StorySchema<unknown>>>;
