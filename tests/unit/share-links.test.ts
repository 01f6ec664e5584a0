/** Every share link decodes back to exactly what was shared, whatever the title, text and URL hold. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/i18n/catalogues.ts';
import { oneLine, withLineBreaks } from '../../src/lib/control-characters.ts';
import { BLUESKY_LIMIT, graphemeCount, postBody, shareLinks, type ShareInput } from '../../src/share/share-links.ts';

/** Text with what breaks naive encoders: emoji, right-to-left scripts, &, #, ?, +, %, quotes, line breaks. */
const tricky = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 60 }),
	fc.constantFrom('Sign & share #now?', 'שלום עולם', 'مرحبا بالعالم', '👩🏽‍🔧 fix it 🔧', '"quotes" and \'apostrophes\'', '100% + more = a=b&c', 'line\nbreak'),
);
const url = fc.webUrl({ withQueryParameters: true, withFragments: false }).map((u) => new URL(u).href);
const hashtag = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,15}$/);
const input = fc.record({
	url,
	title: tricky,
	text: tricky,
	hashtags: fc.array(hashtag, { maxLength: 3 }),
	campaign: fc.option(fc.stringMatching(/^[a-z0-9-]{1,30}$/), { nil: undefined }),
});

const params = (href: string) => new URL(href).searchParams;
const link = (share: ShareInput, id: string) => shareLinks(share, CATALOGUES.en.shareLinks).find((l) => l.id === id)!.href;

/** The URL a network receives: the page's URL, plus this network's campaign parameters when attribution is on. */
function expectedUrl(share: ShareInput, source: string, medium = 'social'): string {
	if (!share.campaign) return share.url;
	const target = new URL(share.url);
	target.searchParams.set('utm_source', source);
	target.searchParams.set('utm_medium', medium);
	target.searchParams.set('utm_campaign', share.campaign);
	return target.href;
}

describe('share links', () => {
	it('decode back exactly, for any input', () => {
		fc.assert(
			fc.property(input, (share) => {
				const u = (id: string, medium?: string) => expectedUrl(share, id, medium);
				expect(params(link(share, 'facebook')).get('u')).toBe(u('facebook'));
				expect(params(link(share, 'linkedin')).get('url')).toBe(u('linkedin'));
				const x = params(link(share, 'x'));
				expect([x.get('text'), x.get('url'), x.get('hashtags') ?? '']).toEqual([share.text, u('x'), share.hashtags.join(',')]);
				expect(params(link(share, 'mastodon')).get('text')).toBe(postBody(share.text, share.hashtags, u('mastodon')));
				const threads = params(link(share, 'threads'));
				expect([threads.get('text'), threads.get('url')]).toEqual([share.text, u('threads')]);
				expect(params(link(share, 'whatsapp')).get('text')).toBe(postBody(share.text, [], u('whatsapp')));
				const telegram = params(link(share, 'telegram'));
				expect([telegram.get('url'), telegram.get('text')]).toEqual([u('telegram'), share.text]);
				const reddit = params(link(share, 'reddit'));
				expect([reddit.get('url'), reddit.get('title'), reddit.get('type')]).toEqual([u('reddit'), share.title, 'LINK']);
				// An email's subject and a text message are one line; an email's line breaks are CRLF.
				const email = params(link(share, 'email'));
				expect([email.get('subject'), email.get('body')]).toEqual([oneLine(share.title), withLineBreaks(`${share.text}\r\n\r\n${u('email', 'email')}`, '\r\n')]);
				expect(params(link(share, 'sms')).get('body')).toBe(oneLine(postBody(share.text, [], u('sms', 'sms'))));
			}),
			{ numRuns: 300 },
		);
	});

	it('keep a Bluesky post within 300 graphemes, shortening the message and never the link', () => {
		fc.assert(
			fc.property(input, fc.string({ unit: 'grapheme', minLength: 250, maxLength: 400 }), (share, long) => {
				const text = params(link({ ...share, text: long }, 'bluesky')).get('text')!;
				const tail = postBody('', share.hashtags, expectedUrl(share, 'bluesky'));
				expect(text.endsWith(tail)).toBe(true);
				if (graphemeCount(tail) < BLUESKY_LIMIT - 10) expect(graphemeCount(text)).toBeLessThanOrEqual(BLUESKY_LIMIT);
			}),
			{ numRuns: 100 },
		);
		const short = { url: 'https://hub.example.org/a/', title: 't', text: 'Sign it', hashtags: ['Fair'], campaign: undefined };
		expect(params(link(short, 'bluesky')).get('text')).toBe('Sign it #Fair https://hub.example.org/a/');
	});

	// Whatever a title or message holds (a bare CR from an old file, a line break, NUL, half a character),
	// a subject or a text message stays one line, an email body's line breaks are all CRLF, and nothing throws.
	it('never carry a bare CR or LF in an email or a text message, whatever they are given', () => {
		const hostile = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.constantFrom('a\rb', 'a\nb', 'a\r\nb', '\r', '\n\r', 'x\u2028y\u0085z', '\ud800', 'Bcc: x\r\nBcc: y'));
		fc.assert(
			fc.property(hostile, hostile, (title, text) => {
				const share = { url: 'https://hub.example.org/a/', title, text, hashtags: [], campaign: 'a' };
				const email = params(link(share, 'email'));
				expect(email.get('subject')).not.toMatch(/[\r\n]/);
				expect(email.get('body')).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
				expect(params(link(share, 'sms')).get('body')).not.toMatch(/[\r\n]/);
				for (const { href } of shareLinks(share, CATALOGUES.en.shareLinks)) expect(href).not.toMatch(/[\r\n]/);
			}),
			{ numRuns: 300 },
		);
	});

	it('never writes + for a space in mailto: and sms: (RFC 6068)', () => {
		const share = { url: 'https://hub.example.org/a/', title: 'Fair leases now', text: 'Sign the pledge', hashtags: [], campaign: undefined };
		expect(link(share, 'email')).toBe('mailto:?subject=Fair%20leases%20now&body=Sign%20the%20pledge%0D%0A%0D%0Ahttps%3A%2F%2Fhub.example.org%2Fa%2F');
		expect(link(share, 'sms')).toBe('sms:?&body=Sign%20the%20pledge%20https%3A%2F%2Fhub.example.org%2Fa%2F');
	});

	it('tags each network\'s link with its own source when attribution is on, and with nothing when it is off', () => {
		const base = { url: 'https://hub.example.org/actions/pledge/', title: 't', text: 'x', hashtags: [] };
		expect(params(link({ ...base, campaign: 'pledge' }, 'facebook')).get('u')).toBe(
			'https://hub.example.org/actions/pledge/?utm_source=facebook&utm_medium=social&utm_campaign=pledge',
		);
		expect(params(link({ ...base, campaign: undefined }, 'facebook')).get('u')).toBe('https://hub.example.org/actions/pledge/');
	});
});
