/**
 * A calendar to subscribe to: several events in one VCALENDAR, each the very VEVENT of its own `.ics`
 * file (`calendar.ts`), so an event reads the same whether it was downloaded or subscribed to.
 *
 * The ics package writes the events and the calendar's header, but of the calendar's own properties
 * only X-WR-CALNAME, unescaped, and a fixed `X-PUBLISHED-TTL:PT1H`. Subscribers need more: NAME
 * (RFC 7986) and X-WR-CALNAME (Apple, Outlook) so the calendar shows under the hub's name, and
 * REFRESH-INTERVAL (RFC 7986) with X-PUBLISHED-TTL (Apple, Outlook) asking for a daily refresh, since
 * the hub's calendar only changes when the site is rebuilt. `withCalendarProperties` puts them in place
 * of the package's TTL line, escaped and folded as RFC 5545 asks.
 *
 * A calendar with no event is still written, with its header: a topic without events keeps its
 * address, so a subscription never breaks and fills in when an event is added. (RFC 5545's grammar
 * asks for one component at least; calendar apps and parsers read an empty calendar as empty.)
 */
import { createEvents } from 'ics';
import { oneLine } from '../lib/control-characters.ts';
import { eventAttributes, productId, type CalendarEvent } from './calendar.ts';

export interface CalendarFeed {
	/** What the subscriber's calendar app calls it. */
	name: string;
	/** Who publishes it: the hub's name. */
	organizer: string;
	events: readonly CalendarEvent[];
}

/** How often subscribers fetch the calendar again (an RFC 5545 duration). */
export const REFRESH_INTERVAL = 'P1D';

/** The whole calendar (RFC 5545), events in the order given. */
export function icsCalendar(feed: CalendarFeed): string {
	const { error, value } = createEvents(feed.events.map(eventAttributes), { productId: productId(feed.organizer), method: 'PUBLISH' });
	if (error || !value) throw new Error(`Could not write the calendar "${feed.name}": ${error?.message ?? 'no output'}`);
	return withCalendarProperties(value, feed.name);
}

const PACKAGE_TTL = 'X-PUBLISHED-TTL:PT1H\r\n';

/** The calendar's name and refresh interval, in place of the TTL line the ics package writes in the header. */
export function withCalendarProperties(ics: string, name: string): string {
	const at = ics.indexOf(PACKAGE_TTL);
	const firstEvent = ics.indexOf('BEGIN:VEVENT');
	if (at === -1 || (firstEvent !== -1 && at > firstEvent)) {
		throw new Error('The ics package no longer writes "X-PUBLISHED-TTL:PT1H" in the calendar header: update withCalendarProperties (src/share/calendar-feed.ts).');
	}
	const text = escapeText(oneLine(name));
	const properties = [`NAME:${text}`, `X-WR-CALNAME:${text}`, `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH_INTERVAL}`, `X-PUBLISHED-TTL:${REFRESH_INTERVAL}`];
	return `${ics.slice(0, at)}${properties.map((line) => `${foldLine(line)}\r\n`).join('')}${ics.slice(at + PACKAGE_TTL.length)}`;
}

/** A TEXT value (RFC 5545 3.3.11): a comma or semicolon would otherwise split it into several values. */
const escapeText = (value: string) => value.replace(/[\\;,]/g, (char) => `\\${char}`);

const utf8Length = (char: string) => {
	const code = char.codePointAt(0)!;
	return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/**
 * Lines of 75 octets at most, continued after CR-LF and a space (RFC 5545 3.1), never inside a
 * character: the ics package folds by characters, which a long non-Latin name would overrun.
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	let limit = 75;
	for (const char of line) {
		const size = utf8Length(char);
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
			limit = 74; // the leading space of a continuation line counts
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}
