/**
 * Field types shared by every content schema. Each one turns what an organizer writes into a
 * normalised value, or into a message that says what to write instead.
 */
import { z } from 'astro/zod';
import { describeCharacter, firstNonLineText } from '../lib/control-characters.ts';
import { type DateTimeOptions, parseLocalDate, parseLocalDateTime, type Parsed } from '../lib/local-time.ts';
import { quote } from '../lib/quote.ts';
import { SLUG, slugify } from '../lib/slug.ts';
import { checkUrl, type UrlOptions } from '../lib/safe-url.ts';
import { orList, suggest } from '../lib/suggest.ts';
import { canonicalTimeZone, suggestTimeZones } from '../lib/time-zones.ts';
import { CATALYSTS, type SchemaContext } from './context.ts';
import { describeInput } from './explain-issue.ts';

/**
 * What the field reference (docs/fields.md, `npm run schemas`) says of a type of field beyond each
 * field's own description (its Zod `description`, which editors also show on hover): what to write,
 * in plain words, and an example value.
 */
export interface FieldType {
	/** What to write, in plain words: "date and time, like 2026-12-03 18:30". */
	words: string;
	/** The same for a list of them: "member file names". Default: `words`. */
	plural?: string;
	/** An example value, as it would be written in YAML. */
	example?: unknown;
}

/** The plain-words type of each field type below, read by the field reference (src/schemas/field-reference.ts). */
export const FIELD_TYPES = z.registry<FieldType>();

/** Registers what the field reference says of a field type, and returns it unchanged. */
export function fieldType<S extends z.ZodType>(schema: S, type: FieldType): S {
	FIELD_TYPES.add(schema, type);
	return schema;
}

/** Runs a `Parsed`-returning check as a Zod transform, so its message reaches the organizer unchanged. */
function parsedBy<I extends z.ZodType>(input: I, parse: (value: z.output<I>) => Parsed<string>) {
	return input.transform((value, ctx) => {
		const result = parse(value);
		if (result.ok) return result.value;
		ctx.issues.push({ code: 'custom', message: result.message, input: value });
		return z.NEVER;
	});
}

/**
 * Why a line of text holds something that is not text, where, and how to remove it; undefined when
 * it holds none. Titles, labels and addresses become page titles, calendar event names and email
 * subjects, where a line break or a control character ends a line or a header early.
 */
function lineTextProblem(value: string): string | undefined {
	const found = firstNonLineText(value);
	if (!found) return undefined;
	const before = value.slice(Math.max(0, found.index - 24), found.index).trimStart();
	const where = before ? `after ${quote(before)}` : 'at its start';
	const what = `There is ${describeCharacter(found.char)} ${where}`;
	if (found.char === '\n') {
		return `${what}, but this text is shown on one line (as a page title, a calendar event's name, an email's subject). Write it on one line; to spread a long value over several lines of the file, write >- after the colon instead of |.`;
	}
	return `${what}: an invisible character that is not text, which would break calendar files and email subjects. Delete it; in a value between double quotes, look for an escape such as \\r, \\e or \\x07.`;
}

/** Refuses a line of text that holds something that is not text (see `lineTextProblem`). */
const asLineText = (value: string, ctx: z.RefinementCtx) => {
	const message = lineTextProblem(value);
	if (message) ctx.addIssue({ code: 'custom', message });
};

/**
 * Non-empty text on one line, trimmed, with a length limit that keeps it readable where it is shown.
 * A tab reads as a space, so it becomes one; a line break or a control character is refused.
 */
export const text = (max: number, what = 'This text') =>
	fieldType(textSchema(max, what), { words: `text on one line, up to ${max} characters`, plural: `lines of text, each up to ${max} characters` });

const textSchema = (max: number, what: string) =>
	z
		.string()
		.trim()
		.overwrite((value) => value.replace(/\t/g, ' '))
		.min(1, 'This is empty. Write something, or remove the line.')
		.max(max, { error: (issue) => `${what} is ${String(issue.input).length} characters long; keep it to ${max} or fewer.` })
		.superRefine(asLineText);

/**
 * A summary: the sentence shown in lists, in search results and in link previews on social networks.
 * Up to 300 characters; the content check warns past 200, where previews start cutting.
 */
export const summary = () => fieldType(textSchema(300, 'The summary'), { words: 'one or two sentences on one line, up to 300 characters (200 show in previews)' });

/** A calendar date written `YYYY-MM-DD`. */
const dateInput = (example: string) => z.union([z.string(), z.date()], { error: `Write a date as ${example}.` });

export const localDate = () =>
	fieldType(parsedBy(dateInput('YYYY-MM-DD, for example 2026-12-05'), parseLocalDate), { words: 'date, like 2026-12-05', plural: 'dates', example: '2026-12-05' });

/** A wall-clock date and time written `YYYY-MM-DD HH:MM`, read in the time zone of the entry or the site. */
export const localDateTime = (options: DateTimeOptions) =>
	fieldType(
		parsedBy(dateInput('YYYY-MM-DD HH:MM, for example 2026-12-03 18:30'), (value) => parseLocalDateTime(value, options)),
		options.dateOnly === 'reject'
			? { words: 'date and time on the 24-hour clock, like 2026-12-03 18:30', example: '2026-12-03 18:30' }
			: { words: 'date and time on the 24-hour clock, like 2026-12-03 18:30, or a date alone, like 2026-12-03', example: '2026-12-03 18:30' },
	);

/** An IANA time zone name such as `America/Chicago`, normalised to its canonical spelling. */
export const timeZone = () =>
	fieldType(timeZoneSchema(), { words: 'time zone name, like America/Chicago or Europe/Paris', example: 'America/Chicago' });

const timeZoneSchema = () =>
	parsedBy(z.string(), (name) => {
		const canonical = canonicalTimeZone(name.trim());
		if (canonical) return { ok: true, value: canonical };
		const close = suggestTimeZones(name.trim());
		return {
			ok: false,
			message: `${quote(name)} is not a time zone. ${close.length ? `Did you mean ${orList(close)}? ` : ''}Write an IANA name such as America/Chicago or Europe/Paris.`,
		};
	});

/** A link that may only use a safe scheme (https, http, mailto, tel, sms). */
export const safeUrl = (options: UrlOptions = { allowSitePath: false }) =>
	fieldType(
		parsedBy(z.string(), (value) => checkUrl(value, options)),
		options.allowSitePath
			? { words: 'web address (https://…), or the address of a page of this hub, starting with / (/actions/)', example: 'https://example.org/sign' }
			: { words: 'web address: https://…, or mailto:, tel: or sms:', example: 'https://example.org' },
	);

/** The catalysts an entry speaks to: why someone who shares it would care. */
export const catalysts = () =>
	fieldType(catalystList(), { words: `list, each one of: ${CATALYSTS.join(', ')}`, example: ['expertise'] });

const catalystList = () =>
	z
		.array(
			z.enum(CATALYSTS, {
				error: (issue) =>
					`${describeInput(issue.input)} is not a catalyst. Use ${orList(CATALYSTS)}${typeof issue.input === 'string' ? didYouMean(issue.input, CATALYSTS) : ''}.`,
			}),
		)
		.default([]);

/** Topic slugs, each declared under `topics` in `content/site.yaml`, so a typo cannot make a new topic page. */
export const topics = (context: Pick<SchemaContext, 'topics'>) =>
	fieldType(topicList(context), { words: 'list of topic slugs, each declared under `topics` in site.yaml', example: ['leases'] });

const topicList = (context: Pick<SchemaContext, 'topics'>) =>
	z
		.array(
			z.string().refine((slug) => context.topics.includes(slug), {
				error: (issue) =>
					`${quote(String(issue.input))} is not a topic of this hub${didYouMean(String(issue.input), context.topics)}. Use a topic declared under \`topics\` in content/site.yaml, or add it there.`,
			}),
		)
		.default([]);

/** An image with the text a screen reader says instead: required, because a picture without it says nothing. */
export const imageWithAlt = <Image>(context: SchemaContext<Image>) =>
	z.strictObject({
		src: context.image().meta({
			description: 'The image file, by its path from this Markdown file (a JPEG, PNG or WebP kept in content/).',
			examples: ['../images/fair.jpg'],
		}),
		alt: fieldType(z.string({ error: 'Every image needs `alt`: a short description of what it shows, for people who cannot see it.' }), {
			words: 'text on one line',
		})
			.trim()
			.overwrite((value) => value.replace(/\t/g, ' '))
			.min(1, 'The alt text is empty. Describe what the image shows, for people who cannot see it.')
			.superRefine(asLineText)
			.meta({
				description: 'What the image shows, in a sentence, for people who cannot see it and for share previews.',
				examples: ['Rosa Miller hands a flyer to a customer at the counter'],
			}),
	});

/** A name for a short link (`/go/<name>/`): lower-case letters, digits and hyphens, like a file name. */
export const shortName = () =>
	z.string().trim().superRefine((name, ctx) => {
		if (SLUG.test(name) && name.length <= 40) return;
		const better = slugify(name).slice(0, 40).replace(/-+$/, '');
		ctx.addIssue({
			code: 'custom',
			message: `${quote(name)} cannot be a short link: use lower-case letters, digits and hyphens, up to 40${better ? `, such as ${better}` : ''}.`,
		});
	});

/** Whether to show the entry first on the home page and at the top of its index. */
export const featured = () => z.boolean().default(false);

/** A draft is checked but never published: no page, no link, no listing. */
export const draft = () => z.boolean().default(false);

function didYouMean(input: string, candidates: readonly string[]): string {
	const close = suggest(input, candidates);
	return close.length ? ` (did you mean ${orList(close)}?)` : '';
}

/** A hashtag as networks accept it: letters, digits and underscores. */
export const hashtag = () =>
	fieldType(
		z
			.string()
			.trim()
			.regex(/^[\p{L}\p{N}_]+$/u, 'A hashtag is letters, digits and _ only, without # or spaces: write FairLeases, not "#fair leases".'),
		{ words: 'hashtag without #', plural: 'hashtags without #: letters, digits and _', example: 'FairLeases' },
	);

/** How the entry travels when shared. */
export const share = () =>
	z
		.strictObject({
			message: text(200, 'The share message')
				.optional()
				.meta({ description: 'The message posted with the link. Default: the title.', examples: ['Add your name: fair leases keep Main Street open'] }),
			hashtags: z
				.array(hashtag())
				.max(5, 'Five hashtags at most: more reads as spam.')
				.optional()
				.describe("Up to five hashtags, without #. Default: the site's share.hashtags. Write [] for none."),
			campaign: fieldType(
				z.union([z.literal(false), z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'A campaign name is lower case letters, digits and hyphens.')]),
				{ words: 'lower-case letters, digits and hyphens, or false', example: 'fair-leases-2026' },
			)
				.optional()
				.describe('The campaign name share links carry (their utm_campaign), so you can tell which entry brought visitors. Default: the file name. false leaves campaign parameters off for this entry.'),
		})
		.optional()
		.describe('The message and hashtags used when the page is shared.');

/**
 * The picture link previews show, when the author wants their own instead of the generated card.
 * Best at 1200×630; it is cropped to that shape.
 */
export const shareImage = <Image>(context: SchemaContext<Image>) =>
	imageWithAlt(context)
		.optional()
		.describe('Your own picture for link previews, instead of the card the hub draws: best at 1200×630 pixels (it is cropped to that shape), with alt text.');

/** How every entry is tied into the hub: its topics and catalysts. Spread into each collection's schema. */
export const tagFields = (context: Pick<SchemaContext, 'topics'>) => ({
	topics: topics(context).describe('The topics it is about: slugs declared under topics in site.yaml. Each topic has its own page.'),
	catalysts: catalysts().describe('Which of the four catalysts it speaks to (expertise, passions, beliefs, situations): why someone who shares it would care.'),
});

/** What every entry ends with: its own preview picture, and whether it is featured or a draft. */
export const publishingFields = <Image>(context: SchemaContext<Image>) => ({
	shareImage: shareImage(context),
	featured: featured().describe('true shows it first on the home page and at the top of its list.'),
	draft: draft().describe('true keeps it unpublished while it is being written: it is checked, but gets no page, link or listing.'),
});
