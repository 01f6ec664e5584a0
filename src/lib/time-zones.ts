import { dateTimeFormat } from './intl-formats.ts';
import { suggest } from './suggest.ts';

/**
 * The canonical IANA name for a time zone, or undefined when the runtime does not know it.
 * Intl accepts aliases (`US/Central`, `UTC`) and any letter case, so we normalise to what it resolves.
 */
export function canonicalTimeZone(name: string): string | undefined {
	if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return undefined;
	try {
		// Asked for every action of a large hub, of a handful of names: one formatter per name, not per call.
		return dateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
	} catch {
		return undefined;
	}
}

let knownZones: string[] | undefined;

/** Close IANA names for a misspelt time zone. */
export function suggestTimeZones(name: string): string[] {
	knownZones ??= [...Intl.supportedValuesOf('timeZone'), 'UTC'];
	// Compare the city part too: "Chicgo" should find "America/Chicago".
	const city = name.split('/').at(-1) ?? name;
	const byCity = suggest(
		city,
		knownZones.map((zone) => zone.split('/').at(-1) ?? zone),
		3,
	).flatMap((match) => knownZones!.filter((zone) => zone.endsWith(`/${match}`) || zone === match));
	return [...new Set([...suggest(name, knownZones, 3), ...byCity])].slice(0, 3);
}
