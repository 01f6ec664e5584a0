/** What static hosts are given: the site-wide policy from every page's own, and the headers file. */
import { describe, expect, it } from 'vitest';
import { pagePolicy } from '../../src/hosting/page-policy.ts';
import { CSP_DIRECTIVES, headersFile, unionPolicy } from '../../src/hosting/security-headers.ts';

describe('a page\'s policy', () => {
	it('is read from its meta tag with an HTML parser, entities decoded', () => {
		const html = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-abc=&#39;"></head><body></body></html>`;
		expect(pagePolicy(html)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
	});

	it('is only the one in the head: a policy written into the body does not count', () => {
		expect(pagePolicy('<html><head><title>x</title></head><body><meta http-equiv="content-security-policy" content="script-src *"></body></html>')).toBeUndefined();
		expect(pagePolicy("<html><head><meta content=\"default-src 'none'\" http-equiv='content-security-policy'></head></html>")).toBe("default-src 'none'");
	});
});

describe('the site-wide policy', () => {
	it('allows every hash any page allows, once each, and forbids framing', () => {
		const policy = unionPolicy([
			"default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self' 'sha256-s'",
			"default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'",
		]);
		expect(policy).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s'; frame-ancestors 'none'");
	});

	it('goes to hosts with the headers a meta tag cannot carry, under the base path', () => {
		const file = headersFile(unionPolicy([CSP_DIRECTIVES.join('; ')]), '/tenants/');
		expect(file.split('\n')[1]).toBe('/tenants/*');
		expect(file).toContain("Content-Security-Policy: default-src 'self';");
		expect(file).toContain('X-Frame-Options: DENY');
		expect(file).toContain('X-Content-Type-Options: nosniff');
	});
});
