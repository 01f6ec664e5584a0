/**
 * English: every word of the hub's interface, and the shape every other language's catalogue must
 * have (a missing or extra word in another language is a type error). Content words (titles,
 * summaries, topic names) come from the organizers' files, never from here. Words that depend on a
 * value are functions, so each language orders and inflects them its own way.
 */
export const en = {
	/** The language's own name, as the check lists available languages. */
	name: 'English',
	/** Words of event pages: the visitor's own time, and what helps people take part. */
	event: {
		/** After an event's time in the visitor's own zone, when it differs from the event's: "5:00 – 10:00 PM your time". */
		yourTime: (time: string) => `${time} your time`,
		/** The term of the accessibility row, on the page and the flyer, and its heading in the calendar file. */
		access: 'Access',
		stepFree: { yes: 'Step-free access', no: 'No step-free access' },
		captions: { yes: 'Live captions', no: 'No live captions' },
		/** The languages interpreted, as the organizer wrote them, joined as a list ("Spanish and ASL"). */
		interpretation: (languages: string) => `Interpretation: ${languages}`,
		childcare: { yes: 'Childcare provided', no: 'No childcare' },
		quietRoom: { yes: 'Quiet room', no: 'No quiet room' },
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
