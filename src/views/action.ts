/**
 * What an action page and its flyer show about acting: the button, when and where, the calendar, the
 * ways to pass it on. Components render what these return; every rule is here, tested without Astro.
 */
import { formatShortDateTime, formatShortRange } from '../lib/format-dates.ts';
import { epochMs } from '../lib/local-time.ts';
import type { ActionTiming, Moment } from '../model/action-timing.ts';
import { paths } from '../routes/paths.ts';
import { isExternal } from '../routes/urls.ts';
import { googleCalendarUrl, type CalendarEvent } from '../share/calendar.ts';
import { withSource } from '../share/campaign.ts';
import type { HubEntry, ViewContext } from './context.ts';
import { accessLines } from './event-access.ts';
import { openActions, perBuild } from './per-build.ts';

/** One line of a "When / Where" list: a term and what it shows. */
export type DetailRow = { term: string } & (
	| {
			kind: 'range';
			start: Moment;
			end: Moment;
			timeZone: string;
			/** The zone's name, when it is not the site's. */
			note: string | undefined;
			/** Offer the time in the visitor's own zone too: on the page of an event still to come, not on paper. */
			visitorTime: boolean;
	  }
	| { kind: 'moment'; moment: Moment; timeZone: string }
	| { kind: 'lines'; lines: string[] }
	| { kind: 'link'; href: string; text: string }
	| { kind: 'text'; text: string }
);

export interface CallToAction {
	label: string;
	href: string;
	/** Leaves the hub, and so opens with `rel="noopener noreferrer"`. */
	external: boolean;
	/** The query parameter the page script fills with the visitor's own source (see `cta.forwardSource`). */
	forwardSource: string | undefined;
	/** The query parameter the page script fills with the member whose link brought the visitor (see `cta.forwardReferrer`). */
	forwardReferrer: string | undefined;
}

export interface ActionPanel {
	/** Why the action no longer takes part, or undefined while it is open. */
	closed: ActionTiming['closed'];
	/** The one line of when, where and by when, above the button. */
	facts: string[];
	/** When and where, for the page. */
	details: DetailRow[];
	/** The one button, while the action is open. */
	button: CallToAction | undefined;
	/** Calendar links, for an open event. */
	calendar: { file: string; fileName: string; google: string } | undefined;
	flyer: string;
	shortLink: { href: string; text: string };
}

/** The call to action: the organizer's label or the kind's verb, and the source passed on to an external tool. */
export function callToAction(action: HubEntry<'actions'>, context: ViewContext): CallToAction {
	const { cta, kind } = action.data;
	const forwardSource = isExternal(cta.url) ? cta.forwardSource : undefined;
	const href = forwardSource ? withSource(cta.url, forwardSource) : context.urls.href(cta.url);
	const forwardReferrer = isExternal(cta.url) ? cta.forwardReferrer : undefined;
	return { label: cta.label ?? context.words.actionKinds[kind].button, href, external: isExternal(href), forwardSource, forwardReferrer };
}

/** The calendar entry of an event action, for its `.ics` file and the Google Calendar link. */
export function calendarEvent(action: HubEntry<'actions'>, context: ViewContext): CalendarEvent | undefined {
	const when = context.timing(action);
	const { data } = action;
	if (!when.event || !data.event) return undefined;
	const { site, urls } = context;
	const venue = data.event.venue ? `${data.event.venue.name}, ${data.event.venue.address}` : undefined;
	const words = context.words.event;
	const access = accessLines(data.event.accessibility, words, site.locale);
	// Calendar apps show the description as plain text: a heading line, then one line per item.
	const accessText = access.length ? `\n\n${words.access}:\n${access.map((line) => `- ${line}`).join('\n')}` : '';
	return {
		uid: `${action.id}@${new URL(urls.absolute(paths.home())).hostname}`,
		title: data.title,
		description: `${data.summary}${accessText}`,
		start: when.event.start.epochMs,
		end: when.event.end.epochMs,
		location: venue ?? data.event.online,
		url: urls.absolute(paths.entry('actions', action.id)),
		// The same in every build of the same content: the publish date, or else the event's start.
		stamp: epochMs(data.publishDate ?? data.event.start, site.timezone),
		organizer: site.name,
	};
}

/**
 * When and where, as the page shows it (`page`: the zone named when it is not the site's, the address on
 * its own line, the join link while open) or as a printed flyer shows it (`print`: one line each).
 */
export function actionDetails(action: HubEntry<'actions'>, context: ViewContext, medium: 'page' | 'print'): DetailRow[] {
	const when = context.timing(action);
	const words = context.words.details;
	const { event } = action.data;
	const rows: DetailRow[] = [];
	if (when.event) {
		const note = medium === 'page' && when.timeZone !== context.site.timezone ? when.timeZone : undefined;
		const visitorTime = medium === 'page' && !when.closed;
		rows.push({ term: words.when, kind: 'range', start: when.event.start, end: when.event.end, timeZone: when.timeZone, note, visitorTime });
	}
	if (event?.venue) {
		rows.push(
			medium === 'page'
				? { term: words.where, kind: 'lines', lines: [event.venue.name, event.venue.address] }
				: { term: words.where, kind: 'text', text: `${event.venue.name}, ${event.venue.address}` },
		);
	}
	if (event?.online && medium === 'page') {
		rows.push(when.closed ? { term: words.online, kind: 'text', text: words.onlineEvent } : { term: words.online, kind: 'link', href: event.online, text: words.joinLink });
	} else if (event?.online && !event.venue) {
		rows.push({ term: words.where, kind: 'text', text: words.onlineOnly });
	}
	if (when.deadline) {
		const term = medium === 'print' ? words.by : when.closed === 'deadline-passed' ? words.closed : words.deadline;
		rows.push({ term, kind: 'moment', moment: when.deadline, timeZone: when.timeZone });
	}
	// Last, so the rows a member decides by (when, where, by when) keep their place near the button.
	const access = accessLines(event?.accessibility, context.words.event, context.site.locale);
	if (access.length) {
		const term = context.words.event.access;
		rows.push(medium === 'page' ? { term, kind: 'lines', lines: access } : { term, kind: 'text', text: access.join(' · ') });
	}
	return rows;
}

/** Everything the act panel at the top of an action page shows. */
/** The name of the short link an action is shown with: its own `short`, else its slug. */
export const shortLinkName = (action: HubEntry<'actions'>): string => action.data.short ?? action.id;

export function actionPanel(action: HubEntry<'actions'>, context: ViewContext): ActionPanel {
	const { closed, timeZone } = context.timing(action);
	const { urls } = context;
	const event = closed ? undefined : calendarEvent(action, context);
	return {
		closed,
		facts: actionFacts(action, context),
		details: actionDetails(action, context, 'page'),
		button: closed ? undefined : callToAction(action, context),
		calendar: event && { file: urls.href(paths.calendar(action.id)), fileName: `${action.id}.ics`, google: googleCalendarUrl(event, timeZone) },
		flyer: urls.href(paths.flyer(action.id)),
		shortLink: { href: urls.href(paths.shortLink(shortLinkName(action))), text: urls.typed(paths.shortLink(shortLinkName(action))) },
	};
}

/** The one line under an action's title that says when, where and by when, short enough for a phone's first screen. */
export function actionFacts(action: HubEntry<'actions'>, context: ViewContext): string[] {
	const { site, words } = context;
	const when = context.timing(action);
	const { event } = action.data;
	const facts: string[] = [];
	if (when.event) facts.push(formatShortRange(when.event.start.local, when.event.end.local, when.timeZone, site.locale));
	if (event?.venue) facts.push(event.venue.name);
	else if (event?.online) facts.push(words.page.online);
	if (when.deadline) facts.push(words.page.byWhen(formatShortDateTime(when.deadline.local, when.timeZone, site.locale)));
	return facts.length ? facts : [words.page.openNow];
}

/** What a closed action's page says instead of its button: since when, what to do now, the story of what happened. */
export interface ClosedNotice {
	reason: NonNullable<ActionTiming['closed']>;
	/** When it closed: the event's end or the deadline. */
	since: Moment;
	timeZone: string;
	/** The next open action on the same topics or catalysts, or by the same hosts. */
	instead: HubEntry<'actions'> | undefined;
	/** The newest story told about it, to share instead of the past action. */
	story: HubEntry<'stories'> | undefined;
}

export function closedNotice(action: HubEntry<'actions'>, context: ViewContext): ClosedNotice | undefined {
	const when = context.timing(action);
	if (!when.closed) return undefined;
	const since = when.closed === 'event-over' ? when.event!.end : when.deadline!;
	const { data } = action;
	const shares = (a: readonly string[], b: readonly string[]) => a.some((item) => b.includes(item));
	const hostIds = data.hosts.map((host) => host.id);
	// A closed action is never open, so the open ones are all others.
	const open = openActions(context);
	const instead =
		open.find((other) => shares(other.data.topics, data.topics) || shares(other.data.catalysts, data.catalysts)) ??
		open.find((other) => shares(other.data.hosts.map((host) => host.id), hostIds));
	const story = perBuild(context, 'first story of each action', () => {
		const first = new Map<string, HubEntry<'stories'>>();
		for (const candidate of context.published('stories')) for (const ref of candidate.data.actions) if (!first.has(ref.id)) first.set(ref.id, candidate);
		return first;
	}).get(action.id);
	return { reason: when.closed, since, timeZone: when.timeZone, instead, story };
}
