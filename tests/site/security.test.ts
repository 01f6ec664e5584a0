/** The security policy every page runs under, and the headers static hosts are given. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allPages, fileFor, page } from '../helpers/html.ts';
import { SITES } from '../helpers/sites.ts';

const site = SITES.example;
const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));

describe('the Content-Security-Policy', () => {
	it('is on every page, short links included, allows only the hub\'s own hashed scripts (no script file, not even its own), and never unsafe-inline', () => {
		// Pages that search also let their own script load the search index's, and compile its WebAssembly.
		const searching = new Set(['/search/', '/404.html']);
		for (const path of allPages(site)) {
			const policy = page(site, path)('meta[http-equiv="content-security-policy"]').attr('content');
			expect(policy, path).toBeDefined();
			const parsed = directives(policy!);
			expect(parsed.get('default-src'), path).toEqual(["'self'"]);
			expect(parsed.get('object-src'), path).toEqual(["'none'"]);
			const hashes = (values: string[]) => values.filter((v) => !/^'sha256-[A-Za-z0-9+/=]+'$/.test(v));
			expect(hashes(parsed.get('script-src')!).sort(), path).toEqual(searching.has(path) ? ["'report-sample'", "'strict-dynamic'", "'wasm-unsafe-eval'"] : ["'report-sample'"]);
			expect(hashes(parsed.get('style-src')!), path).toEqual(["'self'"]);
		}
	});

	it('goes to static hosts as headers, with the headers a meta tag cannot carry', () => {
		const headers = readFileSync(fileFor(site, '/_headers'), 'utf8');
		expect(headers).toMatch(/^\/\*$/m);
		const policy = /Content-Security-Policy: (.+)/.exec(headers)![1]!;
		expect(policy).not.toContain('unsafe-inline');
		expect(directives(policy).get('frame-ancestors')).toEqual(["'none'"]);
		// The header allows every script a page's own policy allows.
		const pageScripts = directives(page(site, '/actions/winter-meetup/')('meta[http-equiv="content-security-policy"]').attr('content')!).get('script-src')!;
		for (const hash of pageScripts) expect(directives(policy).get('script-src')).toContain(hash);
		expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
		expect(headers).toContain('X-Content-Type-Options: nosniff');
		expect(headers).toMatch(/Permissions-Policy: .*camera=\(\)/);
		expect(headers).toContain('Strict-Transport-Security: max-age=31536000');
		// Downloads are downloads: a file of public/files/ is never shown as a page of the hub.
		expect(headers).toMatch(/^\/files\/\*\n {2}Content-Disposition: attachment\n {2}X-Content-Type-Options: nosniff$/m);
	});
});
