/**
 * When an action happens and whether it is still open, as of the build's "now". Pages print
 * absolute dates only; whether an action is closed is decided here, once, at build time.
 */
import type { ActionData } from '../schemas/action.ts';
import { epochMs, isoWithOffset } from '../lib/local-time.ts';

export interface Moment {
	/** The wall-clock value as written (`2026-12-03T18:30`). */
	local: string;
	/** ISO 8601 with offset, for `<time datetime>`. */
	iso: string;
	epochMs: number;
}

export interface ActionTiming {
	/** The zone the action's times are read and shown in. */
	timeZone: string;
	deadline: Moment | undefined;
	event: { start: Moment; end: Moment } | undefined;
	/** Why the action no longer takes part, or undefined while it is open. */
	closed: 'deadline-passed' | 'event-over' | undefined;
	/** The moment that matters most for sorting: the deadline or the event start. */
	sortKey: number;
}

export type TimedAction = Pick<ActionData, 'deadline' | 'event'>;

export function actionTiming(action: TimedAction, siteTimeZone: string, now: Date): ActionTiming {
	const timeZone = action.event?.timezone ?? siteTimeZone;
	const moment = (local: string): Moment => ({ local, iso: isoWithOffset(local, timeZone), epochMs: epochMs(local, timeZone) });
	const deadline = action.deadline ? moment(action.deadline) : undefined;
	const event = action.event ? { start: moment(action.event.start), end: moment(action.event.end) } : undefined;
	const at = now.getTime();
	const closed = event && event.end.epochMs <= at ? 'event-over' : deadline && deadline.epochMs < at ? 'deadline-passed' : undefined;
	return { timeZone, deadline, event, closed, sortKey: event?.start.epochMs ?? deadline?.epochMs ?? Number.MAX_SAFE_INTEGER };
}
