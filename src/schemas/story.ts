import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { catalysts, draft, featured, share, shareImage, imageWithAlt, localDate, localDateTime, summary, text, topics } from './fields.ts';

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
		/** Topic slugs from `content/site.yaml`. */
		topics: topics(context),
		/** Which of the four catalysts the story speaks to. */
		catalysts: catalysts(),
		/** The picture at the top of the story and in its share preview. */
		cover: imageWithAlt(context).optional(),
		/** The message and hashtags used when the page is shared. */
		share: share(),
		/** Your own link-preview picture instead of the generated card. */
		shareImage: shareImage(context),
		/** Show first on the home page. Default: false. */
		featured: featured(),
		/** Keep unpublished while it is being written. Default: false. */
		draft: draft(),
	});

export type StoryInput = z.input<ReturnType<typeof StorySchema<unknown>>>;
export type StoryData = z.output<ReturnType<typeof StorySchema<unknown>>>;
