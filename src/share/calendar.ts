/**
 * Calendar files and "add to calendar" links for event actions. Times are written as UTC instants
 * (RFC 5545 form 2), computed from the event's wall clock in its own zone, so every calendar app
 * places the event at the same moment whatever zone the member is in.
 */
import { createEvent, type EventAttributes } from 'ics';

export interface CalendarEvent {
	/** Globally unique and stable across builds: `<slug>@<host>`. */
	uid: string;
	title: string;
	description: string;
	/** Start and end as epoch milliseconds. */
	start: number;
	end: number;
	/** The venue's name and address, or the online link. */
	location: string | undefined;
	/** The action page. */
	url: string;
	/** When the entry was last published, so the file is the same in every build of the same content. */
	stamp: number;
	organizer: string;
}

/** An `.ics` file (RFC 5545) for one event. */
export function icsFile(event: CalendarEvent): string {
	const attributes = {
		productId: `-//${event.organizer.replace(/[^\w .-]/g, '')}//Community Hub//EN`,
		uid: event.uid,
		title: event.title,
		description: `${event.description}\n\n${event.url}`,
		start: event.start,
		startInputType: 'utc',
		startOutputType: 'utc',
		end: event.end,
		endInputType: 'utc',
		endOutputType: 'utc',
		...(event.location ? { location: event.location } : {}),
		url: event.url,
		status: 'CONFIRMED',
		// DTSTAMP: fixed by the content (not the clock), so two builds of the same content match byte for byte.
		// The ics package reads it though its types omit it.
		timestamp: event.stamp,
		calName: event.organizer,
	};
	const { error, value } = createEvent(attributes as EventAttributes);
	if (error || !value) throw new Error(`Could not write the calendar file for ${event.uid}: ${error?.message ?? 'no output'}`);
	return value;
}

const googleTime = (epochMs: number) => new Date(epochMs).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** Google Calendar's "create event" link, prefilled. */
export function googleCalendarUrl(event: CalendarEvent, timeZone: string): string {
	const params = new URLSearchParams({
		action: 'TEMPLATE',
		text: event.title,
		dates: `${googleTime(event.start)}/${googleTime(event.end)}`,
		details: `${event.description}\n\n${event.url}`,
		ctz: timeZone,
	});
	if (event.location) params.set('location', event.location);
	return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
