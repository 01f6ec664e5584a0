import { distance } from 'fastest-levenshtein';

/** The longest text worth a "did you mean": longer than any name, slug or time zone the hub knows. */
const MAX_TYPO = 64;

/**
 * The candidates closest to what an organizer typed, best first, for "did you mean" hints.
 * Only close matches count: a suggestion that is not near what they wrote only confuses.
 */
export function suggest(input: string, candidates: Iterable<string>, max = 3): string[] {
	// Nothing the hub suggests is this long, and comparing a long text with every candidate takes time in its length.
	if (input.length > MAX_TYPO) return [];
	const needle = input.toLowerCase();
	const limit = Math.max(2, Math.ceil(needle.length / 3));
	const sharesStem = (candidate: string) => needle.length >= 4 && candidate.toLowerCase().startsWith(needle.slice(0, 4));
	return [...candidates]
		.map((candidate) => ({ candidate, score: distance(needle, candidate.toLowerCase()) }))
		.filter(({ candidate, score }) => score <= limit || sharesStem(candidate) || candidate.toLowerCase().includes(needle))
		.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
		// Only the nearest: "America/Chicago", not every zone two letters away from "America/Chicgo".
		.filter((match, _, sorted) => match.score <= sorted[0]!.score + 1)
		.slice(0, max)
		.map(({ candidate }) => candidate);
}

/** "`a`, `b` or `c`": a list of choices for a message. */
export function orList(items: readonly string[]): string {
	const quoted = items.map((item) => `\`${item}\``);
	if (quoted.length <= 1) return quoted.join('');
	return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
