/**
 * What a subscribed calendar holds: the hub's published events, all of them or a topic's, each the
 * same event as its own `.ics` file (`calendarEvent`), so its UID (`slug@host`) stays the same from
 * build to build and a subscriber's calendar updates the event instead of adding it twice.
 */
import type { CalendarFeed } from '../share/calendar-feed.ts';
import { calendarEvent } from './action.ts';
import type { ViewContext } from './context.ts';

/**
 * How long an event stays in the calendar after it ends. A calendar app replaces its copy with each
 * refresh, so an event dropped from the feed vanishes from every subscriber's calendar: keeping a
 * month of past events leaves last week's meetup where members look for it, while the file stops
 * growing with the hub's whole history.
 */
export const RECENT_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Every published event that ends after the recent window opens, soonest first. Drafts and scheduled
 * actions are not published, so never here; an event whose sign-up deadline passed stays, because it
 * still happens for those who signed up.
 */
export function calendarFeed(context: ViewContext, topic?: string): CalendarFeed {
	const { site } = context;
	const topicName = topic === undefined ? undefined : site.topics[topic]?.name;
	if (topic !== undefined && topicName === undefined) throw new Error(`"${topic}" is not a topic of this hub, so it has no calendar.`);
	const since = context.now.getTime() - RECENT_DAYS * DAY_MS;
	const events = context
		.published('actions')
		.filter((action) => topic === undefined || action.data.topics.includes(topic))
		.flatMap((action) => calendarEvent(action, context) ?? [])
		.filter((event) => event.end > since)
		.sort((a, b) => a.start - b.start || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
	// Names only, no words: the calendar reads the same in every language of the interface.
	return { name: topicName === undefined ? site.name : `${site.name} · ${topicName}`, organizer: site.name, events };
}
