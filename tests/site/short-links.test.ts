/**
 * Short links as a member pastes them: an action's own `short` (the example's pledge has `short:
 * leases`) and its file name both lead to it, preview exactly as the action (its Open Graph and
 * Twitter tags), are valid pages under the hub's policy, and the flyer and the share bar offer the
 * chosen one.
 */
import { describe, expect, it } from 'vitest';
import { page } from '../helpers/html.ts';
import { SITES } from '../helpers/sites.ts';

const site = SITES.example;
const ACTION = '/actions/fair-lease-pledge/';
const previewTags = (path: string) => {
	const $ = page(site, path);
	return Object.fromEntries($('meta[property^="og:"], meta[name^="twitter:"]').map((_, tag) => [[$(tag).attr('property') ?? $(tag).attr('name'), $(tag).attr('content')]]).get() as Array<[string, string]>);
};

describe.each(['/go/leases/', '/go/fair-lease-pledge/'])('the short link %s', (path) => {
	it('previews exactly as the action does, names the action as canonical and is never indexed', () => {
		const tags = previewTags(path);
		expect(tags['og:url']).toBe(`https://guild.example.org${ACTION}`);
		expect(tags).toEqual(previewTags(ACTION));
		const $ = page(site, path);
		expect($('link[rel=canonical]').attr('href')).toBe(`https://guild.example.org${ACTION}`);
		expect($('meta[name=robots]').attr('content')).toBe('noindex');
	});

	it('sends the visitor on at once, and shows the link to follow where a browser does not', () => {
		const $ = page(site, path);
		expect($('meta[http-equiv=refresh]').attr('content')).toBe(`0; url=${ACTION}`);
		expect($('main a').attr('href')).toBe(ACTION);
		expect($('main a').text()).toBe('Sign the pledge for fair commercial leases on Main Street');
		expect($('html').attr('lang')).toBe('en-US');
		expect($('meta[http-equiv="content-security-policy"]').attr('content')).toContain("default-src 'self'");
	});
});

describe('the chosen short link', () => {
	it('is the one the flyer prints, the action\'s panel shows and the share bar copies', () => {
		expect(page(site, `${ACTION}flyer/`)('.short-link').text()).toBe('guild.example.org/go/leases');
		const $ = page(site, ACTION);
		expect($('.act-panel a[href="/go/leases/"]').text()).toBe('guild.example.org/go/leases');
		expect($('[data-share-bar] [data-link-field]').attr('value')).toBe('https://guild.example.org/go/leases/');
		// The networks are still handed the action's own address.
		expect($('[data-share-bar]').attr('data-url')).toBe(`https://guild.example.org${ACTION}`);
	});

	it('is a real redirect on hosts that read _redirects, beside the file name\'s', () => {
		const redirects = page(site, '/_redirects').text();
		expect(redirects).toContain('/go/leases /actions/fair-lease-pledge/ 301');
		expect(redirects).toContain('/go/fair-lease-pledge/ /actions/fair-lease-pledge/ 301');
	});
});
