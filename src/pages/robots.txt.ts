/** What crawlers may read (everything), and where the sitemap is. */
import type { APIRoute } from 'astro';
import { absolute, paths } from '../data/urls.ts';
import { robotsTxt } from '../routes/crawlers.ts';

export const GET: APIRoute = () => new Response(robotsTxt(absolute(paths.sitemap())), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
