import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { imageWithAlt, localDate, localDateTime, publishingFields, share, summary, tagFields, text } from './fields.ts';

/** A story: the community told through its events, wins and people. Lives in `content/stories/`. */
export const StorySchema = <Image>(context: SchemaContext<Image>) =>
	z.strictObject({
		/** The headline, as it should appear on the page and in share previews. */
		title: text(120, 'The title'),
		/** One or two sentences that make someone want to read on; shown in lists and link previews. */
		summary: summary(),
		/**
		 * When the story is published (`YYYY-MM-DD`, or `YYYY-MM-DD HH:MM` in the site's time zone).
		 * A future date schedules it: it appears in the first build after that moment.
		 */
		date: localDateTime({ dateOnly: 'start-of-day' }),
		/** When the story was last changed in a way readers should know about. */
		updated: localDate().optional(),
		/** Who wrote it: member slugs. Their spotlights link back to it. */
		authors: z.array(context.reference('members')).default([]),
		/** The people in the story: member slugs. */
		people: z.array(context.reference('members')).default([]),
		/** Actions the story leads to: action slugs, shown as "what you can do". */
		actions: z.array(context.reference('actions')).default([]),
		...tagFields(context),
		/** The picture at the top of the story and in its share preview. */
		cover: imageWithAlt(context).optional(),
		/** The message and hashtags used when the page is shared. */
		share: share(),
		...publishingFields(context),
	});

export type StoryInput = z.input<ReturnType<typeof StorySchema<unknown>>>;
export type StoryData = z.output<ReturnType<typeof StorySchema<unknown>>>;
