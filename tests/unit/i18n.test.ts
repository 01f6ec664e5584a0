/**
 * The interface's catalogues: adding a language is adding one file to src/i18n/languages/ and naming
 * it in src/i18n/catalogues.ts; forgetting the second step, leaving a word empty or a kind without
 * words is caught here.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { availableLanguages, catalogueFor, CATALOGUES, interfaceLocale, LANGUAGES, type Catalogue } from '../../src/i18n/catalogues.ts';
import { ACTION_KINDS } from '../../src/schemas/action.ts';
import { CATALYSTS, COLLECTIONS } from '../../src/schemas/context.ts';
import { RESOURCE_KINDS } from '../../src/schemas/resource.ts';
import { ROOT } from '../helpers/build-site.ts';
import { phrases } from '../helpers/catalogue-words.ts';

const LANGUAGES_DIR = join(ROOT, 'src/i18n/languages');
const files = readdirSync(LANGUAGES_DIR).filter((file) => file.endsWith('.ts'));

/** The shape of a catalogue: its paths, each a string or a function. */
const shape = (value: unknown, path = ''): string[] =>
	value && typeof value === 'object' ? Object.entries(value).flatMap(([key, inner]) => shape(inner, path ? `${path}.${key}` : key)) : [`${path}: ${typeof value}`];

describe('the catalogues', () => {
	it('are each one file of src/i18n/languages/, named by its language subtag and registered in CATALOGUES', async () => {
		expect(files.map((file) => file.replace(/\.ts$/, '')).sort()).toEqual([...LANGUAGES].sort());
		for (const file of files) {
			const language = file.replace(/\.ts$/, '') as keyof typeof CATALOGUES;
			const module = (await import(join(LANGUAGES_DIR, file))) as Record<string, Catalogue>;
			expect(module[language], `src/i18n/languages/${file} exports \`${language}\``).toBe(CATALOGUES[language]);
			expect(new Intl.Locale(language).language, `${file} is named by a BCP 47 language subtag`).toBe(language);
		}
	});

	it.each(LANGUAGES)('%s has every word, none of them empty, and nothing English lacks', (language) => {
		const catalogue = CATALOGUES[language];
		expect(shape(catalogue)).toEqual(shape(CATALOGUES.en));
		expect(phrases(catalogue).filter((phrase) => phrase.text === '').map((phrase) => phrase.path)).toEqual([]);
	});

	it.each(LANGUAGES)('%s puts the value into every word that takes one', (language) => {
		const catalogue = CATALOGUES[language];
		// Words that take a number or a list; every other function takes text.
		const special = ['page.entryCount', 'page.hosts', 'page.forAudience'];
		const functions = shape(catalogue).filter((entry) => entry.endsWith(': function'));
		for (const entry of functions) {
			const path = entry.replace(/: function$/, '');
			if (special.includes(path)) continue;
			const fn = path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], catalogue) as (...args: string[]) => string;
			expect(fn('«value»'), `${language}: ${path}`).toContain('«value»');
		}
		expect(catalogue.page.entryCount(1234)).toMatch(/1[,.\u00a0\u202f]?234/);
		expect(catalogue.page.hosts(1)).not.toBe(catalogue.page.hosts(2));
		expect(catalogue.page.forAudience(['«a»', '«b»'])).toMatch(/«a».+«b»/);
	});

	it('name every kind of action and resource, every catalyst and every collection, and no other', () => {
		for (const catalogue of Object.values(CATALOGUES)) {
			expect(Object.keys(catalogue.actionKinds)).toEqual([...ACTION_KINDS]);
			expect(Object.keys(catalogue.resourceKinds)).toEqual([...RESOURCE_KINDS]);
			expect(Object.keys(catalogue.catalysts).sort()).toEqual([...CATALYSTS].sort());
			expect(Object.keys(catalogue.collections).sort()).toEqual([...COLLECTIONS].sort());
		}
	});
});

describe('a locale', () => {
	it('picks the catalogue of its language, in any region', () => {
		expect(catalogueFor('es-US')).toBe(CATALOGUES.es);
		expect(catalogueFor('es-419')).toBe(CATALOGUES.es);
		expect(catalogueFor('en-GB')).toBe(CATALOGUES.en);
		expect(catalogueFor('fr-FR')).toBeUndefined();
		expect(interfaceLocale('es-MX')).toBe('es-MX');
		expect(interfaceLocale('de-DE')).toBeUndefined();
	});

	it('lists the languages there are words for, by their own names', () => {
		expect(availableLanguages()).toBe('en (English), es (Español)');
	});
});
