import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { localDate, publishingFields, safeUrl, summary, tagFields, text } from './fields.ts';

/** What kind of thing a resource is, with the label shown above its title. */
export const RESOURCE_KINDS = {
	guide: 'Guide',
	toolkit: 'Toolkit',
	template: 'Template',
	checklist: 'Checklist',
	video: 'Video',
	recording: 'Recording',
	article: 'Article',
	link: 'Link',
} as const;
export type ResourceKind = keyof typeof RESOURCE_KINDS;

/**
 * A resource: the community's shared expertise (a guide, a toolkit, a template, a recording…).
 * Lives in `content/resources/`. It is an external link (`url`), a file in `public/` (`file`), or
 * the Markdown body itself when neither is set.
 */
export const ResourceSchema = <Image>(context: SchemaContext<Image>) =>
	z
		.strictObject({
			/** The name of the resource. */
			title: text(120, 'The title'),
			/** What it helps with, in a sentence or two. */
			summary: summary(),
			/** One of guide, toolkit, template, checklist, video, recording, article, link. */
			kind: z.enum(Object.keys(RESOURCE_KINDS) as [ResourceKind, ...ResourceKind[]]),
			/** Where the resource lives, when it is elsewhere on the web. */
			url: safeUrl().optional(),
			/** A file served by this hub: a path under `public/`, such as `/files/lease-checklist.pdf`. */
			file: z
				.string()
				.trim()
				.regex(/^\/[^\s]*[^/\s]$/, 'Write the path of a file in public/, starting with / (for example /files/checklist.pdf).')
				.optional(),
			/** The member who contributed it: a member slug. Their spotlight lists it. */
			contributedBy: context.reference('members').optional(),
			/** Who it is for ("owners", "new staff", "thinking of opening a store"). */
			audience: z.array(text(60, 'An audience')).default([]),
			...tagFields(context),
			/** When the resource was last checked or changed, `YYYY-MM-DD`: readers judge freshness by it. */
			updated: localDate(),
			...publishingFields(context),
		})
		.refine((resource) => !(resource.url && resource.file), {
			message: 'A resource is either an external `url` or a `file` in public/, not both. Remove one.',
			path: ['file'],
		});

export type ResourceInput = z.input<ReturnType<typeof ResourceSchema<unknown>>>;
export type ResourceData = z.output<ReturnType<typeof ResourceSchema<unknown>>>;
