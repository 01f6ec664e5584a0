import { z } from 'astro/zod';
import { contrast, HEX_COLOR, withContrast } from '../lib/color.ts';
import { availableLanguages, catalogueFor, interfaceLocale, languageOf, type InterfaceLocale } from '../i18n/catalogues.ts';
import { CATALYSTS, type CollectionName } from './context.ts';
import { fieldType, hashtag, safeUrl, text, timeZone } from './fields.ts';

/** A social profile of the community. */
const SocialProfileSchema = z.strictObject({
	label: text(40, 'The label').meta({ description: "The network's name as visitors know it.", examples: ['Mastodon'] }),
	url: safeUrl().meta({ description: "The profile's address.", examples: ['https://mastodon.social/@hardwareguild'] }),
});

/** A link in the site's main navigation. */
const NavLinkSchema = z.strictObject({
	label: text(40, 'The label').meta({ description: 'The link text.', examples: ['Take action'] }),
	href: safeUrl({ allowSitePath: true }).meta({ description: 'A page of this hub (/actions/) or a full https address.', examples: ['/actions/'] }),
});

/** The light theme's page background (src/styles/tokens.css keeps the same value): what the accent must stand out from. */
export const PAGE_BACKGROUND = '#faf8f5';
/** The accent colour of the hub's design, unless the organizer chooses one. */
export const DEFAULT_ACCENT = '#1f5f5b';

/** How the hub looks: the organizer's own colour and logo on the hub's design. */
const ThemeSchema = z.strictObject({
	accent: fieldType(z.string(), { words: 'colour as a hex code in quotes, like "#1f5f5b"', example: '#1f5f5b' })
		.regex(HEX_COLOR, 'Write the colour as a hex code, such as "#1f5f5b" (in quotes: YAML reads # as a comment otherwise).')
		.transform((hex) => hex.toLowerCase())
		.superRefine((hex, ctx) => {
			const ratio = contrast(hex, PAGE_BACKGROUND);
			if (ratio >= 4.5) return;
			const fix = withContrast(hex, PAGE_BACKGROUND, 4.5);
			ctx.addIssue({
				code: 'custom',
				message: `The accent ${hex} is too light to read on the page (contrast ${ratio.toFixed(1)}:1; links and buttons need 4.5:1). A darker shade of it works: "${fix}".`,
			});
		})
		.default(DEFAULT_ACCENT)
		.describe(
			'The accent colour of buttons, links and highlights. It must read as text on the light page (contrast 4.5:1, as accessibility guidelines ask); the dark theme gets a lighter shade of it automatically.',
		),
	logo: fieldType(
		z.string().regex(/^\/[^\s?#]+\.(?:svg|png|webp)$/i, 'The logo is a file in public/, written as its address: "/logo.svg" (SVG, PNG or WebP).'),
		{ words: 'address of an SVG, PNG or WebP file in public/, starting with /', example: '/logo.svg' },
	)
		.optional()
		.describe("The community's logo, shown before its name in the header: a file in public/, by its address. It is drawn 2.5rem high. Leave it out to show the name alone."),
});

/** How many cards a page of a list may show, and shows unless the organizer says otherwise. */
export const PAGE_SIZE = { min: 2, max: 100, default: 24 } as const;

/** A topic entries can be tagged with; each gets its own page. */
const TopicSchema = z.strictObject({
	name: text(60, 'The topic name').meta({ description: "The topic's name as shown.", examples: ['Leases and rent'] }),
	description: text(300, 'The description')
		.optional()
		.meta({ description: 'What the topic covers, shown on its page.', examples: ['Negotiating commercial leases, renewals and rent increases.'] }),
});

/**
 * Site-wide settings, in `content/site.yaml`: who the community is and how the hub presents it.
 * Each field's description is its documentation: docs/fields.md and editors' hovers show it.
 */
export const SiteSchema = () =>
	z.strictObject({
		name: text(80, 'The name').meta({ description: "The community's name, shown in the header, titles and share previews.", examples: ['Main Street Hardware Guild'] }),
		tagline: text(140, 'The tagline').meta({ description: 'A short line under the name: what the community is, in a few words.', examples: ['Independent hardware stores, helping each other stay open'] }),
		story: text(500, 'The story').meta({
			description: "The community's own story in a sentence or two, at the top of the home page.",
			examples: ['We are owners and staff of independent hardware stores across the Midwest.'],
		}),
		url: safeUrl()
			.refine((url) => url.startsWith('https://') || url.startsWith('http://'), 'The site address must start with https://.')
			.meta({ description: "The hub's public address, starting with https://: the addresses in share links and feeds are built from it.", examples: ['https://hub.example.org'] }),
		timezone: timeZone().describe('The time zone of dates, deadlines and events, unless an event sets its own.'),
		locale: fieldType(
			z.string().transform((tag, ctx) => {
				let canonical: string;
				try {
					canonical = Intl.getCanonicalLocales(tag)[0]!;
				} catch {
					ctx.issues.push({ code: 'custom', input: tag, message: `"${tag}" is not a language tag. Write one such as en-US, es-US or es-MX.` });
					return z.NEVER;
				}
				const locale = interfaceLocale(canonical);
				if (!locale) {
					ctx.issues.push({ code: 'custom', input: tag, message: unspokenLanguage(canonical) });
					return z.NEVER;
				}
				return locale;
			}),
			{ words: 'language and region, like en-US or es-MX', example: 'en-US' },
		).describe(
			"The language and region of the hub: every word the hub writes itself is in its language, dates and numbers are written the region's way. The languages it speaks are in src/i18n/languages/.",
		),
		whyFollow: z
			.strictObject({
				expertise: text(300, 'This answer').optional().meta({ description: 'What members know and teach each other.', examples: ['How to negotiate a lease, price a special order, train a new hire.'] }),
				passions: text(300, 'This answer').optional().meta({ description: 'What members love doing together.', examples: ['Fixing things, and teaching neighbours to fix theirs.'] }),
				beliefs: text(300, 'This answer').optional().meta({ description: 'What members stand for.', examples: ['A town needs a store where someone knows which screw you need.'] }),
				situations: text(300, 'This answer').optional().meta({ description: 'The situation members share.', examples: ['Rents rising faster than sales, and big-box stores down the road.'] }),
			})
			.refine((answers) => CATALYSTS.some((catalyst) => answers[catalyst]), 'Answer at least one of expertise, passions, beliefs or situations.')
			.describe('"Why would someone follow us?", answered for each of the four catalysts a community forms around. Shown on the home page; write at least one.'),
		social: z.array(SocialProfileSchema).default([]).describe("The community's profiles on social networks, linked in the footer and on the follow page: each a label and an address."),
		newsletter: safeUrl()
			.optional()
			.meta({ description: "Where people sign up for the community's newsletter, offered first on the follow page.", examples: ['https://example.org/newsletter'] }),
		navigation: z
			.array(NavLinkSchema)
			.optional()
			.describe("The links of the main menu, in order: each a label and an address. Default: actions, stories, members, resources, named in the hub's language."),
		theme: ThemeSchema.prefault({}).describe('The accent colour and logo. Default: the hub\'s teal, no logo.'),
		share: z
			.strictObject({
				campaigns: z
					.boolean()
					.default(true)
					.describe('Add campaign parameters (utm_source = the network, utm_medium, utm_campaign = the entry) to share links, so you see which channel brought visitors.'),
				hashtags: z
					.array(hashtag())
					.max(5, 'Five hashtags at most: more reads as spam.')
					.default([])
					.meta({ description: 'Up to five hashtags added to every share, unless an entry sets its own.', examples: [['FairLeases']] }),
				x: fieldType(z.string().regex(/^\w{1,15}$/, 'Write the X handle without @, such as hardwareguild.'), { words: 'X handle without @', example: 'hardwareguild' })
					.optional()
					.describe('The community\'s handle on X, credited as "via" in posts.'),
			})
			.prefault({})
			.describe('How pages travel when shared.'),
		trustMdx: z
			.boolean()
			.default(false)
			.describe(
				'Allow entries written in MDX (.mdx files). MDX is code: it runs on the machine that builds the hub, where it can read files and secrets, so the check refuses .mdx files unless this is true, and then lists what each one runs for reviewers. Set it only if every change to an .mdx file is reviewed as code.',
			),
		pageSize: fieldType(
			z
				.number()
				.refine(Number.isInteger, 'The page size is a whole number of cards, such as 24.')
				.min(PAGE_SIZE.min, `A page shows at least ${PAGE_SIZE.min} cards: fewer makes visitors click through page after page.`)
				.max(PAGE_SIZE.max, `A page shows at most ${PAGE_SIZE.max} cards: more makes the page slow on a phone.`),
			{ words: `whole number from ${PAGE_SIZE.min} to ${PAGE_SIZE.max}`, example: 12 },
		)
			.default(PAGE_SIZE.default)
			.describe('How many cards a list shows on one page (collection indexes, topic and catalyst pages); longer lists continue on numbered pages (/stories/page/2/).'),
		topics: z
			.record(
				fieldType(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'A topic slug is lower case letters, digits and hyphens, such as `leases-and-rent`.'), {
					words: 'topic slug: lower-case letters, digits and hyphens',
					example: 'leases-and-rent',
				}),
				TopicSchema,
			)
			.default({})
			.describe('The topics entries can be tagged with, each under its slug (lower case, hyphens), with its name and description. Each topic gets its own page.'),
	})
	// The default navigation speaks the hub's language, which only the validated locale says.
	.transform(({ navigation, ...site }) => ({ ...site, navigation: navigation ?? defaultNavigation(site.locale) }));

/** The menu of a hub that sets none: each collection's index, by the title its page has. */
function defaultNavigation(locale: InterfaceLocale): Array<z.output<typeof NavLinkSchema>> {
	const { collections } = catalogueFor(locale);
	const order = ['actions', 'stories', 'members', 'resources'] as const satisfies readonly CollectionName[];
	return order.map((collection) => ({ label: collections[collection].title, href: `/${collection}/` }));
}

/** Why a locale is refused when the interface has no words in its language, and what to do instead. */
function unspokenLanguage(locale: string): string {
	const language = languageOf(locale);
	const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(language) ?? `"${language}"`;
	return (
		`The hub's interface has no words in ${name} (${language}) yet, so "${locale}" cannot be its locale. ` +
		`The languages it speaks: ${availableLanguages()}; write one of them with your region, such as en-US or es-MX. ` +
		`To add ${name}, copy src/i18n/languages/en.ts to src/i18n/languages/${language}.ts, translate every word, and name it in src/i18n/catalogues.ts.`
	);
}

export type SiteInput = z.input<ReturnType<typeof SiteSchema>>;
export type SiteSettings = z.output<ReturnType<typeof SiteSchema>>;
