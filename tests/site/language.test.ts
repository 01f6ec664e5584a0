/**
 * A hub speaks its locale's language: the example built with `locale: es-US` shows no English
 * interface word on any page type. The phrases looked for are the English catalogue's (strings, and
 * the fixed parts of its functions) that Spanish says otherwise. The content stays as organizers
 * wrote it, in English here, so the entries' bodies and every value of the content files are set
 * aside before looking.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CATALOGUES } from '../../src/i18n/catalogues.ts';
import { ROOT, builtSite } from '../helpers/build-site.ts';
import { phrases } from '../helpers/catalogue-words.ts';
import { page } from '../helpers/html.ts';
import { PAGE_TYPES } from '../helpers/page-types.ts';
import { SITES } from '../helpers/sites.ts';

const site = SITES.exampleSpanish;

/** English phrases with their catalogue path, longest first, but those Spanish also says. */
const spanish = new Set(phrases(CATALOGUES.es).map((phrase) => phrase.text));
const english = phrases(CATALOGUES.en)
	// The language's own name is a name, not an interface word.
	.filter((phrase) => /\p{L}/u.test(phrase.text) && !spanish.has(phrase.text) && phrase.path !== 'name')
	.sort((a, b) => b.text.length - a.text.length);

/** Every text value of the content files (front matter and site.yaml): what organizers wrote. */
function contentTexts(dir: string): string[] {
	const strings = (value: unknown): string[] =>
		typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
	const files = (readdirSync(dir, { recursive: true }) as string[]).filter((file) => /\.(md|mdx|yaml)$/.test(file));
	return files.flatMap((file) => {
		const text = readFileSync(join(dir, file), 'utf8');
		const yaml = file.endsWith('.yaml') ? text : (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');
		return strings(parse(yaml)).map((value) => value.replace(/\s+/g, ' ').trim());
	});
}
const content = [...new Set(contentTexts(join(ROOT, site.contentDir)))].filter((text) => text.length > 2).sort((a, b) => b.length - a.length);

/** Where a phrase stands alone: not inside a longer word ("Event" is not in "Evento"). */
const alone = (phrase: string) => new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');

/** What a visitor reads and hears on a page: its title, its text and the names given to links, images and landmarks. */
function interfaceText(path: string): Array<{ where: string; text: string }> {
	const $ = page(site, path === '/no-such-page/' ? '/404.html' : path);
	// The entries' bodies are content; scripts and styles are not read.
	$('.prose, script, style, template').remove();
	// Elements are words apart, as a visitor sees them, not run together as in `.text()`.
	$('body *').after(' ');
	const named = (attribute: string) => $(`[${attribute}]`).map((_, element) => ({ where: `${attribute} of <${(element as { tagName: string }).tagName}>`, text: $(element).attr(attribute)! })).get();
	return [{ where: 'title', text: $('title').text() }, { where: 'text', text: $('body').text() }, ...named('aria-label'), ...named('alt'), ...named('placeholder')].map(({ where, text }) => {
		let rest = text.replace(/\s+/g, ' ');
		for (const written of content) rest = rest.replace(new RegExp(alone(written).source, 'gu'), ' ¶ ');
		return { where, text: rest };
	});
}

describe('the example hub in Spanish (locale: es-US)', () => {
	it('builds, and says it is in Spanish', () => {
		expect(builtSite(site.name).status, builtSite(site.name).output).toBe(0);
		const $ = page(site, '/');
		expect($('html').attr('lang')).toBe('es-US');
		expect($('nav a').map((_, a) => $(a).text().trim()).get()).toEqual(expect.arrayContaining(['Actúa', 'Historias', 'Miembros', 'Recursos']));
	});

	it.each(PAGE_TYPES)('%s shows no English interface word', (path) => {
		const texts = interfaceText(path);
		// One line per phrase, with the catalogue's words that say it and where it stands on the page, to find its component.
		const found = [...Map.groupBy(english, (phrase) => phrase.text)].flatMap(([phrase, sources]) =>
			texts.flatMap(({ where, text }) => {
				const at = alone(phrase).exec(text)?.index;
				if (at === undefined) return [];
				const around = text.slice(Math.max(0, at - 30), at + phrase.length + 30).trim();
				return [`"${phrase}" (${sources.map((source) => source.path).join(', ')}) in the ${where}: "…${around}…"`];
			}),
		);
		expect(found, `${path} of the Spanish example shows English:\n${found.join('\n')}\n`).toEqual([]);
	});
});
