/** `--rule` and `--ignore`: the findings of some rules only, or all but some. */
import { orList, suggest } from '../lib/suggest.ts';
import type { Diagnostic } from './diagnostic.ts';

/** Which rules' findings to keep. */
export interface RuleFilter {
	/** Keep only these rules' findings; every rule's when empty. */
	only: readonly string[];
	/** Drop these rules' findings. */
	ignore: readonly string[];
}

/** The findings the filter keeps, in the same order. */
export function filterDiagnostics(diagnostics: readonly Diagnostic[], { only, ignore }: RuleFilter): Diagnostic[] {
	return diagnostics.filter((d) => (only.length === 0 || only.includes(d.rule)) && !ignore.includes(d.rule));
}

/** A message for each id no rule has: a typo must not quietly hide every finding. */
export function unknownRules({ only, ignore }: RuleFilter, known: readonly string[]): string[] {
	return [...only, ...ignore]
		.filter((id) => !known.includes(id))
		.map((id) => {
			const close = suggest(id, known, 1);
			return `There is no rule "${id}".${close.length ? ` Did you mean ${orList(close)}?` : ` The rules are ${orList(known)}.`}`;
		});
}
