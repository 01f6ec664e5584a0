/**
 * Calendar files and "add to calendar" links for event actions. Times are written as UTC instants
 * (RFC 5545 form 2), computed from the event's wall clock in its own zone, so every calendar app
 * places the event at the same moment whatever zone the member is in.
 *
 * Text is made safe here, whatever the content holds: an `.ics` line ends with CR-LF and nowhere else
 * (a bare CR or LF in a value would end the property early and break the file in stricter apps), so
 * one-line values (title, place, ids) lose their line breaks and control characters, and the
 * description keeps its line breaks as the escaped `\n` of RFC 5545. The Google Calendar link follows
 * the same rule: one-line parameters hold no line break, and the description's are CR-LF.
 */
import { createEvents, type EventAttributes } from 'ics';
import { oneLine, withLineBreaks } from '../lib/control-characters.ts';

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

/** The calendar's product id, from the organizer's name: the same for every file the hub writes. */
export const productId = (organizer: string) => `-//${organizer.replace(/[^\w .-]/g, '')}//Community Hub//EN`;

/** One event as the ics package takes it: the VEVENT of the per-event file and of every subscribed calendar alike. */
export function eventAttributes(event: CalendarEvent): EventAttributes {
	const url = oneLine(event.url);
	const attributes = {
		uid: oneLine(event.uid),
		title: oneLine(event.title),
		// The ics package escapes each LF as `\n`; a CR it would leave raw, so there is none.
		description: withLineBreaks(`${event.description}\n\n${url}`, '\n'),
		start: event.start,
		startInputType: 'utc',
		startOutputType: 'utc',
		end: event.end,
		endInputType: 'utc',
		endOutputType: 'utc',
		...(event.location ? { location: oneLine(event.location) } : {}),
		url,
		status: 'CONFIRMED',
		// DTSTAMP: fixed by the content (not the clock), so two builds of the same content match byte for byte.
		// The ics package reads it though its types omit it.
		timestamp: event.stamp,
	};
	return attributes as EventAttributes;
}

/** An `.ics` file (RFC 5545) for one event. */
export function icsFile(event: CalendarEvent): string {
	const { error, value } = createEvents([eventAttributes(event)], { productId: productId(event.organizer), calName: oneLine(event.organizer) });
	if (error || !value) throw new Error(`Could not write the calendar file for ${event.uid}: ${error?.message ?? 'no output'}`);
	return value;
}

const googleTime = (epochMs: number) => new Date(epochMs).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** Google Calendar's "create event" link, prefilled. */
export function googleCalendarUrl(event: CalendarEvent, timeZone: string): string {
	const params = new URLSearchParams({
		action: 'TEMPLATE',
		text: oneLine(event.title),
		dates: `${googleTime(event.start)}/${googleTime(event.end)}`,
		details: withLineBreaks(`${event.description}\n\n${oneLine(event.url)}`, '\r\n'),
		ctz: oneLine(timeZone),
	});
	if (event.location) params.set('location', oneLine(event.location));
	return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
