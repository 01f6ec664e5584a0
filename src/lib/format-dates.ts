/**
 * Human-readable dates for pages. Always formatted in an explicit time zone, so the built HTML never
 * depends on the build machine's zone, and never relative ("3 days left"), so nothing goes stale
 * between builds.
 */
import { dateTimeFormat } from './intl-formats.ts';
import { zoned } from './local-time.ts';

/** "Thursday, December 3, 2026" for a calendar date. */
export function formatDate(localDate: string, locale: string): string {
	const [year, month, day] = localDate.slice(0, 10).split('-').map(Number) as [number, number, number];
	return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}

const withTime = (timeZone: string): Intl.DateTimeFormatOptions => ({
	timeZone,
	weekday: 'long',
	year: 'numeric',
	month: 'long',
	day: 'numeric',
	hour: 'numeric',
	minute: '2-digit',
	timeZoneName: 'long',
});

/** "Friday, December 18, 2026 at 11:59 PM Central Standard Time". */
export function formatDateTime(local: string, timeZone: string, locale: string): string {
	return dateTimeFormat(locale, withTime(timeZone)).format(zoned(local, timeZone).epochMilliseconds);
}

/** The zone's long name at that moment ("Central Standard Time"), which changes with daylight saving time. */
export function timeZoneName(local: string, timeZone: string, locale: string): string {
	const parts = dateTimeFormat(locale, { timeZone, timeZoneName: 'long' }).formatToParts(zoned(local, timeZone).epochMilliseconds);
	return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * "Thursday, December 3, 2026, 6:30 – 8:30 PM Central Standard Time": one date when start and end
 * share it. Intl shortens zone names in ranges ("CST"), so the long name is added here.
 */
export function formatDateTimeRange(start: string, end: string, timeZone: string, locale: string): string {
	const { timeZoneName: _omit, ...options } = withTime(timeZone);
	const range = dateTimeFormat(locale, options).formatRange(zoned(start, timeZone).epochMilliseconds, zoned(end, timeZone).epochMilliseconds);
	return `${range} ${timeZoneName(start, timeZone, locale)}`;
}

const short = (timeZone: string): Intl.DateTimeFormatOptions => ({ timeZone, weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

/** The zone's short name at that moment ("CST", or "GMT-6" where the language has no abbreviation). */
function shortZone(local: string, timeZone: string, locale: string): string {
	const parts = dateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(zoned(local, timeZone).epochMilliseconds);
	return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** "Sat, Jan 16, 10:00 AM – 3:00 PM CST": an event in one glance, for fact lines and cards. */
export function formatShortRange(start: string, end: string, timeZone: string, locale: string): string {
	const range = dateTimeFormat(locale, short(timeZone)).formatRange(zoned(start, timeZone).epochMilliseconds, zoned(end, timeZone).epochMilliseconds);
	return `${range} ${shortZone(start, timeZone, locale)}`;
}

/** "Fri, Dec 18, 5:00 PM CST": a moment in one glance. */
export function formatShortDateTime(local: string, timeZone: string, locale: string): string {
	return `${dateTimeFormat(locale, short(timeZone)).format(zoned(local, timeZone).epochMilliseconds)} ${shortZone(local, timeZone, locale)}`;
}

/** The month and day of a moment, for a calendar-page tile ("Jan", "16"). */
export function dateTile(local: string, timeZone: string, locale: string): { month: string; day: string } {
	const at = zoned(local, timeZone).epochMilliseconds;
	return {
		month: dateTimeFormat(locale, { timeZone, month: 'short' }).format(at).replace(/\.$/, ''),
		day: dateTimeFormat(locale, { timeZone, day: 'numeric' }).format(at),
	};
}
