/**
 * Writes an event's time on the visitor's own clock into the line the page keeps free for it
 * (`YourTime.astro`), when it differs from the event's. Only an enhancement: the page already says
 * the time and the zone of the place. So that nothing below moves, it takes the most complete
 * wording that fits the kept line; only where none does (the narrowest phones) does it take two.
 */
import { visitorTimes } from './visitor-time.ts';

for (const slot of document.querySelectorAll<HTMLElement>('[data-your-time]')) {
	const time = slot.parentElement?.querySelector<HTMLTimeElement>('time[datetime]');
	const words = slot.dataset.yourTime;
	const line = slot.firstElementChild ?? slot;
	if (!time || !words) continue;
	const kept = slot.offsetHeight;
	for (const text of visitorTimes(time.dateTime, time.dataset.end, document.documentElement.lang)) {
		line.textContent = words.replace('{time}', text);
		if (slot.offsetHeight <= kept) break;
	}
}
