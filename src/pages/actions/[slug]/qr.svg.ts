/**
 * A QR code of every published action's address, for flyers and posters: visits through it say they
 * came from the flyer. As the dev server serves it; a build makes them all beside the pages instead
 * (src/data/file-outputs.ts), so this route has no pages of its own in a build.
 */
import type { APIRoute } from 'astro';
import settings from 'virtual:community-hub/settings';
import { context, type Entry } from '../../../data/hub.ts';
import { entryPaths } from '../../../data/static-paths.ts';
import { qrSvg } from '../../../share/qr-code.ts';
import { flyerAddress } from '../../../views/share.ts';

export const getStaticPaths = () => (settings.preview ? entryPaths('actions') : []);

export const GET: APIRoute = async ({ props }) =>
	new Response(await qrSvg(flyerAddress(props.entry as Entry<'actions'>, context)), { headers: { 'Content-Type': 'image/svg+xml' } });
