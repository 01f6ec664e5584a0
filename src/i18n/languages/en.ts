/**
 * English: every word of the hub's interface, and the shape every other language's catalogue must
 * have (a missing or extra word in another language is a type error). Content words (titles,
 * summaries, topic names) come from the organizers' files, never from here. Words that depend on a
 * value are functions, so each language orders and inflects them its own way.
 */
export const en = {
	/** The language's own name, as the check lists available languages. */
	name: 'English',
	/** Words the share card draws itself (link previews: `src/share/card/`). */
	card: {
		/** Beside the kind of a closed action ("Event · Closed"), in capitals on the card. */
		closed: 'Closed',
		/** Where an online event takes place. */
		online: 'Online',
	},
	/** Words of the page frame, lists, cards and entry pages (the components). */
	page: {
		skipLink: 'Skip to content',
		mainNav: 'Main',
		footerNav: 'Footer',
	},
};

/** The shape of a language's catalogue. */
export type Catalogue = typeof en;
