/** Calendars to subscribe to: which events they hold, and the file, read back with a real iCalendar parser (ical.js). */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { oneLine } from '../../src/lib/control-characters.ts';
import { epochMs } from '../../src/lib/local-time.ts';
import type { ActionInput } from '../../src/schemas/action.ts';
import { icsFile, type CalendarEvent } from '../../src/share/calendar.ts';
import { foldLine, icsCalendar, withCalendarProperties } from '../../src/share/calendar-feed.ts';
import { calendarEvent } from '../../src/views/action.ts';
import { calendarFeed, RECENT_DAYS } from '../../src/views/calendar-feed.ts';
import type { HubEntry } from '../../src/views/context.ts';
import { parseIcs } from '../helpers/decode.ts';
import { entriesFor, testSite, viewContext } from '../helpers/view-context.ts';

const event: CalendarEvent = {
	uid: 'winter-meetup@guild.example.org',
	title: 'Winter meetup, Duluth; "all welcome"',
	description: 'Coffee & numbers.\nLunch included.',
	start: epochMs('2027-01-16T10:00', 'America/Chicago'),
	end: epochMs('2027-01-16T15:00', 'America/Chicago'),
	location: 'Delgado Hardware & Paint, 2101 West Superior Street, Duluth, MN 55806',
	url: 'https://guild.example.org/actions/winter-meetup/',
	stamp: epochMs('2026-11-01T00:00', 'America/Chicago'),
	organizer: 'Neighborhood Hardware Guild',
};
const other: CalendarEvent = { ...event, uid: 'spring-fair@guild.example.org', title: 'Spring fair', start: event.start + 86_400_000 * 90, end: event.end + 86_400_000 * 90, location: undefined };

const calendar = (text: string) => new ICAL.Component(ICAL.parse(text));
/** A calendar-level property as a TEXT value: ical.js knows neither NAME (RFC 7986) nor X-WR-CALNAME, so leaves them escaped. */
const textOf = (text: string, name: string) => ICAL.design.icalendar.value.text.fromICAL(String(calendar(text).getFirstPropertyValue(name)));
const vevents = (text: string) => text.match(/BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT\r\n/g) ?? [];

describe('a calendar to subscribe to', () => {
	const ics = icsCalendar({ name: 'Neighborhood Hardware Guild', organizer: event.organizer, events: [event, other] });

	it('holds each event exactly as its own calendar file does, so both read the same', () => {
		expect(vevents(ics)).toEqual([...vevents(icsFile(event)), ...vevents(icsFile(other))]);
		expect(parseIcs(ics)).toEqual([...parseIcs(icsFile(event)), ...parseIcs(icsFile(other))]);
		expect(parseIcs(ics)[0]).toMatchObject({ uid: event.uid, start: '2027-01-16T16:00:00.000Z', end: '2027-01-16T21:00:00.000Z' });
	});

	it('is named, and asks calendar apps to refresh it daily', () => {
		expect(textOf(ics, 'name')).toBe('Neighborhood Hardware Guild');
		expect(textOf(ics, 'x-wr-calname')).toBe('Neighborhood Hardware Guild');
		const refresh = calendar(ics).getFirstProperty('refresh-interval')!;
		expect(refresh.type).toBe('duration');
		expect(String(refresh.getFirstValue())).toBe('P1D');
		expect(String(calendar(ics).getFirstPropertyValue('x-published-ttl'))).toBe('P1D');
		// Once each: the ics package's own hourly TTL is replaced, not kept beside the daily one.
		expect(ics.match(/^X-PUBLISHED-TTL:/gm)).toHaveLength(1);
		expect(ics.match(/^X-WR-CALNAME:/gm)).toHaveLength(1);
	});

	it('is written with no event at all, and parses as an empty calendar with its name', () => {
		const empty = icsCalendar({ name: 'Guild · Leases', organizer: 'Guild', events: [] });
		expect(parseIcs(empty)).toEqual([]);
		expect(textOf(empty, 'name')).toBe('Guild · Leases');
		expect(empty).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
	});

	it('is the same for the same events', () => {
		expect(icsCalendar({ name: 'G', organizer: 'G', events: [event, other] })).toBe(icsCalendar({ name: 'G', organizer: 'G', events: [{ ...event }, { ...other }] }));
	});

	it('keeps any name on one escaped line of 75 octets at most, folded between characters, and reads it back', () => {
		const names = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('Leases, rent; repairs \\ more', 'Ünïcödé '.repeat(20), '日本語のカレンダー'.repeat(10), 'a\r\nNAME:evil', '🏠'.repeat(40)));
		fc.assert(
			fc.property(names, (name) => {
				const ics = icsCalendar({ name: `N${name}`, organizer: 'Guild', events: [event] });
				expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
				for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
				expect(textOf(ics, 'name')).toBe(oneLine(`N${name}`));
				expect(parseIcs(ics)).toHaveLength(1);
			}),
			{ numRuns: 200 },
		);
	});

	it('folds long lines with a space after each line break, whole characters only', () => {
		expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
		expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
		// 74 ASCII octets, then a 3-octet character that would cross the limit: it moves to the next line whole.
		expect(foldLine(`${'x'.repeat(74)}語`)).toBe(`${'x'.repeat(74)}\r\n 語`);
	});

	it('refuses to guess when the ics package writes its header another way', () => {
		expect(() => withCalendarProperties('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', 'G')).toThrow(/X-PUBLISHED-TTL/);
	});
});

const site = testSite({ topics: { leases: { name: 'Leases' }, repairs: { name: 'Repairs' } } });
const made = entriesFor(site);
const action = (id: string, fields: Partial<ActionInput> = {}) => made.action(id, { kind: 'attend', cta: { url: 'https://events.example.org/x' }, ...fields });
const on = (start: string, end: string) => ({ event: { start, end, venue: { name: 'Back room', address: '1 Main St' } } });
const contextFor = (actions: HubEntry<'actions'>[]) => viewContext(site, { actions });

describe('the events a calendar holds', () => {
	const actions = [
		action('next-month', { ...on('2026-07-10 18:00', '2026-07-10 20:00'), topics: ['leases'] }),
		action('tomorrow', { ...on('2026-06-02 18:00', '2026-06-02 20:00'), topics: ['leases', 'repairs'] }),
		action('last-week', on('2026-05-25 18:00', '2026-05-25 20:00')),
		action('happening-now', on('2026-06-01 06:00', '2026-06-01 09:00')),
		// Ended 31 days before the build: out of the recent window.
		action('long-ago', { ...on('2026-04-30 18:00', '2026-05-01 06:00'), topics: ['leases'] }),
		// Sign-up closed, but the event still happens for those who signed up.
		action('deadline-passed', { ...on('2026-06-05 18:00', '2026-06-05 20:00'), deadline: '2026-05-30' }),
		action('petition', { kind: 'petition', topics: ['leases'] }),
	];
	const context = contextFor(actions);
	const ids = (feed: { events: readonly CalendarEvent[] }) => feed.events.map((entry) => entry.uid.split('@')[0]);

	it('are the upcoming and recent events, soonest first: every event still to come, and those that ended in the last 30 days', () => {
		expect(RECENT_DAYS).toBe(30);
		expect(ids(calendarFeed(context))).toEqual(['last-week', 'happening-now', 'tomorrow', 'deadline-passed', 'next-month']);
	});

	it('are each the very event of its own calendar file: same UID, instants, text and link back', () => {
		const tomorrow = calendarFeed(context).events.find((entry) => entry.uid === 'tomorrow@guild.example.org');
		expect(tomorrow).toEqual(calendarEvent(actions[1]!, context));
		expect(tomorrow!.url).toBe('https://guild.example.org/actions/tomorrow/');
	});

	it('are, for a topic, only that topic\'s events, under the hub\'s and the topic\'s names', () => {
		expect(ids(calendarFeed(context, 'leases'))).toEqual(['tomorrow', 'next-month']);
		expect(ids(calendarFeed(context, 'repairs'))).toEqual(['tomorrow']);
		expect(calendarFeed(context, 'leases').name).toBe('Test Guild · Leases');
		expect(calendarFeed(context)).toMatchObject({ name: 'Test Guild', organizer: 'Test Guild' });
	});

	it('are none for a topic without events, and the calendar is still there', () => {
		const feed = calendarFeed(contextFor([action('petition', { kind: 'petition', topics: ['repairs'] })]), 'repairs');
		expect(feed.events).toEqual([]);
		expect(parseIcs(icsCalendar(feed))).toEqual([]);
	});

	it('belong to a topic of the hub', () => {
		expect(() => calendarFeed(context, 'nope')).toThrow(/not a topic/);
	});
});
