/** The calendar to subscribe to: every upcoming and recent event of the hub (see `views/calendar-feed.ts`). */
import type { APIRoute } from 'astro';
import { context } from '../data/hub.ts';
import { icsCalendar } from '../share/calendar-feed.ts';
import { calendarFeed } from '../views/calendar-feed.ts';

export const GET: APIRoute = () => new Response(icsCalendar(calendarFeed(context)), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
