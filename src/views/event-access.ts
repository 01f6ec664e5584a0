/**
 * An event's accessibility in the hub's language, one line per thing offered (or not), in the same
 * order on the page, the flyer and in the calendar file, so a member finds each where they expect it.
 */
import type { Catalogue } from '../i18n/catalogues.ts';
import type { AccessFeature, Accessibility } from '../schemas/accessibility.ts';

export function accessLines(access: Accessibility | undefined, words: Catalogue['event'], locale: string): string[] {
	if (!access) return [];
	const said = (feature: AccessFeature) => (access[feature] === undefined ? [] : [words[feature][access[feature] ? 'yes' : 'no']]);
	const languages = access.interpretation && new Intl.ListFormat(locale, { type: 'conjunction' }).format(access.interpretation);
	return [
		...said('stepFree'),
		...said('captions'),
		...(languages ? [words.interpretation(languages)] : []),
		...said('childcare'),
		...said('quietRoom'),
		...(access.notes ? [access.notes] : []),
	];
}
