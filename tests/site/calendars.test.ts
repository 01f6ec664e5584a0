/**
 * Calendars to subscribe to, read from the built hubs with a real iCalendar parser (ical.js): every
 * upcoming event is there as its own file has it, nothing unpublished is, and an event keeps its UID
 * and DTSTAMP from one build to the next, so a subscribed calendar updates it instead of adding it twice.
 */
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { paths } from '../../src/routes/paths.ts';
import { RECENT_DAYS } from '../../src/views/calendar-feed.ts';
import { parseIcs } from '../helpers/decode.ts';
import { ROOT, type SiteBuild } from '../helpers/build-site.ts';
import { publishedActions } from '../helpers/example-actions.ts';
import { fileFor } from '../helpers/html.ts';
import { SITES } from '../helpers/sites.ts';

const read = (site: { name: string }, path: string) => readFileSync(fileFor(site, path), 'utf8');
const slugs = (ics: string) => parseIcs(ics).map((event) => event.uid.replace(/@.*$/, ''));
/** Each VEVENT's text, by UID. */
const vevents = (ics: string) => new Map((ics.match(/BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT\r\n/g) ?? []).map((text) => [/^UID:(.*)$/m.exec(text)![1]!.trim(), text]));
/** The hub's settings, as the content check reads them from `site.yaml`. */
const settingsOf = (site: SiteBuild) => checkContent({ root: ROOT, contentDir: join(ROOT, site.contentDir), publicDir: join(ROOT, 'public'), now: new Date(site.now) }).site!;
const nameOf = (ics: string) => ICAL.design.icalendar.value.text.fromICAL(String(new ICAL.Component(ICAL.parse(ics)).getFirstPropertyValue('name')));

describe.each([SITES.example, SITES.hubJune1, SITES.hubJune16])('the calendars of $name', (site) => {
	const now = new Date(site.now).getTime();
	const settings = settingsOf(site);
	const actions = publishedActions(site);
	const events = actions.filter((action) => action.timing.event);
	const host = new URL(settings.url).host;
	const hub = read(site, paths.calendarFeed());

	it('hold every upcoming event and those that ended in the last 30 days, soonest first', () => {
		const upcoming = events.filter((action) => action.timing.event!.end.epochMs > now).map((action) => action.slug);
		expect(upcoming.length).toBeGreaterThan(0);
		expect(slugs(hub)).toEqual(expect.arrayContaining(upcoming));
		const expected = events
			.filter((action) => action.timing.event!.end.epochMs > now - RECENT_DAYS * 86_400_000)
			.sort((a, b) => a.timing.event!.start.epochMs - b.timing.event!.start.epochMs)
			.map((action) => action.slug);
		expect(slugs(hub)).toEqual(expected);
	});

	it('hold each event as its own calendar file does, at UTC instants, with the link back to its page', () => {
		for (const event of parseIcs(hub)) {
			const slug = event.uid.replace(/@.*$/, '');
			expect(event.uid).toBe(`${slug}@${host}`);
			expect(event.url).toBe(`https://${host}${paths.entry('actions', slug)}`);
			expect([event]).toEqual(parseIcs(read(site, paths.calendar(slug))));
			expect(vevents(hub).get(event.uid)).toBe(vevents(read(site, paths.calendar(slug))).get(event.uid));
		}
		for (const line of hub.split('\r\n').filter((line) => /^(DTSTART|DTEND|DTSTAMP)/.test(line))) expect(line).toMatch(/^DT(START|END|STAMP):\d{8}T\d{6}Z$/);
	});

	it('hold, for each topic, exactly that topic\'s events, and exist for a topic without any', () => {
		for (const [topic, { name }] of Object.entries(settings.topics)) {
			const ics = read(site, paths.calendarFeed(topic));
			const ofTopic = actions.filter((action) => action.data.topics.includes(topic)).map((action) => action.slug);
			expect(slugs(ics), topic).toEqual(slugs(hub).filter((slug) => ofTopic.includes(slug)));
			expect(nameOf(ics)).toBe(`${settings.name} · ${name}`);
		}
	});

	it('are named after the hub and refreshed daily', () => {
		const calendar = new ICAL.Component(ICAL.parse(hub));
		expect(nameOf(hub)).toBe(settings.name);
		expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('P1D');
		expect(String(calendar.getFirstPropertyValue('x-published-ttl'))).toBe('P1D');
	});
});

describe('the fixture hub\'s calendars as of June 1 and June 16', () => {
	const [june1, june16] = [read(SITES.hubJune1, paths.calendarFeed()), read(SITES.hubJune16, paths.calendarFeed())];

	it('never hold drafts, nor scheduled events before their date, nor events long over', () => {
		expect(slugs(june1)).toEqual(['past-event', 'upcoming-event']);
		expect(slugs(june16)).toEqual(['past-event', 'upcoming-event', 'scheduled-event']);
		expect(slugs(read(SITES.hubJune1, paths.calendarFeed('housing')))).toEqual([]);
		expect(slugs(read(SITES.hubJune16, paths.calendarFeed('housing')))).toEqual(['scheduled-event']);
		expect(slugs(read(SITES.hubJune16, paths.calendarFeed('organizing')))).toEqual(['upcoming-event']);
		expect(nameOf(read(SITES.hubJune1, paths.calendarFeed('housing')))).toBe('Fixture Tenants Union · Housing');
	});

	it('give an event in both builds the same UID, the same DTSTAMP and the very same text', () => {
		const [before, after] = [vevents(june1), vevents(june16)];
		expect([...before.keys()]).toEqual(['past-event@fixture.example.org', 'upcoming-event@fixture.example.org']);
		for (const [uid, text] of before) {
			expect(after.get(uid), uid).toBe(text);
			expect(parseIcs(june16).find((event) => event.uid === uid)!.stamp).toBe(parseIcs(june1).find((event) => event.uid === uid)!.stamp);
		}
	});
});
