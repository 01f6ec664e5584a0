/**
 * Dates and times as organizers write them: wall-clock values in a named time zone.
 *
 * Frontmatter holds local values (`2026-12-03 18:30`), never offsets; the zone comes from the entry
 * or the site. Values are normalised to ISO strings (`2026-12-03T18:30`) so they survive Astro's data
 * store, and turned into instants only here, with Temporal, so every page agrees on what a time means.
 */
import { Temporal } from 'temporal-polyfill';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DATE_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const OFFSET = /(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * YAML 1.1 parsers (the one Astro reads frontmatter with) turn unquoted timestamps into Dates in UTC,
 * and a timestamp without an offset means "UTC" to them. We read the UTC fields back as the wall clock
 * the organizer wrote. Offsets are refused by the content check, which sees the raw text first.
 */
function fromYamlDate(date: Date): string {
	if (Number.isNaN(date.getTime())) return 'invalid';
	const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
	const h = date.getUTCHours(), m = date.getUTCMinutes(), s = date.getUTCSeconds();
	if (h === 0 && m === 0 && s === 0) return day;
	return `${day}T${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}`;
}

function checkCalendarDate(year: number, month: number, day: number, written: string): Parsed<string> {
	if (month < 1 || month > 12) {
		return { ok: false, message: `${written} is not a real date: there is no month ${month}. Write YYYY-MM-DD, with the month from 01 to 12.` };
	}
	const days = Temporal.PlainYearMonth.from({ year, month }).daysInMonth;
	if (day < 1 || day > days) {
		const last = `${pad(year, 4)}-${pad(month)}-${pad(days)}`;
		return { ok: false, message: `${written} is not a real date: ${MONTHS[month - 1]} ${year} has ${days} days. Write a day that exists, such as ${last}.` };
	}
	return { ok: true, value: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** A calendar date, `YYYY-MM-DD`. */
export function parseLocalDate(input: unknown): Parsed<string> {
	const text = input instanceof Date ? fromYamlDate(input).slice(0, 10) : typeof input === 'string' ? input.trim() : undefined;
	if (text === undefined) return { ok: false, message: 'Expected a date written as YYYY-MM-DD, for example 2026-12-05.' };
	const match = DATE.exec(text);
	if (!match) {
		return { ok: false, message: `"${text}" is not a date. Write it as YYYY-MM-DD, for example 2026-12-05.` };
	}
	return checkCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]), text);
}

export interface DateTimeOptions {
	/** What a date without a time means: the start of that day, its end (a deadline), or an error. */
	dateOnly: 'start-of-day' | 'end-of-day' | 'reject';
}

/** A time as people write it: `6pm`, `6:30 pm`, `6.30 p.m.`, `18h30`, `18h`, `18.30`, after a date or alone. */
const INFORMAL_TIME = /^(?:(\d{4}-\d{1,2}-\d{1,2})[\sTt]+(?:at\s+)?)?(\d{1,2})(?:([:.h])(\d{2}))?\s*(a\.?m\.?|p\.?m\.?|h)?$/i;

/**
 * The 24-hour reading of a time written another way, with its date when one was written; undefined
 * when the text is no such time (or is already `HH:MM` without a date, which says nothing new).
 */
export function informalTime(text: string): { date: string | undefined; hour: number; minute: number } | undefined {
	const match = INFORMAL_TIME.exec(text.trim());
	if (!match) return undefined;
	const [, date, hours, separator, minutes, suffix] = match;
	const meridiem = suffix && /^[ap]/i.test(suffix) ? suffix[0]!.toLowerCase() : undefined;
	// `18:30` alone is only a time: leave it to the general message. `6pm`, `18h30`, `18.30` are times written another way.
	if (!meridiem && separator !== 'h' && separator !== '.' && suffix?.toLowerCase() !== 'h') return undefined;
	let hour = Number(hours);
	const minute = Number(minutes ?? 0);
	if (minute > 59) return undefined;
	if (meridiem) {
		if (hour < 1 || hour > 12) return undefined;
		hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
	} else if (hour > 23) return undefined;
	const day = date && DATE.exec(date);
	return { date: day ? `${day[1]}-${pad(Number(day[2]))}-${pad(Number(day[3]))}` : undefined, hour, minute };
}

/** A wall-clock date and time, `YYYY-MM-DD HH:mm`, normalised to `YYYY-MM-DDTHH:mm[:ss]`. */
export function parseLocalDateTime(input: unknown, options: DateTimeOptions): Parsed<string> {
	const text = input instanceof Date ? fromYamlDate(input) : typeof input === 'string' ? input.trim() : undefined;
	const example = 'for example 2026-12-03 18:30';
	if (text === undefined) return { ok: false, message: `Expected a date and time written as YYYY-MM-DD HH:MM, ${example}.` };
	if (OFFSET.test(text) && /\d[Tt\s]\d/.test(text)) {
		const local = text.replace(OFFSET, '').replace(/[Tt]/, ' ').replace(/:00$/, '');
		return {
			ok: false,
			message: `"${text}" carries a time zone offset. Write the local time (${local}) and set \`timezone\` to the place's time zone instead.`,
		};
	}
	const dateOnly = DATE.exec(text);
	if (dateOnly) {
		if (options.dateOnly === 'reject') {
			return { ok: false, message: `"${text}" has no time. Write the date and time as YYYY-MM-DD HH:MM, ${example}.` };
		}
		const date = checkCalendarDate(Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3]), text);
		if (!date.ok) return date;
		return { ok: true, value: `${date.value}T${options.dateOnly === 'end-of-day' ? '23:59:59' : '00:00'}` };
	}
	const match = DATE_TIME.exec(text);
	if (!match) {
		const informal = informalTime(text);
		if (informal) {
			const fix = `${informal.date ?? 'YYYY-MM-DD'} ${pad(informal.hour)}:${pad(informal.minute)}`;
			return informal.date
				? { ok: false, message: `"${text}" is not written the way the hub reads times. Write ${fix}: the date, then the time on the 24-hour clock.` }
				: { ok: false, message: `"${text}" has no date. Write the date and the time, as ${fix} with the day of the event (YYYY-MM-DD HH:MM, 24-hour clock).` };
		}
		const wanted = options.dateOnly === 'reject' ? 'a date and time. Write YYYY-MM-DD HH:MM (24-hour clock)' : 'a date, or a date and time. Write YYYY-MM-DD, or YYYY-MM-DD HH:MM (24-hour clock)';
		return { ok: false, message: `"${text}" is not ${wanted}, ${options.dateOnly === 'reject' ? example : 'for example 2026-12-03 or 2026-12-03 18:30'}.` };
	}
	const date = checkCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]), text);
	if (!date.ok) return date;
	const [hour, minute, second] = [Number(match[4]), Number(match[5]), Number(match[6] ?? 0)];
	if (hour > 23 || minute > 59 || second > 59) {
		return { ok: false, message: `"${text}" is not a real time of day. Use the 24-hour clock, from 00:00 to 23:59.` };
	}
	return { ok: true, value: `${date.value}T${pad(hour)}:${pad(minute)}${second ? `:${pad(second)}` : ''}` };
}

const moments = new Map<string, Temporal.ZonedDateTime>();

/**
 * The moment a wall-clock value names in a time zone. In the hour skipped or repeated by a daylight
 * saving change, we take the earlier reading, as calendars do.
 */
export function zoned(local: string, timeZone: string): Temporal.ZonedDateTime {
	// Pages ask for the same few moments again and again (every list an event is in); Temporal's objects never change.
	const key = `${local}|${timeZone}`;
	let known = moments.get(key);
	if (!known) {
		const plain = local.length <= 10 ? Temporal.PlainDate.from(local).toPlainDateTime() : Temporal.PlainDateTime.from(local);
		moments.set(key, (known = plain.toZonedDateTime(timeZone, { disambiguation: 'compatible' })));
	}
	return known;
}

/** Milliseconds since the epoch, for comparisons with "now". */
export function epochMs(local: string, timeZone: string): number {
	return zoned(local, timeZone).epochMilliseconds;
}

/** An ISO 8601 string with the offset in force then (`2026-12-03T18:30:00-06:00`), for `<time datetime>`. */
export function isoWithOffset(local: string, timeZone: string): string {
	return zoned(local, timeZone).toString({ timeZoneName: 'never', smallestUnit: 'second' });
}
