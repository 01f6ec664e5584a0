/** A topic's calendar to subscribe to, written for every topic, with events or not, so a subscription never breaks. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { context, site } from '../../../data/hub.ts';
import { icsCalendar } from '../../../share/calendar-feed.ts';
import { calendarFeed } from '../../../views/calendar-feed.ts';

export const getStaticPaths = () => Object.keys(site.topics).map((topic) => ({ params: { topic }, props: { topic } }));

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	new Response(icsCalendar(calendarFeed(context, props.topic)), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
