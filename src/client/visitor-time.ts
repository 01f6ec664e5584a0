/**
 * An event's time on the visitor's own clock, in words, or nothing when their clock reads the same
 * as the event's (another zone name with the same time, such as Winnipeg for Chicago, says nothing
 * new). Pure: the zone is a parameter, so any zone is tested without a browser.
 */

/** The wall clock an ISO 8601 time was written in, `2027-01-16T10:00`: the event's own, since the page writes its offset. */
const writtenClock = (iso: string) => iso.slice(0, 16);

/** The wall clock at a moment in a zone (the visitor's own when undefined), in the same form. */
function clockIn(epochMs: number, timeZone: string | undefined): string {
	const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(epochMs);
	const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((found) => found.type === type)?.value;
	return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/**
 * The ways to say it, most complete first, so a narrow screen can take the first that fits its line:
 * "5:00 – 10:00 PM" for a range, "5:00 PM" for a moment, with the weekday when the visitor's day is
 * not the event's ("Thu, 1:30 – 3:00 AM"), then "5 – 10 PM" where whole hours on a 12-hour clock
 * allow it (on a 24-hour clock "17–22" would not read as times). Empty when the clocks agree.
 */
export function visitorTimes(start: string, end: string | undefined, locale: string, timeZone?: string): string[] {
	const written = end ? [start, end] : [start];
	const moments = written.map(Date.parse);
	if (moments.some(Number.isNaN)) return [];
	const clocks = moments.map((moment) => clockIn(moment, timeZone));
	if (clocks.every((clock, index) => clock === writtenClock(written[index]!))) return [];
	const day = (clock: string) => clock.slice(0, 10);
	const otherDay = clocks.some((clock, index) => day(clock) !== day(written[index]!));
	const hours: Intl.DateTimeFormatOptions = { timeZone, hour: 'numeric', ...(otherDay && { weekday: 'short' }) };
	const formats = [new Intl.DateTimeFormat(locale, { ...hours, minute: '2-digit' })];
	const hoursOnly = new Intl.DateTimeFormat(locale, hours);
	if (clocks.every((clock) => clock.endsWith(':00')) && /h1[12]/.test(hoursOnly.resolvedOptions().hourCycle ?? '')) formats.push(hoursOnly);
	const [from, to] = moments as [number, number | undefined];
	return formats.map((format) => {
		if (to === undefined) return format.format(from);
		// Across the visitor's midnight, formatRange repeats the day's number ("16 Sat, 11:00 PM – 17 Sun…"): the weekdays say enough.
		return day(clocks[0]!) === day(clocks[1]!) ? format.formatRange(from, to) : `${format.format(from)} – ${format.format(to)}`;
	});
}
