/** A calendar file (RFC 5545) for every published event action. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { published, type Entry } from '../../../data/hub.ts';
import { calendarEvent } from '../../../data/share.ts';
import { icsFile } from '../../../share/calendar.ts';

export const getStaticPaths = (async () =>
	(await published('actions')).filter((action) => action.data.event).map((action) => ({ params: { slug: action.id }, props: { action } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const event = calendarEvent((props as { action: Entry<'actions'> }).action)!;
	return new Response(icsFile(event), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
