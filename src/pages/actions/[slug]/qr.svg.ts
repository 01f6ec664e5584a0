/** A QR code of every published action's address, for flyers and posters. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { published } from '../../../data/hub.ts';
import { entryUrl } from '../../../data/share.ts';
import { qrSvg } from '../../../share/qr-code.ts';

export const getStaticPaths = (async () => (await published('actions')).map((action) => ({ params: { slug: action.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(await qrSvg(entryUrl('actions', params.slug!)), { headers: { 'Content-Type': 'image/svg+xml' } });
