/** What static hosts are given: the site-wide policy from every page's own, and the headers file. */
import { describe, expect, it } from 'vitest';
import { pagePolicy } from '../../src/hosting/page-policy.ts';
import { CSP_DIRECTIVES, embedPolicy, headersFile, unionPolicy } from '../../src/hosting/security-headers.ts';
import { paths } from '../../src/routes/paths.ts';
import { cloudflareHeaders, netlifyHeaders, parseHeadersFile } from '../helpers/headers-file.ts';

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

	describe('lets any site frame the action cards, and no other page, on both hosts that read it', () => {
		const policy = unionPolicy([`${CSP_DIRECTIVES.join('; ')}; script-src 'sha256-a'`]);
		const frameAncestors = (csp: string | undefined) => /frame-ancestors ([^;]*)/.exec(csp ?? '')?.[1];
		for (const base of ['/', '/tenants/']) {
			const prefix = base.replace(/\/$/, '');
			const rules = parseHeadersFile(headersFile(policy, base));
			const embed = `${prefix}${paths.embed('fair-lease-pledge')}`;
			const others = [`${prefix}/`, `${prefix}${paths.entry('actions', 'fair-lease-pledge')}`, `${prefix}${paths.flyer('fair-lease-pledge')}`, `${prefix}/embed/`, `${prefix}${paths.files()}kit.pdf`];

			it(`Cloudflare Pages (under ${base}): one policy on a card, allowing any frame, no X-Frame-Options; DENY and 'none' elsewhere`, () => {
				const headers = cloudflareHeaders(rules, embed);
				expect(headers['content-security-policy']).toBe(embedPolicy(policy));
				expect(frameAncestors(headers['content-security-policy'])).toBe('*');
				expect(headers['content-security-policy']!.match(/default-src/g)).toHaveLength(1);
				expect(headers['x-frame-options']).toBeUndefined();
				// Everything else about the card is as strict as any page.
				expect(headers['x-content-type-options']).toBe('nosniff');
				expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
				for (const path of others) {
					const other = cloudflareHeaders(rules, path);
					expect(other['content-security-policy'], path).toBe(policy);
					expect(frameAncestors(other['content-security-policy']), path).toBe("'none'");
					expect(other['x-frame-options'], path).toBe('DENY');
				}
			});

			it(`Netlify (under ${base}): the card's policy replaces the site-wide one, whose frame-ancestors browsers obey over X-Frame-Options`, () => {
				const headers = netlifyHeaders(rules, embed);
				expect(headers['content-security-policy']).toBe(embedPolicy(policy));
				expect(frameAncestors(headers['content-security-policy'])).toBe('*');
				for (const path of others) {
					const other = netlifyHeaders(rules, path);
					expect(frameAncestors(other['content-security-policy']), path).toBe("'none'");
					expect(other['x-frame-options'], path).toBe('DENY');
				}
			});
		}

		it('changes nothing in the card\'s policy but frame-ancestors', () => {
			expect(embedPolicy(policy).replace('frame-ancestors *', "frame-ancestors 'none'")).toBe(policy);
		});
	});
});
