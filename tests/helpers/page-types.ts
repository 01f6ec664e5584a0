/** One page of each type of the example hub: the pages every quality gate visits. Add new page types here. */
export const PAGE_TYPES = [
	'/',
	'/actions/',
	'/actions/fair-lease-pledge/',
	'/actions/winter-meetup/',
	'/actions/fall-trade-show-bus/',
	'/actions/winter-meetup/flyer/',
	// An action's card for other sites' frames, open and closed.
	'/embed/actions/winter-meetup/',
	'/embed/actions/fall-trade-show-bus/',
	'/stories/',
	'/stories/a-year-of-repair-cafes/',
	'/members/',
	'/members/rosa-delgado/',
	'/resources/',
	'/resources/weekly-cash-flow-template/',
	'/topics/',
	'/topics/leases-and-rent/',
	'/catalysts/',
	'/catalysts/beliefs/',
	'/follow/',
	'/no-such-page/',
];
