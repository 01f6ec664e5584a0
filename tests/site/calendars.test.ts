/**
 * Calendars to subscribe to, read from the built hubs with a real iCalendar parser (ical.js): every
 * upcoming event is there as its own file has it, nothing unpublished is, and an event keeps its UID
 * and DTSTAMP from one build to the next, so a subscribed calendar updates it instead of adding it twice.
 */
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPublic } from '../../scripts/generate-hub.ts';
import { checkContent } from '../../src/check/check-content.ts';
import { paths } from '../../src/routes/paths.ts';
import { RECENT_DAYS } from '../../src/views/calendar-feed.ts';
import { parseIcs } from '../helpers/decode.ts';
import { ROOT, type SiteBuild } from '../helpers/build-site.ts';
import { publishedActions } from '../helpers/example-actions.ts';
import { fileFor } from '../helpers/html.ts';
import { generatedManifest, SITES } from '../helpers/sites.ts';

const read = (site: { name: string }, path: string) => readFileSync(fileFor(site, path), 'utf8');
const slugs = (ics: string) => parseIcs(ics).map((event) => event.uid.replace(/@.*$/, ''));
/** Each VEVENT's text, by UID (unfolded: a long UID continues on the next line). */
const vevents = (ics: string) => new Map((ics.match(/BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT\r\n/g) ?? []).map((text) => [/^UID:(.*)$/m.exec(text.replace(/\r\n[ \t]/g, ''))![1]!.trim(), text]));
/** The hub's settings, as the content check reads them from `site.yaml`. */
const settingsOf = (site: SiteBuild) => checkContent({ root: ROOT, contentDir: join(ROOT, site.contentDir), publicDir: join(ROOT, 'public'), now: new Date(site.now) }).site!;
const nameOf = (ics: string) => ICAL.design.icalendar.value.text.fromICAL(String(new ICAL.Component(ICAL.parse(ics)).getFirstPropertyValue('name')));

/** What a hub's calendars must hold: its name, address and topics, and the actions it publishes, with their events as instants. */
interface CalendarHub {
	site: SiteBuild;
	name: string;
	url: string;
	/** Topic names by slug. */
	topics: Record<string, string>;
	actions: Array<{ slug: string; topics: readonly string[]; event?: { start: number; end: number } }>;
}

/** A hub of a few files, read with the content check and the hub's own timing of actions. */
function fromContent(site: SiteBuild): CalendarHub {
	const settings = settingsOf(site);
	const actions = publishedActions(site).map(({ slug, data, timing }) => ({ slug, topics: data.topics, ...(timing.event ? { event: { start: timing.event.start.epochMs, end: timing.event.end.epochMs } } : {}) }));
	return { site, name: settings.name, url: settings.url, topics: Object.fromEntries(Object.entries(settings.topics).map(([slug, topic]) => [slug, topic.name])), actions };
}

/** The generated hub, as its generator's manifest says: no code of the hub's involved. */
function fromManifest(site: SiteBuild): CalendarHub {
	const manifest = generatedManifest();
	const actions = manifest.entries.filter((entry) => entry.collection === 'actions' && isPublic(entry)).map(({ slug, topics, event }) => ({ slug, topics, ...(event ? { event } : {}) }));
	return { site, name: manifest.site.name, url: manifest.site.url, topics: manifest.site.topics, actions };
}

describe.each([fromContent(SITES.example), fromContent(SITES.hubJune1), fromContent(SITES.hubJune16), fromManifest(SITES.generated)])('the calendars of $site.name', ({ site, actions, ...settings }) => {
	const now = new Date(site.now).getTime();
	const events = actions.filter((action) => action.event);
	const host = new URL(settings.url).host;
	const hub = read(site, paths.calendarFeed());

	it('hold every upcoming event and those that ended in the last 30 days, soonest first', () => {
		const upcoming = events.filter((action) => action.event!.end > now).map((action) => action.slug);
		expect(upcoming.length).toBeGreaterThan(0);
		expect(slugs(hub)).toEqual(expect.arrayContaining(upcoming));
		const expected = events
			.filter((action) => action.event!.end > now - RECENT_DAYS * 86_400_000)
			.sort((a, b) => a.event!.start - b.event!.start)
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
		for (const [topic, name] of Object.entries(settings.topics)) {
			const ics = read(site, paths.calendarFeed(topic));
			const ofTopic = actions.filter((action) => action.topics.includes(topic)).map((action) => action.slug);
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

describe('the generated hub\'s calendars, built two weeks apart', () => {
	const [first, later] = [SITES.generated, SITES.generatedLater];
	const [before, after] = [vevents(read(first, paths.calendarFeed())), vevents(read(later, paths.calendarFeed()))];
	const { site, entries } = generatedManifest();
	const host = new URL(site.url).host;
	const uid = (slug: string) => `${slug}@${host}`;

	it('give an event in both builds the same UID, the same DTSTAMP and the very same text', () => {
		// Every event published at the first build that has not ended by the second is in both.
		const stillOn = entries.filter((entry) => isPublic(entry) && entry.event && entry.event.end > new Date(later.now).getTime()).map((entry) => uid(entry.slug));
		expect(stillOn.length).toBeGreaterThan(20);
		expect([...before.keys()]).toEqual(expect.arrayContaining(stillOn));
		expect([...after.keys()]).toEqual(expect.arrayContaining(stillOn));
		for (const [id, text] of before) {
			if (!after.has(id)) continue;
			expect(after.get(id), id).toBe(text);
			expect(/^DTSTAMP:.*$/m.exec(after.get(id)!)![0], id).toBe(/^DTSTAMP:.*$/m.exec(text)![0]);
		}
	});

	it('never hold a draft\'s event, in either build', () => {
		const drafts = entries.filter((entry) => entry.status === 'draft' && entry.event).map((entry) => uid(entry.slug));
		expect(drafts.length).toBeGreaterThan(0);
		for (const id of drafts) {
			expect(before.has(id), id).toBe(false);
			expect(after.has(id), id).toBe(false);
		}
	});
});
