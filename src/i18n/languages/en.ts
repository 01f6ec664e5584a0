/**
 * English: every word of the hub's interface, and the shape every other language's catalogue must
 * have (a missing or extra word in another language is a type error). Content words (titles,
 * summaries, topic names) come from the organizers' files, never from here. Words that depend on a
 * value are functions, so each language orders and inflects them its own way.
 */
export const en = {
	/** The language's own name, as the check lists available languages. */
	name: 'English',
	/** Words of the page frame, lists, cards and entry pages (the components). */
	page: {
		skipLink: 'Skip to content',
		mainNav: 'Main',
		footerNav: 'Footer',
	},
};

/** The shape of a language's catalogue. */
export type Catalogue = typeof en;
