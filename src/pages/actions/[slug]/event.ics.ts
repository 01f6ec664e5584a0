/** A calendar file (RFC 5545) for every published event action. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { context } from '../../../data/hub.ts';
import { entryPaths } from '../../../data/static-paths.ts';
import { icsFile } from '../../../share/calendar.ts';
import { calendarEvent } from '../../../views/action.ts';

export const getStaticPaths = () => entryPaths('actions', (action) => action.data.event !== undefined);

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
	const event = calendarEvent(props.entry, context)!;
	return new Response(icsFile(event), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
