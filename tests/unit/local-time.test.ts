import { describe, expect, it } from 'vitest';
import { actionTiming } from '../../src/model/action-timing.ts';
import { parseNow } from '../../src/settings/environment.ts';
import { formatDateTime, formatDateTimeRange } from '../../src/lib/format-dates.ts';
import { isoWithOffset } from '../../src/lib/local-time.ts';
import { visibility } from '../../src/model/publishing.ts';

/** Intl separates some parts with thin and narrow no-break spaces; compare the words. */
const words = (text: string) => text.replace(/\s+/g, ' ');

describe('wall-clock times in a time zone', () => {
	it('gives the offset in force at that date, across daylight saving time', () => {
		expect(isoWithOffset('2026-07-01T18:30', 'America/Chicago')).toBe('2026-07-01T18:30:00-05:00');
		expect(isoWithOffset('2026-12-01T18:30', 'America/Chicago')).toBe('2026-12-01T18:30:00-06:00');
		expect(isoWithOffset('2026-12-01T18:30', 'Asia/Kolkata')).toBe('2026-12-01T18:30:00+05:30');
	});

	it('formats in the given zone, whatever zone the build machine is in', () => {
		expect(words(formatDateTime('2026-12-18T17:00', 'America/Chicago', 'en-US'))).toBe('Friday, December 18, 2026 at 5:00 PM Central Standard Time');
		expect(words(formatDateTime('2026-12-18T17:00', 'Europe/Paris', 'fr-FR'))).toBe('vendredi 18 décembre 2026 à 17:00 heure normale d’Europe centrale');
		expect(words(formatDateTimeRange('2026-12-03T18:30', '2026-12-03T20:00', 'America/Chicago', 'en-US'))).toBe(
			'Thursday, December 3, 2026, 6:30 – 8:00 PM Central Standard Time',
		);
	});
});

describe('whether an action is open', () => {
	const at = (iso: string) => new Date(iso);
	it('closes at the deadline, read in the site zone', () => {
		const action = { deadline: '2026-12-18T17:00', event: undefined };
		expect(actionTiming(action, 'America/Chicago', at('2026-12-18T22:59:00Z')).closed).toBeUndefined();
		expect(actionTiming(action, 'America/Chicago', at('2026-12-18T23:00:01Z')).closed).toBe('deadline-passed');
	});
	it('closes an event when it ends, read in the event zone', () => {
		const action = { deadline: undefined, event: { start: '2026-12-03T18:30', end: '2026-12-03T20:00', timezone: 'America/Los_Angeles' } };
		const timing = actionTiming(action, 'America/New_York', at('2026-12-04T03:59:00Z'));
		expect(timing.timeZone).toBe('America/Los_Angeles');
		expect(timing.closed).toBeUndefined();
		expect(actionTiming(action, 'America/New_York', at('2026-12-04T04:00:00Z')).closed).toBe('event-over');
	});
	it('stays open with neither deadline nor event', () => {
		expect(actionTiming({ deadline: undefined, event: undefined }, 'UTC', at('2099-01-01T00:00:00Z')).closed).toBeUndefined();
	});
});

describe('what a build publishes', () => {
	const context = { now: new Date('2026-06-01T12:00:00Z'), timeZone: 'America/New_York' };
	it('holds back drafts, future entries and spotlights without consent', () => {
		expect(visibility({ collection: 'stories', data: { draft: true, date: '2026-01-01T00:00' } }, context)).toBe('draft');
		expect(visibility({ collection: 'stories', data: { date: '2026-06-01T09:00' } }, context)).toBe('scheduled');
		expect(visibility({ collection: 'stories', data: { date: '2026-06-01T07:59' } }, context)).toBe('published');
		expect(visibility({ collection: 'members', data: {} }, context)).toBe('no-consent');
		expect(visibility({ collection: 'members', data: { consent: { date: '2026-01-01', how: 'form' } } }, context)).toBe('published');
	});
});

describe('the build\'s "now"', () => {
	it('reads an instant or a date, and refuses anything else', () => {
		expect(parseNow('2026-12-01T09:00:00Z').toISOString()).toBe('2026-12-01T09:00:00.000Z');
		expect(parseNow('2026-12-01').toISOString()).toBe('2026-12-01T00:00:00.000Z');
		expect(parseNow(undefined, () => new Date(0)).getTime()).toBe(0);
		expect(() => parseNow('tomorrow')).toThrow('HUB_NOW="tomorrow" is not a moment.');
		expect(() => parseNow('2026-12-01T09:00')).toThrow('is not a moment');
	});
});
