/**
 * The interface's languages, one catalogue file each in `languages/`: a hub's `locale` in
 * `site.yaml` picks the catalogue of its language (`es-US` → `es`), and its full tag formats dates
 * and numbers. Adding a language is adding its file and naming it here (a test checks none is left out).
 */
import { en, type Catalogue } from './languages/en.ts';
import { es } from './languages/es.ts';

export type { Catalogue };

export const CATALOGUES = { en, es } as const satisfies Record<string, Catalogue>;

export type Language = keyof typeof CATALOGUES;

/** The languages the interface speaks, by their BCP 47 language subtag. */
export const LANGUAGES = Object.keys(CATALOGUES) as Language[];

/** The language subtag of a locale (`es-US` → `es`), lower case. */
export const languageOf = (locale: string): string => new Intl.Locale(locale).language;

declare const spoken: unique symbol;
/**
 * A locale whose language the interface speaks: what the site schema's `locale` holds once
 * validated, so that the build looks its catalogue up without a fallback that could hide a mistake.
 */
export type InterfaceLocale = string & { readonly [spoken]: true };

/** The locale, marked as one the interface speaks, or undefined when its language has no catalogue. */
export function interfaceLocale(locale: string): InterfaceLocale | undefined {
	return Object.hasOwn(CATALOGUES, languageOf(locale)) ? (locale as InterfaceLocale) : undefined;
}

/** The catalogue for a locale, or undefined when the interface does not speak its language. */
export function catalogueFor(locale: InterfaceLocale): Catalogue;
export function catalogueFor(locale: string): Catalogue | undefined;
export function catalogueFor(locale: string): Catalogue | undefined {
	const language = languageOf(locale);
	return Object.hasOwn(CATALOGUES, language) ? CATALOGUES[language as Language] : undefined;
}

/** The languages there are words for, as an organizer picks one: "en (English), es (Español)". */
export const availableLanguages = (): string => LANGUAGES.map((language) => `${language} (${CATALOGUES[language].name})`).join(', ');
