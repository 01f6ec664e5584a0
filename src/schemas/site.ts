import { z } from 'astro/zod';
import { contrast, HEX_COLOR, withContrast } from '../lib/color.ts';
import { availableLanguages, catalogueFor, interfaceLocale, languageOf, type InterfaceLocale } from '../i18n/catalogues.ts';
import { CATALYSTS, type CollectionName } from './context.ts';
import { hashtag, safeUrl, text, timeZone } from './fields.ts';

/** A social profile of the community. */
const SocialProfileSchema = z.strictObject({
	/** The network's name as visitors know it ("Mastodon", "Facebook"). */
	label: text(40, 'The label'),
	/** The profile's address. */
	url: safeUrl(),
});

/** A link in the site's main navigation. */
const NavLinkSchema = z.strictObject({
	/** The link text. */
	label: text(40, 'The label'),
	/** A page of this hub (`/actions/`) or a full https address. */
	href: safeUrl({ allowSitePath: true }),
});

/** The light theme's page background (src/styles/tokens.css keeps the same value): what the accent must stand out from. */
export const PAGE_BACKGROUND = '#faf8f5';
/** The accent colour of the hub's design, unless the organizer chooses one. */
export const DEFAULT_ACCENT = '#1f5f5b';

/** How the hub looks: the organizer's own colour and logo on the hub's design. */
const ThemeSchema = z.strictObject({
	/**
	 * The accent colour of buttons, links and highlights, as `#rrggbb` (`#1f5f5b`). It must read as
	 * text on the light page (WCAG AA, 4.5:1); the dark theme gets a lighter shade of it automatically.
	 */
	accent: z
		.string()
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
		.default(DEFAULT_ACCENT),
	/**
	 * The community's logo, shown before its name in the header: a file in `public/`, by its address
	 * (`/logo.svg`). SVG or PNG; it is drawn 2.5rem high. Leave it out to show the name alone.
	 */
	logo: z
		.string()
		.regex(/^\/[^\s?#]+\.(?:svg|png|webp)$/i, 'The logo is a file in public/, written as its address: "/logo.svg" (SVG, PNG or WebP).')
		.optional(),
});

/** How many cards a page of a list may show, and shows unless the organizer says otherwise. */
export const PAGE_SIZE = { min: 2, max: 100, default: 24 } as const;

/** A topic entries can be tagged with; each gets its own page. */
const TopicSchema = z.strictObject({
	/** The topic's name as shown ("Leases and rent"). */
	name: text(60, 'The topic name'),
	/** What the topic covers, shown on its page. */
	description: text(300, 'The description').optional(),
});

/**
 * Site-wide settings, in `content/site.yaml`: who the community is and how the hub presents it.
 */
export const SiteSchema = () =>
	z.strictObject({
		/** The community's name, shown in the header, titles and share previews. */
		name: text(80, 'The name'),
		/** A short line under the name: what the community is, in a few words. */
		tagline: text(140, 'The tagline'),
		/** The community's own story in a sentence or two, at the top of the home page. */
		story: text(500, 'The story'),
		/** The hub's public address, absolute (`https://hub.example.org`): canonical and share URLs are built from it. */
		url: safeUrl().refine((url) => url.startsWith('https://') || url.startsWith('http://'), 'The site address must start with https://.'),
		/** The default IANA time zone for dates, deadlines and events (`America/Chicago`). */
		timezone: timeZone(),
		/**
		 * The language and region of the hub, as a BCP 47 tag (`en-US`, `es-US`): the interface speaks
		 * its language (one of the catalogues in src/i18n/languages/), dates and numbers are written
		 * the region's way, and it is the pages' `<html lang>`.
		 */
		locale: z.string().transform((tag, ctx) => {
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
		/**
		 * "Why would someone follow us?", answered for each of the four catalysts a community forms
		 * around. Shown on the home page; write at least one.
		 */
		whyFollow: z
			.strictObject({
				/** What members know and teach each other. */
				expertise: text(300, 'This answer').optional(),
				/** What members love doing together. */
				passions: text(300, 'This answer').optional(),
				/** What members stand for. */
				beliefs: text(300, 'This answer').optional(),
				/** The situation members share. */
				situations: text(300, 'This answer').optional(),
			})
			.refine((answers) => CATALYSTS.some((catalyst) => answers[catalyst]), 'Answer at least one of expertise, passions, beliefs or situations.'),
		/** The community's profiles on social networks, linked in the footer and on the follow page. */
		social: z.array(SocialProfileSchema).default([]),
		/** Where people sign up for the community's newsletter (`https://…`), offered first on the follow page. */
		newsletter: safeUrl().optional(),
		/** The main navigation. Default: actions, stories, members, resources, named in the hub's language. */
		navigation: z.array(NavLinkSchema).optional(),
		/** The accent colour and logo. Default: the hub's teal, no logo. */
		theme: ThemeSchema.prefault({}),
		/** How pages travel when shared. */
		share: z
			.strictObject({
				/**
				 * Add campaign parameters (`utm_source` = the network, `utm_medium`, `utm_campaign` = the
				 * entry) to share links, so organizers see which channel brought visitors. Default: true.
				 */
				campaigns: z.boolean().default(true),
				/** Hashtags added to every share, without `#`, unless an entry sets its own. */
				hashtags: z.array(hashtag()).max(5, 'Five hashtags at most: more reads as spam.').default([]),
				/** The community's handle on X, without @, credited as "via" in posts. */
				x: z.string().regex(/^\w{1,15}$/, 'Write the X handle without @, such as hardwareguild.').optional(),
			})
			.prefault({}),
		/**
		 * Allow entries written in MDX (`.mdx`). MDX is code: its JavaScript runs on the machine that
		 * builds the hub, where it can read files and secrets, so the check refuses `.mdx` files unless
		 * this is `true`, and then lists every import, export and expression for reviewers. Set it only
		 * if every change to an `.mdx` file is reviewed as code. Default: false.
		 */
		trustMdx: z.boolean().default(false),
		/**
		 * How many cards a list shows on one page (collection indexes, topic and catalyst pages);
		 * longer lists continue on numbered pages (`/stories/page/2/`). Between 2 and 100. Default: 24.
		 */
		pageSize: z
			.number()
			.refine(Number.isInteger, 'The page size is a whole number of cards, such as 24.')
			.min(PAGE_SIZE.min, `A page shows at least ${PAGE_SIZE.min} cards: fewer makes visitors click through page after page.`)
			.max(PAGE_SIZE.max, `A page shows at most ${PAGE_SIZE.max} cards: more makes the page slow on a phone.`)
			.default(PAGE_SIZE.default),
		/** The topics entries can be tagged with, by slug (lower case, hyphens): `leases: { name: Leases and rent }`. */
		topics: z
			.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'A topic slug is lower case letters, digits and hyphens, such as `leases-and-rent`.'), TopicSchema)
			.default({}),
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
