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
export const summary = () => text(300, 'The summary');

/** A calendar date written `YYYY-MM-DD`. */
const dateInput = (example: string) => z.union([z.string(), z.date()], { error: `Write a date as ${example}.` });

export const localDate = () => parsedBy(dateInput('YYYY-MM-DD, for example 2026-12-05'), parseLocalDate);

/** A wall-clock date and time written `YYYY-MM-DD HH:MM`, read in the time zone of the entry or the site. */
export const localDateTime = (options: DateTimeOptions) =>
	parsedBy(dateInput('YYYY-MM-DD HH:MM, for example 2026-12-03 18:30'), (value) => parseLocalDateTime(value, options));

/** An IANA time zone name such as `America/Chicago`, normalised to its canonical spelling. */
export const timeZone = () =>
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
	parsedBy(z.string(), (value) => checkUrl(value, options));

/** The catalysts an entry speaks to: why someone who shares it would care. */
export const catalysts = () =>
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
		/** Path to the image file, relative to this Markdown file (for example `../images/fair.jpg`). */
		src: context.image(),
		/** What the image shows, for people who cannot see it and for share previews. */
		alt: z
			.string({ error: 'Every image needs `alt`: a short description of what it shows, for people who cannot see it.' })
			.trim()
			.overwrite((value) => value.replace(/\t/g, ' '))
			.min(1, 'The alt text is empty. Describe what the image shows, for people who cannot see it.')
			.superRefine(asLineText),
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
	z
		.string()
		.trim()
		.regex(/^[\p{L}\p{N}_]+$/u, 'A hashtag is letters, digits and _ only, without # or spaces: write FairLeases, not "#fair leases".');

/** How the entry travels when shared. */
export const share = () =>
	z
		.strictObject({
			/** The message posted with the link. Default: the title. */
			message: text(200, 'The share message').optional(),
			/** Hashtags, without `#`. Default: the site's `share.hashtags`. Write `[]` for none. */
			hashtags: z.array(hashtag()).max(5, 'Five hashtags at most: more reads as spam.').optional(),
			/**
			 * The campaign name in share links' `utm_campaign`. Default: the file name. `false` turns
			 * campaign parameters off for this entry.
			 */
			campaign: z
				.union([z.literal(false), z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'A campaign name is lower case letters, digits and hyphens.')])
				.optional(),
		})
		.optional();

/**
 * The picture link previews show, when the author wants their own instead of the generated card.
 * Best at 1200×630; it is cropped to that shape.
 */
export const shareImage = <Image>(context: SchemaContext<Image>) => imageWithAlt(context).optional();

/** How every entry is tied into the hub: its topics and catalysts. Spread into each collection's schema. */
export const tagFields = (context: Pick<SchemaContext, 'topics'>) => ({
	/** Topic slugs from `content/site.yaml`. */
	topics: topics(context),
	/** Which of the four catalysts the entry speaks to: why someone who shares it would care. */
	catalysts: catalysts(),
});

/** What every entry ends with: its own preview picture, and whether it is featured or a draft. */
export const publishingFields = <Image>(context: SchemaContext<Image>) => ({
	/** Your own link-preview picture instead of the generated card. */
	shareImage: shareImage(context),
	/** Show first on the home page. Default: false. */
	featured: featured(),
	/** Keep unpublished while it is being written. Default: false. */
	draft: draft(),
});
