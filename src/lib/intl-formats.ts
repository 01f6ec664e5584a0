/**
 * Intl formatters, made once per locale and options. Making one reads the locale's data (a
 * `DateTimeFormat` costs about a hundred times its `format`), and a page formats dozens of dates: at
 * 10,000 entries, making them afresh for every date took more of the build than rendering the pages.
 */
const made = new Map<string, unknown>();

function once<T>(kind: string, locale: string | undefined, options: object, make: () => T): T {
	const key = `${kind}|${locale ?? ''}|${JSON.stringify(options)}`;
	let known = made.get(key) as T | undefined;
	if (!known) made.set(key, (known = make()));
	return known;
}

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
	once('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
	once('number', locale, options, () => new Intl.NumberFormat(locale, options));

/** Splits text into what a reader sees as characters (é, 👩‍👩‍👧), whatever the locale. */
export const graphemes = (text: string): string[] =>
	Array.from(once('graphemes', undefined, {}, () => new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text), (part) => part.segment);
