import { z } from 'astro/zod';
import type { Catalogue } from '../i18n/catalogues.ts';
import type { SchemaContext } from './context.ts';
import { fieldType, imageWithAlt, localDate, publishingFields, safeUrl, summary, tagFields, text } from './fields.ts';

/** Where the files resources offer are served from: `public/files/` in the repository. */
export const RESOURCE_FILES_PATH = '/files/';

/**
 * The kinds of file a resource may offer: documents, spreadsheets, slides, pictures, sound, video and
 * archives. Never a web page or anything a browser runs or renders as a page (HTML, SVG, JavaScript,
 * XML): served from the hub's own address, it would act with the hub's authority.
 */
export const RESOURCE_FILE_TYPES = [
	'pdf', 'doc', 'docx', 'odt', 'rtf', 'txt', 'csv', 'tsv', 'xls', 'xlsx', 'ods', 'ppt', 'pptx', 'odp', 'epub',
	'jpg', 'jpeg', 'png', 'gif', 'webp', 'avif', 'mp3', 'm4a', 'ogg', 'oga', 'opus', 'wav', 'flac', 'mp4', 'm4v', 'webm', 'mov',
	'zip', '7z', 'gz', 'ics',
] as const;

/** What is wrong with a resource's `file` path, in plain words, or undefined when it names a file of `public/files/` that may be offered. */
export function resourceFileProblem(path: string): string | undefined {
	const example = `such as ${RESOURCE_FILES_PATH}checklist.pdf`;
	if (!path.startsWith(RESOURCE_FILES_PATH) || path.length === RESOURCE_FILES_PATH.length) {
		return `Write the path of a file in public${RESOURCE_FILES_PATH}, starting with ${RESOURCE_FILES_PATH} (${example}).`;
	}
	const segments = path.slice(1).split('/');
	if (/[\s\\]/.test(path) || segments.some((segment) => segment === '' || /^(\.|%2e){1,2}$/i.test(segment))) {
		return `"${path}" is not a plain path: no spaces, backslashes, empty parts or . and .. parts. Write one ${example}.`;
	}
	const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
	if (!extension || !(RESOURCE_FILE_TYPES as readonly string[]).includes(extension)) {
		return `A resource can offer a document, spreadsheet, slides, picture, recording or archive (.pdf, .docx, .xlsx, .csv, .pptx, .jpg, .mp3, .mp4, .zip and the like), not ${extension ? `a .${extension} file` : 'a file without an extension'}: a page or script served from the hub's own address could act in its name. Save it as a PDF, or link to it elsewhere with \`url\`.`;
	}
	return undefined;
}

/** What kind of thing a resource is. Each has its label, shown above the title, in every language's catalogue (src/i18n/languages/). */
export const RESOURCE_KINDS = ['guide', 'toolkit', 'template', 'checklist', 'video', 'recording', 'article', 'link'] as const satisfies ReadonlyArray<keyof Catalogue['resourceKinds']>;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/**
 * A resource: the community's shared expertise (a guide, a toolkit, a template, a recording…).
 * Lives in `content/resources/`. It is an external link (`url`), a file in `public/` (`file`), or
 * the Markdown body itself when neither is set.
 * Each field's description is its documentation: docs/fields.md and editors' hovers show it.
 */
export const ResourceSchema = <Image>(context: SchemaContext<Image>) =>
	z
		.strictObject({
			title: text(120, 'The title').meta({ description: 'The name of the resource.', examples: ['Lease renewal checklist'] }),
			summary: summary().meta({
				description: 'What it helps with, in a sentence or two; shown in lists and link previews.',
				examples: ['Twelve things to check before you sign a renewal, from the rent review clause to repairs.'],
			}),
			kind: z.enum(RESOURCE_KINDS).meta({ description: 'What kind of thing it is, shown above its title.', examples: ['checklist'] }),
			url: safeUrl().optional().meta({ description: 'Where the resource lives, when it is elsewhere on the web.', examples: ['https://example.org/lease-guide'] }),
			file: fieldType(
				z
					.string()
					.trim()
					.superRefine((path, context) => {
						const problem = resourceFileProblem(path);
						if (problem) context.addIssue({ code: 'custom', message: problem });
					}),
				{ words: 'path of a file in public/files/, starting with /files/', example: '/files/lease-checklist.pdf' },
			)
				.optional()
				.describe(
					'A file this hub offers for download, kept in public/files/: a document, spreadsheet, slides, picture, recording or archive (.pdf, .docx, .xlsx, .csv, .jpg, .mp3, .zip…), never a web page or script. Either url or file, not both; with neither, the resource is the Markdown text itself.',
				),
			contributedBy: context.reference('members').optional().describe('The member who contributed it: a member file name. Their spotlight lists it.'),
			audience: z
				.array(text(60, 'An audience'))
				.default([])
				.meta({ description: 'Who it is for.', examples: [['owners', 'new staff']] }),
			...tagFields(context),
			updated: localDate().describe('When the resource was last checked or changed: readers judge freshness by it.'),
			image: imageWithAlt(context).optional().describe('A picture of it (a page of the guide, the template filled in), on its card and page, with alt text.'),
			...publishingFields(context),
		})
		.refine((resource) => !(resource.url && resource.file), {
			message: 'A resource is either an external `url` or a `file` in public/, not both. Remove one.',
			path: ['file'],
		});

export type ResourceInput = z.input<ReturnType<typeof ResourceSchema<unknown>>>;
export type ResourceData = z.output<ReturnType<typeof ResourceSchema<unknown>>>;
