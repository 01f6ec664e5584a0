/**
 * English: every word of the hub's interface, and the shape every other language's catalogue must
 * have (a missing or extra word in another language is a type error). Content words (titles,
 * summaries, topic names) come from the organizers' files, never from here. Words that depend on a
 * value are functions, so each language orders and inflects them its own way; a date or a number
 * reaches them already formatted for the site's full locale (`es-US` and `es-ES` write them apart).
 */
export const en = {
	/** The language's own name, as the check lists available languages. */
	name: 'English',
	/**
	 * Each kind of action (the list is `ACTION_KINDS`, in src/schemas/action.ts): `button`, the call to
	 * action's label when the organizer sets none (a verb: it says what pressing the button does), and
	 * `label`, the noun that says what kind of thing the action is, above its title on pages, lists and
	 * share cards.
	 */
	actionKinds: {
		'learn-more': { button: 'Learn more', label: 'Learn more' },
		'visit-website': { button: 'Visit the website', label: 'Website' },
		'sign-up': { button: 'Sign up', label: 'Sign-up' },
		register: { button: 'Register', label: 'Registration' },
		'buy-tickets': { button: 'Buy tickets', label: 'Tickets' },
		donate: { button: 'Donate', label: 'Donation' },
		volunteer: { button: 'Volunteer', label: 'Volunteering' },
		petition: { button: 'Sign the petition', label: 'Petition' },
		pledge: { button: 'Sign the pledge', label: 'Pledge' },
		attend: { button: 'RSVP', label: 'Event' },
	},
	/** Each kind of resource (the list is `RESOURCE_KINDS`, in src/schemas/resource.ts), as the label above its title. */
	resourceKinds: {
		guide: 'Guide',
		toolkit: 'Toolkit',
		template: 'Template',
		checklist: 'Checklist',
		video: 'Video',
		recording: 'Recording',
		article: 'Article',
		link: 'Link',
	},
	/** The four catalysts a community forms around: the name of each, and the question the community answers for it. */
	catalysts: {
		expertise: { name: 'Shared expertise', question: 'What we know and teach each other' },
		passions: { name: 'Shared passions', question: 'What we love doing together' },
		beliefs: { name: 'Shared beliefs', question: 'What we stand for' },
		situations: { name: 'Shared situations', question: 'What we face together' },
	},
	/**
	 * Each collection's index: its title (also the link in the default navigation) and the sentence
	 * under it (also the page's description in search results).
	 */
	collections: {
		actions: { title: 'Act', intro: 'Opportunities to act: sign, register, volunteer, show up.' },
		stories: { title: 'Stories', intro: 'The community, told through its events, wins and people.' },
		members: { title: 'Members', intro: 'The people of the community, what they know, and how to reach them.' },
		resources: { title: 'Resources', intro: 'Guides, toolkits, templates and recordings: what members know, shared.' },
	},
	/** What kind of thing an entry is, above its title, for the collections whose entries have no kind of their own. */
	entryLabels: {
		story: 'Story',
		leader: 'Community leader',
		spotlight: 'Member spotlight',
	},
	/** The terms of an action's "when and where" list, on its page and its flyer. */
	details: {
		when: 'When',
		where: 'Where',
		/** The term of an online event's link, on the page. */
		online: 'Online',
		/** What the link becomes once the event is over: it is no longer offered. */
		onlineEvent: 'Online event',
		/** The text of the link to join an online event. */
		joinLink: 'Join link',
		/** Where an event happens when it is only online, on a flyer. */
		onlineOnly: 'Online',
		/** The last moment to act, while the action is open. */
		deadline: 'Deadline',
		/** The same moment, once it has passed. */
		closed: 'Closed',
		/** The last moment to act, on a flyer. */
		by: 'By',
	},
	/** Lines under an entry's title that hold a date, given formatted for the site's locale. */
	dates: {
		/** An action's deadline on its list card and share card: "By Friday, December 18, 2026 at 5:00 PM…". */
		by: (when: string) => `By ${when}`,
		/** When a resource was last checked: "Updated May 11, 2026". */
		updated: (date: string) => `Updated ${date}`,
	},
	/** The share links' names that are words rather than a network's own name (Facebook, WhatsApp… are not translated). */
	shareLinks: {
		email: 'Email',
		sms: 'Text message',
	},
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
	/** Words the share card draws itself (link previews: `src/share/card/`). */
	card: {
		/** Beside the kind of a closed action ("Event · Closed"), in capitals on the card. */
		closed: 'Closed',
		/** Where an online event takes place. */
		online: 'Online',
	},
	/** The follow page (`/follow/`): everything a visitor can follow, in one place. */
	follow: {
		title: 'Follow us',
		intro: (hub: string) => `Keep up with ${hub} wherever you read: the newsletter, your calendar, a feed reader or the networks you use.`,
		newsletter: 'Newsletter',
		newsletterIntro: 'News and what you can do, in your inbox.',
		newsletterButton: 'Get the newsletter',
		calendar: 'In your calendar',
		calendarIntro: 'Every upcoming event in your own calendar, updated on its own when events change.',
		subscribe: 'Subscribe to the calendar',
		download: 'Download the calendar file (.ics)',
		howTo: 'How to subscribe',
		google: 'Google Calendar: Other calendars, +, From URL, then paste the link of the file above.',
		apple: 'Apple Calendar (iPhone, iPad, Mac): tap or click “Subscribe to the calendar”.',
		outlook: 'Outlook: Add calendar, Subscribe from web, then paste the link of the file above.',
		topicCalendars: 'One topic only',
		feeds: 'Feeds',
		feedsIntro: 'For a feed reader (RSS): new stories, actions and resources as they are published.',
		feedAll: 'Everything',
		elsewhere: 'Elsewhere',
		follow: 'Follow',
		footerLink: 'Follow us',
		homeIntro: 'Newsletter, calendar, feeds and the networks we use: all in one place.',
	},
	/** Words of the page frame, lists, cards and entry pages (the components). */
	page: {
		skipLink: 'Skip to content',
		mainNav: 'Main',
		footerNav: 'Footer',
		home: 'Home',
		topics: 'Topics',
		topic: 'Topic',
		topicsAndCatalysts: 'Topics and catalysts',
		topicsIntro: (hub: string) => `What ${hub} talks about, acts on and shares resources for.`,
		topicDescription: (topic: string, hub: string) => `Everything about ${topic} on ${hub}.`,
		entryCount: (count: number) => `${new Intl.NumberFormat('en').format(count)} ${new Intl.PluralRules('en').select(count) === 'one' ? 'entry' : 'entries'}`,
		nothingOnTopic: 'Nothing on this topic yet.',
		nothingHere: 'Nothing here yet.',
		whyWeGather: 'Why we gather',
		whyWeGatherIntro: (hub: string) => `A community forms around what its members share. Here is what ${hub} shares.`,
		explore: 'Explore',
		/** Sections of a topic or catalyst page, by collection. */
		groupHeading: { actions: 'Act on it', stories: 'Stories', resources: 'Resources', members: 'People to ask' },
		actNow: 'Act now',
		moreToDo: 'More you can do',
		allActions: 'All actions',
		nothingOpen: 'Nothing is open right now. Check back soon.',
		latestStories: 'Latest stories',
		allStories: 'All stories',
		ourPeople: 'Our people',
		allMembers: 'Meet everyone',
		leader: 'Community leader',
		sharedResources: 'Shared resources',
		allResources: 'All resources',
		openNowHeading: 'Open now',
		closedHeading: 'Closed',
		closedIntro: 'Past events and actions, for the record.',
		leadersHeading: 'Community leaders',
		leadersIntro: 'The people who hold the community together. Thank you.',
		whoToAsk: 'Who to ask about…',
		whoToAskIntro: 'What members know and are glad to be asked about, with who knows it.',
		spotlightsHeading: 'Member spotlights',
		noSpotlights: 'No spotlights yet.',
		noStories: 'No stories yet.',
		noResources: 'No resources yet.',
		closed: 'Closed',
		online: 'Online',
		openNow: 'Open now',
		byWhen: (moment: string) => `By ${moment}`,
		takeAction: 'Take action',
		actionClosed: 'This action is closed',
		addToCalendar: 'Add to calendar (.ics)',
		addToGoogleCalendar: 'Add to Google Calendar',
		shareIt: 'Share it',
		printFlyer: 'Print a flyer',
		/** A short link's page, for a browser that does not follow it by itself. */
		goingTo: 'Taking you to the action:',
		/** A member's own link to an action (`?ref=`), which credits them with who they bring. */
		ownLink: 'Share it with your own link',
		ownLinkIntro: 'Bring people in and get the credit: pick your name for a link that says it was you. The sign-up tool sees it; the hub itself keeps nothing.',
		yourName: 'Your name',
		chooseName: 'Choose your name',
		makeLink: 'Make my link',
		yourLink: 'Your link',
		/** Without JavaScript, under the form: where the link will be. */
		ownLinkByHand: 'The button opens this page at your link: copy it from the address bar.',
		/** Without JavaScript, when the names are not in the page: how to make the link by hand. */
		ownLinkWithoutScript: (example: string) => `Without JavaScript, add ?ref= and the name in your spotlight's address to this page's address, such as ?ref=${example}.`,
		ownLinksOf: (name: string) => `${name}'s own links`,
		ownLinksIntro: (name: string) => `Links to what is open now that credit ${name} with the people they bring.`,
		shortLink: 'Short link:',
		hosts: (count: number): string => (count === 1 ? 'Host' : 'Hosts'),
		related: 'Keep exploring',
		storiesBehindIt: 'Stories behind it',
		resourcesThatHelp: 'Resources that help',
		eventOver: 'This event is over',
		deadlinePassed: 'This action is closed',
		tookPlace: 'It took place on',
		closedOn: 'Its deadline passed on',
		readWhatHappened: (story: string) => `Read what happened: ${story}`,
		doInstead: 'What you can do now:',
		seeOpenActions: 'See what you can do now',
		whatYouCanDoNow: 'What you can do now',
		passItOn: 'Pass it on',
		shareTheStory: 'Share the story',
		shareNative: 'Share…',
		linkToPage: 'Link to this page',
		copyLink: 'Copy link',
		linkCopied: 'Link copied.',
		copyByHand: 'Select the link and copy it.',
		by: 'By',
		updated: 'Updated',
		peopleInStory: 'People in this story',
		whatYouCanDo: 'What you can do',
		askAbout: (name: string) => `Ask ${name} about`,
		reach: (name: string) => `Reach ${name}`,
		actionsHosted: (name: string) => `Actions ${name} hosts`,
		storiesHeading: 'Stories',
		resourcesShared: (name: string) => `Resources ${name} shared`,
		forAudience: (audience: readonly string[]) => `For ${new Intl.ListFormat('en').format(audience)}`,
		openResource: (kind: string) => `Open the ${kind.toLowerCase()}`,
		downloadResource: (kind: string) => `Download the ${kind.toLowerCase()}`,
		sharedBy: 'Shared by',
		putToUse: 'Put it to use',
		flyerTitle: (title: string) => `Flyer: ${title}`,
		qrAlt: (address: string) => `QR code: scan to open ${address}`,
		scanOrType: 'Scan the code, or type',
		backToAction: 'Back to the action',
		printHint: 'Print this page (Ctrl+P or ⌘P) to make the flyer.',
		notFoundTitle: 'Page not found',
		notFoundIntro: 'This page does not exist, or no longer does. An action may have closed, or a link may have a typo.',
		/** The dev server's badge on an entry production would not publish. */
		preview: { draft: 'Preview only. Draft: not published', scheduled: 'Preview only. Scheduled: not published yet', 'no-consent': 'Preview only. No recorded consent: not published' },
	},
	/** Search: the header's field, the search page (`/search/`) and the 404 page's suggestions. */
	search: {
		title: 'Search',
		intro: (hub: string) => `Find actions, stories, people and resources on ${hub}.`,
		/** The field's label (visible on the search page; for screen readers in the header). */
		label: 'Search the hub',
		placeholder: 'Repair café, rent, childcare…',
		submit: 'Search',
		/** The filters, and each filter's "everything" choice. */
		kind: 'Kind',
		anyKind: 'Everything',
		topic: 'Topic',
		anyTopic: 'All topics',
		/** What each collection's entries are called in the kind filter and on results. */
		kinds: { actions: 'Actions', stories: 'Stories', members: 'People', resources: 'Resources' },
		searching: 'Searching…',
		/**
		 * The results line, filled in by the browser: `{count}` and `{query}` are replaced, and the form
		 * is picked by the count's plural category (Intl.PluralRules; `other` when the language has more).
		 */
		resultsFor: { one: '{count} result for “{query}”', other: '{count} results for “{query}”' },
		resultsAll: { one: '{count} result', other: '{count} results' },
		noResults: 'Nothing found for “{query}”. Try fewer or other words, or browse below.',
		/** The 404 page: what the search found from the words of the address that was not found. */
		maybe: 'Maybe you were looking for',
		more: 'More results',
		unavailable: 'Search could not load. Browse instead:',
		/** Shown without JavaScript: searching runs in the browser. */
		needsScript: 'Searching needs JavaScript, which is off in this browser. Browse by kind or topic instead:',
		browse: 'Browse',
		browseTopics: 'By topic',
		browseKinds: 'By kind',
	},
	/** An action's card on another site (`/embed/actions/<slug>/`), and the code its page offers to put it there. */
	embed: {
		/** The disclosure on an open action's page. */
		offer: 'Embed this action on your site',
		intro: 'Paste this code into a page of your site: it shows this action as a small card with its button, always up to date. No script needed.',
		codeLabel: 'Code to paste',
		copyCode: 'Copy code',
		codeCopied: 'Code copied.',
		copyByHand: 'Select the code and copy it.',
		/** The card's small link back to the hub. */
		from: (hub: string) => `From ${hub}`,
	},
	/** The numbered pages of a long list. */
	pagination: {
		/** The nav's name for screen readers. */
		label: 'Pages',
		previous: 'Previous',
		next: 'Next',
		/** A numbered link, for screen readers (the link shows the number alone). */
		page: (page: string) => `Page ${page}`,
		/** The title of a later page of a list, so each page of it has its own in tabs and search results. */
		title: (title: string, page: string) => `${title}, page ${page}`,
	},
};

/** The shape of a language's catalogue. */
export type Catalogue = typeof en;
