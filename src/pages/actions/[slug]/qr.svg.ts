/** A QR code of every published action's address, for flyers and posters: visits through it say they came from the flyer. */
import type { APIRoute } from 'astro';
import { context, type Entry } from '../../../data/hub.ts';
import { entryPaths } from '../../../data/static-paths.ts';
import { qrSvg } from '../../../share/qr-code.ts';
import { flyerAddress } from '../../../views/share.ts';

export const getStaticPaths = () => entryPaths('actions');

export const GET: APIRoute = async ({ props }) =>
	new Response(await qrSvg(flyerAddress(props.entry as Entry<'actions'>, context)), { headers: { 'Content-Type': 'image/svg+xml' } });
