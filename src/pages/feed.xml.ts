/** The RSS feed of everything the hub publishes as news: stories, actions and resources. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../data/feeds.ts';

export const GET: APIRoute = () => feedResponse('all');
