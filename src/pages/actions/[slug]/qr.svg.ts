/** A QR code of every published action's address, for flyers and posters. */
import type { APIRoute } from 'astro';
import { entryPaths } from '../../../data/static-paths.ts';
import { absolute, paths } from '../../../data/urls.ts';
import { qrSvg } from '../../../share/qr-code.ts';

export const getStaticPaths = () => entryPaths('actions');

export const GET: APIRoute = async ({ params }) =>
	new Response(await qrSvg(absolute(paths.entry('actions', params.slug!))), { headers: { 'Content-Type': 'image/svg+xml' } });
