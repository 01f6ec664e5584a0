/**
 * Serves a built site on localhost as a static host would: files by path, `index.html` for folders,
 * the site's `404.html` for anything else, and the headers of the site's own `_headers` file, so the
 * browser runs pages under the same Content-Security-Policy a real host sends.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

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

/** A `_headers` file's rules, as Netlify and Cloudflare Pages read them: a path pattern, then its indented headers. */
function siteHeaders(dist: string): Array<{ pattern: string; headers: Record<string, string> }> {
	const file = join(dist, '_headers');
	if (!existsSync(file)) return [];
	const rules: Array<{ pattern: string; headers: Record<string, string> }> = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
		if (header && rules.length) rules.at(-1)!.headers[header[1]!] = header[2]!;
		else if (/^\//.test(line)) rules.push({ pattern: line.trim(), headers: {} });
	}
	return rules;
}

/** The headers of every rule whose pattern matches the path (`/*` and `/files/*` match by prefix). */
const headersFor = (rules: ReturnType<typeof siteHeaders>, path: string) =>
	Object.assign({}, ...rules.filter(({ pattern }) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern)).map((rule) => rule.headers));

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
		response.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream', ...headersFor(headers, requested) });
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
