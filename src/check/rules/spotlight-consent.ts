/** `spotlight-consent`: a member spotlight records the member's consent, without which it is not published. */
import { defineRule } from './rule.ts';

/** A spotlight, not a draft, with no `consent`: it will not be published, which may surprise. */
export const spotlightConsent = defineRule({
	id: 'spotlight-consent',
	description: 'A member spotlight has no consent, so it is not published and no page names the member.',
	severity: 'warning',
	check({ entry, report }) {
		if (entry.collection !== 'members' || entry.data.consent || entry.data.draft) return;
		report({ line: 1, column: 1 }, 'This spotlight has no `consent`, so it is not published and no page names this person. Record when and how they agreed: consent: { date: 2026-11-02, how: "signed form" }.');
	},
});
