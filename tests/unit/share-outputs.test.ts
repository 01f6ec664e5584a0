/** Calendar files, QR codes and structured data, checked with real parsers (share cards: share-cards.test.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { googleCalendarUrl, icsFile } from '../../src/share/calendar.ts';
import { qrSvg } from '../../src/share/qr-code.ts';
import { serializeJsonLd } from '../../src/share/structured-data.ts';
import { oneLine, withLineBreaks } from '../../src/lib/control-characters.ts';
import { epochMs } from '../../src/lib/local-time.ts';
import { decodeQrSvg, parseIcs } from '../helpers/decode.ts';

const event = {
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

describe('calendar files', () => {
	it('parse with a real iCalendar parser to the right instants and text', () => {
		const [parsed, ...rest] = parseIcs(icsFile(event));
		expect(rest).toEqual([]);
		expect(parsed).toMatchObject({
			uid: event.uid,
			summary: event.title,
			location: event.location,
			start: '2027-01-16T16:00:00.000Z',
			end: '2027-01-16T21:00:00.000Z',
		});
		expect(parsed!.description).toBe(`${event.description}\n\n${event.url}`);
	});

	it('are the same in every build of the same content', () => {
		expect(icsFile(event)).toBe(icsFile({ ...event }));
	});

	// A bare CR or LF inside a value would end an .ics property early; RFC 5545 lines end with CRLF only.
	it('end every line with CRLF and nowhere else, and parse, whatever the text holds', () => {
		const hostile = fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.constantFrom('a\rb', 'a\nb', 'a\r\nb', '\r', 'x\u2028y\u0085z', 'half \ud800', 'DESCRIPTION:x\r\nEND:VEVENT', ';,\\'));
		fc.assert(
			fc.property(hostile, hostile, hostile, fc.option(hostile, { nil: undefined }), (title, description, organizer, location) => {
				const ics = icsFile({ ...event, title: `T${title}`, description, organizer, location });
				expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
				const [parsed, ...rest] = parseIcs(ics);
				expect(rest).toEqual([]);
				expect(parsed!.summary).toBe(oneLine(`T${title}`));
				expect(parsed!.description).toBe(withLineBreaks(`${description}\n\n${event.url}`, '\n'));
				const google = new URL(googleCalendarUrl({ ...event, title, description, location }, 'America/Chicago')).searchParams;
				expect(google.get('text')).not.toMatch(/[\r\n]/);
				expect(google.get('location') ?? '').not.toMatch(/[\r\n]/);
				expect(google.get('details')).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
			}),
			{ numRuns: 300 },
		);
	});

	it('come with a Google Calendar link in UTC and the event zone', () => {
		const url = new URL(googleCalendarUrl(event, 'America/Chicago'));
		expect(url.searchParams.get('dates')).toBe('20270116T160000Z/20270116T210000Z');
		expect(url.searchParams.get('ctz')).toBe('America/Chicago');
		expect(url.searchParams.get('text')).toBe(event.title);
	});
});

describe('QR codes', () => {
	it('decode back to the URL', async () => {
		const url = 'https://guild.example.org/actions/fair-lease-pledge/';
		expect(await decodeQrSvg(await qrSvg(url))).toBe(url);
	});
});

describe('JSON-LD', () => {
	it('cannot be broken out of by any content, and parses back to the same data', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.constantFrom('</script><script>alert(1)</script>', '<!--', '"\'&<>', '\u2028\u2029')), (title) => {
				const json = serializeJsonLd({ '@type': 'Article', headline: title });
				expect(json).not.toMatch(/<|>/);
				expect(JSON.parse(json)).toEqual({ '@type': 'Article', headline: title });
			}),
		);
	});
});
