/** `card-glyphs`: the text a share card draws holds only characters its fonts and emoji pictures can draw. */
import { withField } from '../../schemas/explain-issue.ts';
import { codePoints, glyphCoverage } from '../../share/card/glyph-coverage.ts';
import { defineRule } from './rule.ts';

/** The fields of an entry its generated share card draws (besides dates and interface words). */
const DRAWN: ReadonlyArray<readonly string[]> = [['title'], ['name'], ['role'], ['event', 'venue', 'name'], ['cta', 'label']];

/** Named in a message at most, so that a title in a script the cards lack does not fill a screen. */
const LISTED = 5;

const valueAt = (data: unknown, path: readonly string[]): unknown => path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);

/** A character of a card's text that no font or picture of the card has: it would draw as an empty box. */
export const cardGlyphs = defineRule({
	id: 'card-glyphs',
	description: 'A title, name, role, venue or button label holds a character that no font or emoji picture of the share card can draw, so the card would show an empty box.',
	severity: 'warning',
	check({ entry, source, report }) {
		// An entry with its own preview picture has no generated card.
		if (entry.data.shareImage !== undefined) return;
		for (const path of DRAWN) {
			const text = valueAt(entry.data, path);
			if (typeof text !== 'string') continue;
			const missing = [...new Set(glyphCoverage().glyphs(text).missing.map(({ character }) => character))];
			if (!missing.length) continue;
			const named = missing.slice(0, LISTED).map((character) => `"${character}" (${codePoints(character)})`);
			const more = missing.length > LISTED ? ` and ${missing.length - LISTED} more` : '';
			report(
				source.positionOf(path, 'value'),
				withField(path, `The share card has no font or emoji picture for ${named.join(', ')}${more}: it would draw ${missing.length === 1 ? 'an empty box' : 'empty boxes'} there. Write it another way, or give the entry a \`shareImage\` of its own.`),
			);
		}
	},
});
