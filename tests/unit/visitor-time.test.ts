/** An event's time on the visitor's own clock (src/client/visitor-time.ts), for visitors in zones around the world. */
import { describe, expect, it } from 'vitest';
import { visitorTimes } from '../../src/client/visitor-time.ts';

/** The most complete wording, spaces plain (Intl writes thin and narrow no-break ones: "5:00\u2009–\u200910:00\u202fPM"). */
const visitorTime = (...args: Parameters<typeof visitorTimes>) => shorter(...args)[0];
const shorter = (...args: Parameters<typeof visitorTimes>) => visitorTimes(...args).map((text) => text.replace(/[\u2009\u202f]/g, ' '));

// The winter meetup in Duluth (10:00 to 15:00, Central Standard Time) and the bookkeeping evening (18:30 to 20:00).
const meetup = ['2027-01-16T10:00:00-06:00', '2027-01-16T15:00:00-06:00'] as const;
const evening = ['2026-12-09T18:30:00-06:00', '2026-12-09T20:00:00-06:00'] as const;

describe('the visitor\'s own time', () => {
	it('is the range on their clock, in the page\'s language', () => {
		expect(visitorTime(...meetup, 'en-US', 'Europe/Berlin')).toBe('5:00 – 10:00 PM');
		expect(visitorTime(...meetup, 'en-US', 'America/Los_Angeles')).toBe('8:00 AM – 1:00 PM');
		expect(visitorTime(...meetup, 'es-ES', 'Europe/Madrid')).toBe('17:00–22:00');
	});

	it('names the day when theirs is not the event\'s', () => {
		expect(visitorTime(...evening, 'en-US', 'Europe/Berlin')).toBe('Thu, 1:30 – 3:00 AM');
		expect(visitorTime(...evening, 'es-US', 'Europe/Berlin')).toBe('jue, 1:30–3:00 a.m.');
		// Across the visitor's midnight: each end with its day.
		expect(visitorTime('2027-01-16T08:00:00-06:00', '2027-01-16T10:00:00-06:00', 'en-US', 'Asia/Tokyo')).toBe('Sat 11:00 PM – Sun 1:00 AM');
	});

	it('can be said shorter on a 12-hour clock, for whole hours only', () => {
		expect(shorter(...meetup, 'en-US', 'Europe/Berlin')).toEqual(['5:00 – 10:00 PM', '5 – 10 PM']);
		expect(shorter(...meetup, 'es-US', 'Europe/Berlin')).toEqual(['5:00–10:00 p.m.', '5–10 p.m.']);
		expect(shorter(...meetup, 'es-ES', 'Europe/Berlin')).toEqual(['17:00–22:00']);
		expect(shorter(...evening, 'en-US', 'Europe/Berlin')).toEqual(['Thu, 1:30 – 3:00 AM']);
	});

	it('is one time for a moment', () => {
		expect(visitorTime('2027-01-16T10:00:00-06:00', undefined, 'en-US', 'Europe/London')).toBe('4:00 PM');
	});

	it('is nothing where their clock reads the same, whatever the zone is called', () => {
		expect(visitorTime(...meetup, 'en-US', 'America/Chicago')).toBeUndefined();
		expect(visitorTime(...meetup, 'en-US', 'America/Winnipeg')).toBeUndefined();
		// In summer Chicago is at -05:00, like Bogotá all year.
		expect(visitorTime('2026-07-01T10:00:00-05:00', '2026-07-01T11:00:00-05:00', 'en-US', 'America/Bogota')).toBeUndefined();
		expect(visitorTime('2026-07-01T10:00:00-05:00', '2026-07-01T11:00:00-05:00', 'en-US', 'America/Denver')).toBe('9:00 – 10:00 AM');
	});

	it('is nothing for a time it cannot read', () => {
		expect(visitorTime('next Friday', undefined, 'en-US', 'Europe/Berlin')).toBeUndefined();
	});
});
