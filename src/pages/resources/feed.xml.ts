/** The RSS feed of resources (src/views/feeds.ts says what it carries). */
import type { APIRoute } from 'astro';
import { feedResponse } from '../../data/feeds.ts';

export const GET: APIRoute = () => feedResponse('resources');
