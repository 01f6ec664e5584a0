/**
 * A calendar file (RFC 5545) for every published event action, as the dev server serves it; a build
 * writes them all beside the pages instead (src/data/file-outputs.ts), so this route has no pages of
 * its own in a build.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import settings from 'virtual:community-hub/settings';
import { context } from '../../../data/hub.ts';
import { entryPaths } from '../../../data/static-paths.ts';
import { icsFile } from '../../../share/calendar.ts';
import { calendarEvent } from '../../../views/action.ts';

export const getStaticPaths = () => (settings.preview ? entryPaths('actions', (action) => action.data.event !== undefined) : []);

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
	const event = calendarEvent(props.entry, context)!;
	return new Response(icsFile(event), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
