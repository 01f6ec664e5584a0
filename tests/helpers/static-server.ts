/**
 * Serves a built site on localhost as a static host would: files by path, `index.html` for folders,
 * the site's `404.html` for anything else, and the headers of the site's own `_headers` file as
 * Cloudflare Pages applies them (`headers-file.ts`), so the browser runs pages under the same
 * Content-Security-Policy and framing rules a real host sends.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { cloudflareHeaders, parseHeadersFile, type HeaderRule } from './headers-file.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ics': 'text/calendar; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
};

/** The site's own `_headers` file's rules, if it has one. */
function siteHeaders(dist: string): HeaderRule[] {
	const file = join(dist, '_headers');
	return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}

export interface StaticSite {
	url: string;
	close(): Promise<void>;
}

/** Serves `dist`; a site built for a base path (`/tenants/`) is served under it, as its host would. */
export async function serveStatic(dist: string, options: { base?: string } = {}): Promise<StaticSite> {
	const headers = siteHeaders(dist);
	const base = options.base?.replace(/\/$/, '') ?? '';
	const server: Server = createServer((request, response) => {
		const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const path = normalize(base && requested.startsWith(`${base}/`) ? requested.slice(base.length) : requested);
		let file = join(dist, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file) && statSync(file).isFile() && file.startsWith(dist);
		const served = found ? file : join(dist, '404.html');
		response.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream', ...cloudflareHeaders(headers, requested) });
		const body = readFileSync(served);
		response.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
