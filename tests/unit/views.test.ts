/** The views: what pages, cards and share previews show of each entry, as pure functions, without Astro. */
import { describe, expect, it } from 'vitest';
import { ImageRef } from '../../src/check/check-context.ts';
import { CATALOGUES } from '../../src/i18n/catalogues.ts';
import { SiteSchema } from '../../src/schemas/index.ts';
import { icsFile } from '../../src/share/calendar.ts';
import { actionDetails, actionFacts, actionPanel, calendarEvent, callToAction, closedNotice } from '../../src/views/action.ts';
import { listCard, shareCard, shareCardAlt, siteShareCard } from '../../src/views/cards.ts';
import { COLLECTION_VIEWS, viewOf } from '../../src/views/collections.ts';
import type { HubEntry, ViewContext } from '../../src/views/context.ts';
import { followPage } from '../../src/views/follow.ts';
import { askIndex } from '../../src/views/people.ts';
import { referencesOf, relatedEntries } from '../../src/views/related.ts';
import { placeholderOf, TONES } from '../../src/views/pictures.ts';
import { embedCard, embedSnippet, EMBED_HEIGHT } from '../../src/views/embed.ts';
import { sharePost } from '../../src/views/share.ts';
import { parseIcs } from '../helpers/decode.ts';
import { entriesFor, testSite, viewContext, type Published } from '../helpers/view-context.ts';

const site = testSite({ share: { hashtags: ['ShopLocal'] } });
const { action, story, member, resource } = entriesFor(site);

/** The same site, with its interface in Spanish. */
const spanishSite = SiteSchema().parse({ ...site, locale: 'es-US', navigation: undefined });

/** A view context for a build of these published entries. */
function contextFor(published: Published = {}, options: { base?: string; siteUrl?: string; spanish?: boolean } = {}): ViewContext {
	return viewContext(options.spanish ? spanishSite : site, published, {
		...options,
		words: options.spanish ? CATALOGUES.es : CATALOGUES.en,
		resolve: (refs) => (refs ?? []).flatMap((ref) => (published[ref.collection] ?? []).filter((entry) => entry.id === ref.id)),
		// As the build does, from the image's own value: here the check's raw path, under a made-up folder.
		imageFile: (src) => (src instanceof ImageRef ? `/hub/content/members/${src.src}` : undefined),
	});
}

const event = { start: '2026-06-20 18:30', end: '2026-06-20 20:00', venue: { name: 'Back room', address: '1 Main St' } };

describe('the call to action', () => {
	it('says the kind\'s verb unless the organizer wrote a label', () => {
		const context = contextFor();
		expect(callToAction(action('a'), context).label).toBe('Sign the petition');
		expect(callToAction(action('b', { kind: 'attend' }), context).label).toBe('RSVP');
		expect(callToAction(action('c', { cta: { url: 'https://x.example.org', label: 'Sign the pledge' } }), context).label).toBe('Sign the pledge');
	});

	it('says a pledge\'s own verb, in the hub\'s language, and the organizer\'s label in any language', () => {
		const pledge = action('p', { kind: 'pledge' });
		expect(callToAction(pledge, contextFor()).label).toBe('Sign the pledge');
		expect(callToAction(pledge, contextFor({}, { spanish: true })).label).toBe('Firma el compromiso');
		expect(callToAction(action('a', { kind: 'attend' }), contextFor({}, { spanish: true })).label).toBe('Confirma tu asistencia');
		expect(callToAction(action('o', { kind: 'pledge', cta: { url: 'https://x.example.org', label: 'Firma ya' } }), contextFor({}, { spanish: true })).label).toBe('Firma ya');
		expect(viewOf(pledge).label(pledge, contextFor())).toBe('Pledge');
		expect(viewOf(pledge).label(pledge, contextFor({}, { spanish: true }))).toBe('Compromiso');
	});

	it('passes the visitor\'s source on to an external tool, and leads to hub pages under the base path', () => {
		const context = contextFor({}, { base: '/hub/', siteUrl: 'https://org.example.io/hub/' });
		expect(callToAction(action('a', { cta: { url: 'https://petition.example.org/x', forwardSource: 'source' } }), context)).toEqual({
			label: 'Sign the petition',
			href: 'https://petition.example.org/x?source=hub',
			external: true,
			forwardSource: 'source',
		});
		expect(callToAction(action('b', { cta: { url: '/resources/kit/', forwardSource: 'source' } }), context)).toEqual({
			label: 'Sign the petition',
			href: '/hub/resources/kit/',
			external: false,
			forwardSource: undefined,
		});
	});
});

describe('the act panel', () => {
	it('offers the button, the calendar, the flyer and the short link while an event is open', () => {
		const panel = actionPanel(action('meetup', { kind: 'attend', event }), contextFor());
		expect(panel.closed).toBeUndefined();
		expect(panel.button?.label).toBe('RSVP');
		expect(panel.calendar).toMatchObject({ file: '/actions/meetup/event.ics', fileName: 'meetup.ics' });
		expect(panel.calendar?.google).toMatch(/^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&text=Do\+meetup&dates=20260620T233000Z%2F20260621T010000Z/);
		expect(panel.flyer).toBe('/actions/meetup/flyer/');
		expect(panel.shortLink).toEqual({ href: '/go/meetup/', text: 'guild.example.org/go/meetup' });
	});

	it('offers no button and no calendar once the event is over, and no join link to a past online event', () => {
		const panel = actionPanel(action('past', { kind: 'attend', event: { start: '2026-05-01 18:00', end: '2026-05-01 19:00', online: 'https://meet.example.org/x' } }), contextFor());
		expect(panel.closed).toBe('event-over');
		expect(panel.button).toBeUndefined();
		expect(panel.calendar).toBeUndefined();
		expect(panel.details.find((row) => row.term === 'Online')).toEqual({ term: 'Online', kind: 'text', text: 'Online event' });
	});

	it('names the event\'s time zone when it is not the site\'s', () => {
		const elsewhere = actionDetails(action('paris', { event: { ...event, timezone: 'Europe/Paris' } }), contextFor(), 'page');
		expect(elsewhere[0]).toMatchObject({ term: 'When', kind: 'range', timeZone: 'Europe/Paris', note: 'Europe/Paris' });
		expect(actionDetails(action('here', { event }), contextFor(), 'page')[0]).toMatchObject({ note: undefined });
	});
});

describe('when and where', () => {
	it('on the page: the address on its own line, the deadline as a deadline until it has passed', () => {
		const rows = actionDetails(action('a', { event, deadline: '2026-06-10' }), contextFor(), 'page');
		expect(rows.map((row) => row.term)).toEqual(['When', 'Where', 'Deadline']);
		expect(rows[1]).toEqual({ term: 'Where', kind: 'lines', lines: ['Back room', '1 Main St'] });
		const closed = actionDetails(action('b', { deadline: '2026-05-10' }), contextFor(), 'page');
		expect(closed).toEqual([expect.objectContaining({ term: 'Closed', kind: 'moment' })]);
	});

	it('on a flyer: one line each, an online event said to be online, the deadline as "By"', () => {
		const rows = actionDetails(action('a', { event, deadline: '2026-06-10' }), contextFor(), 'print');
		expect(rows.map((row) => row.term)).toEqual(['When', 'Where', 'By']);
		expect(rows[1]).toEqual({ term: 'Where', kind: 'text', text: 'Back room, 1 Main St' });
		const online = actionDetails(action('b', { event: { start: '2026-06-20 18:30', end: '2026-06-20 20:00', online: 'https://meet.example.org/x' } }), contextFor(), 'print');
		expect(online[1]).toEqual({ term: 'Where', kind: 'text', text: 'Online' });
	});
});

describe('the calendar entry', () => {
	it('has a stable id from the slug and the site\'s host, and a stamp fixed by the content', () => {
		const entry = calendarEvent(action('meetup', { event, publishDate: '2026-05-02' }), contextFor())!;
		expect(entry.uid).toBe('meetup@guild.example.org');
		expect(entry.location).toBe('Back room, 1 Main St');
		expect(new Date(entry.stamp).toISOString()).toBe('2026-05-02T05:00:00.000Z');
		expect(new Date(calendarEvent(action('x', { event }), contextFor())!.stamp).toISOString()).toBe('2026-06-20T23:30:00.000Z');
		expect(calendarEvent(action('petition'), contextFor())).toBeUndefined();
	});
});

describe('an event\'s accessibility', () => {
	const accessibility = { stepFree: true, captions: false, interpretation: ['Spanish', 'American Sign Language'], childcare: true, quietRoom: true, notes: 'Lift at the side door.' };
	const accessible = (id = 'meetup') => action(id, { kind: 'attend', event: { ...event, accessibility } });
	const lines = ['Step-free access', 'No live captions', 'Interpretation: Spanish and American Sign Language', 'Childcare provided', 'Quiet room', 'Lift at the side door.'];

	it('on the page: a last row, one line per feature, what is not offered said too', () => {
		const rows = actionDetails(accessible(), contextFor(), 'page');
		expect(rows.map((row) => row.term)).toEqual(['When', 'Where', 'Access']);
		expect(rows[2]).toEqual({ term: 'Access', kind: 'lines', lines });
		expect(actionDetails(action('plain', { event }), contextFor(), 'page').map((row) => row.term)).toEqual(['When', 'Where']);
	});

	it('on a flyer: one line', () => {
		expect(actionDetails(accessible(), contextFor(), 'print').at(-1)).toEqual({ term: 'Access', kind: 'text', text: lines.join(' · ') });
	});

	it('in the hub\'s language, the languages joined as that language joins a list', () => {
		const spanish = contextFor({}, { spanish: true });
		expect(actionDetails(accessible(), spanish, 'page').at(-1)).toEqual({
			term: 'Accesibilidad',
			kind: 'lines',
			lines: ['Acceso sin escalones', 'Sin subtítulos en vivo', 'Interpretación: Spanish y American Sign Language', 'Cuidado de niños disponible', 'Sala tranquila', 'Lift at the side door.'],
		});
	});

	it('in the calendar file\'s description, under the summary, as a real calendar parser reads it', () => {
		const [parsed] = parseIcs(icsFile(calendarEvent(accessible(), contextFor())!));
		expect(parsed!.description).toBe(`Why.\n\nAccess:\n${lines.map((line) => `- ${line}`).join('\n')}\n\nhttps://guild.example.org/actions/meetup/`);
		const [plain] = parseIcs(icsFile(calendarEvent(action('plain', { event }), contextFor())!));
		expect(plain!.description).toBe('Why.\n\nhttps://guild.example.org/actions/plain/');
	});
});

describe('the visitor\'s own time', () => {
	it('is offered on the page of an event to come, not on paper, nor once it is over', () => {
		const range = (rows: ReturnType<typeof actionDetails>) => rows.find((row) => row.kind === 'range');
		expect(range(actionDetails(action('a', { event }), contextFor(), 'page'))).toMatchObject({ visitorTime: true });
		expect(range(actionDetails(action('a', { event }), contextFor(), 'print'))).toMatchObject({ visitorTime: false });
		const past = { start: '2026-05-01 18:00', end: '2026-05-01 19:00', online: 'https://meet.example.org/x' };
		expect(range(actionDetails(action('b', { event: past }), contextFor(), 'page'))).toMatchObject({ visitorTime: false });
	});
});

describe('sharing an entry', () => {
	it('posts the title unless the entry has its own message, with the site\'s hashtags and the entry\'s campaign', () => {
		const post = sharePost(action('pledge'), contextFor());
		expect(post.text).toBe('Do pledge');
		expect(post.url).toBe('https://guild.example.org/actions/pledge/');
		const x = new URL(post.links.find((link) => link.id === 'x')!.href);
		expect(x.searchParams.get('hashtags')).toBe('ShopLocal');
		expect(new URL(x.searchParams.get('url')!).searchParams.get('utm_campaign')).toBe('pledge');
		expect(sharePost(story('s', { share: { message: 'Read this' } }), contextFor()).text).toBe('Read this');
	});

	it('carries no campaign when the entry turns it off', () => {
		const post = sharePost(action('quiet', { share: { campaign: false } }), contextFor());
		const whatsapp = decodeURIComponent(post.links.find((link) => link.id === 'whatsapp')!.href);
		expect(whatsapp).toContain('https://guild.example.org/actions/quiet/');
		expect(whatsapp).not.toContain('utm_');
	});
});

describe('what each collection shows', () => {
	const rosa = member('rosa', { leader: true, place: 'Duluth', fediverse: '@rosa@example.social' });
	const context = contextFor({ members: [rosa] });

	it('labels each entry with what kind of thing it is, on list cards and share cards alike', () => {
		for (const entry of [action('a'), action('b', { kind: 'attend', event }), story('s'), rosa, member('tom'), resource('r')]) {
			expect(listCard(entry, context).label).toBe(shareCard(entry, context).eyebrow);
		}
		expect([action('a'), story('s'), rosa, member('tom'), resource('r')].map((entry) => viewOf(entry).label(entry, context))).toEqual([
			'Petition',
			'Story',
			'Community leader',
			'Member spotlight',
			'Checklist',
		]);
	});

	it('gives list cards and share cards the line that matters under the title', () => {
		const meetup = action('meetup', { event });
		expect(listCard(meetup, context).detail).toBe('Saturday, June 20, 2026 at 6:30 PM Central Daylight Time');
		expect(shareCard(meetup, context).facts[0]).toEqual({ text: listCard(meetup, context).detail, icon: 'date' });
		expect(listCard(action('d', { deadline: '2026-06-10 17:00' }), context).detail).toBe('By Wednesday, June 10, 2026 at 5:00 PM Central Daylight Time');
		expect(listCard(rosa, context).detail).toBe('Owner · Duluth');
		expect(shareCard(rosa, context).facts).toEqual([{ text: 'Owner' }]);
		expect(shareCard(resource('r'), context).facts).toEqual([]);
		expect(listCard(resource('r'), context).detail).toBe('Updated May 11, 2026');
		expect(listCard(story('s'), context)).toMatchObject({ href: '/stories/s/', title: 'Story s', summary: 'What happened.', detail: 'May 1, 2026', closed: false });
	});

	it('marks closed actions on their cards', () => {
		const past = action('past', { deadline: '2026-05-01' });
		expect(listCard(past, context).closed).toBe(true);
		expect(shareCard(past, context).closed).toBe(true);
		expect(shareCard(past, context)).toMatchObject({ closed: true, words: { closed: 'Closed' } });
		expect(siteShareCard(context)).toEqual({ eyebrow: 'Stores together', title: 'Test Guild', facts: [], community: 'guild.example.org', words: CATALOGUES.en.card, accent: '#1f5f5b' });
	});

	it('gives an action\'s share card its when, its place and its button\'s words, in the hub\'s language', () => {
		const online = { start: '2026-06-20 18:30', end: '2026-06-20 20:00', online: 'https://meet.example.org/x' };
		const meetup = action('meetup', { kind: 'attend', event });
		expect(shareCard(meetup, context)).toMatchObject({
			facts: [{ text: 'Saturday, June 20, 2026 at 6:30 PM Central Daylight Time', icon: 'date' }, { text: 'Back room', icon: 'place' }],
			action: callToAction(meetup, context).label,
		});
		expect(shareCard(meetup, context).action).toBe('RSVP');
		expect(shareCard(action('call', { kind: 'attend', event: online }), context).facts[1]).toEqual({ text: 'Online', icon: 'place' });
		expect(shareCard(action('call', { kind: 'attend', event: online }), { ...context, words: CATALOGUES.es }).facts[1]).toEqual({ text: 'En línea', icon: 'place' });
		expect(shareCard(action('both', { kind: 'attend', event: { ...event, online: online.online } }), context).facts[1]).toEqual({ text: 'Back room · Online', icon: 'place' });
		expect(shareCard(action('pledge', { cta: { url: 'https://x.example.org', label: 'Sign the pledge' }, deadline: '2026-06-10 17:00' }), context)).toMatchObject({
			facts: [{ text: 'By Wednesday, June 10, 2026 at 5:00 PM Central Daylight Time', icon: 'date' }],
			action: 'Sign the pledge',
		});
		expect(shareCard(action('past', { deadline: '2026-05-01' }), { ...context, words: CATALOGUES.es }).words.closed).toBe('Cerrado');
	});

	it('puts a member\'s photo on their share card in a circle, a story\'s cover and an action\'s image beside the text', () => {
		const photo = { src: 'rosa.jpg', alt: 'Rosa at her counter' };
		expect(shareCard(member('pic', { photo }), context).picture).toEqual({ file: '/hub/content/members/rosa.jpg', shape: 'round' });
		expect(shareCard(story('pic', { cover: photo }), context).picture).toEqual({ file: '/hub/content/members/rosa.jpg', shape: 'side' });
		expect(shareCard(action('pic', { image: photo }), context).picture).toEqual({ file: '/hub/content/members/rosa.jpg', shape: 'side' });
		expect(shareCard(rosa, context).picture).toBeUndefined();
		// An image the build cannot place on disk leaves the card without a picture, not broken.
		expect(shareCard(member('pic', { photo }), { ...context, imageFile: () => undefined }).picture).toBeUndefined();
	});

	it('describes the share card in its alt text: what it says, when and where', () => {
		expect(shareCardAlt(shareCard(action('meetup', { kind: 'attend', event }), context))).toBe('Event: Do meetup — Saturday, June 20, 2026 at 6:30 PM Central Daylight Time · Back room');
		expect(shareCardAlt(shareCard(resource('r'), context))).toBe('Checklist: Checklist');
	});

	it('sorts open actions first, soonest first, then closed ones, most recent first', () => {
		const actions = [action('closed-long-ago', { deadline: '2026-01-01' }), action('later', { deadline: '2026-09-01' }), action('no-date'), action('soon', { deadline: '2026-06-05' }), action('closed-lately', { deadline: '2026-05-20' })];
		const sorted = [...actions].sort((a, b) => COLLECTION_VIEWS.actions.compare(a, b, context)).map((entry) => entry.id);
		expect(sorted).toEqual(['soon', 'later', 'no-date', 'closed-lately', 'closed-long-ago']);
	});

	it('sorts stories newest first, members leaders first then by name, resources freshest first', () => {
		expect([story('old', { date: '2026-01-01' }), story('new', { date: '2026-05-01' })].sort((a, b) => COLLECTION_VIEWS.stories.compare(a, b, context)).map((s) => s.id)).toEqual(['new', 'old']);
		expect([member('b-zed'), member('a-amy'), rosa].sort((a, b) => COLLECTION_VIEWS.members.compare(a, b, context)).map((m) => m.id)).toEqual(['rosa', 'a-amy', 'b-zed']);
	});

	it('describes each page to link previews and search engines as what it is', () => {
		const image = { url: 'https://guild.example.org/cards/x.png', width: 1200, height: 630, type: 'image/png', alt: 'x' };
		const page = { url: 'https://guild.example.org/x/', image };
		const shared = (entry: HubEntry) => viewOf(entry).share(entry, page, context);
		expect(shared(action('meetup', { event })).jsonLd['@type']).toBe('Event');
		expect(shared(action('meetup', { event })).jsonLd).toMatchObject({ startDate: '2026-06-20T18:30:00-05:00', location: { '@type': 'Place', name: 'Back room' } });
		expect(shared(action('pledge')).jsonLd['@type']).toBe('WebPage');
		expect(shared(resource('r')).jsonLd['@type']).toBe('CreativeWork');
		expect(shared(rosa)).toMatchObject({ meta: { type: 'profile' }, jsonLd: { '@type': 'Person', homeLocation: { name: 'Duluth' } } });
		const article = shared(story('s', { authors: ['rosa', 'not-published'], topics: ['leases'] }));
		expect(article.meta).toMatchObject({ type: 'article', article: { publishedTime: '2026-05-01T00:00:00-05:00', authors: ['https://guild.example.org/members/rosa/'], tags: ['Leases'] }, fediverseCreators: ['@rosa@example.social'] });
		expect(article.jsonLd).toMatchObject({ '@type': 'Article', author: [{ '@type': 'Person', name: 'Rosa rosa' }] });
	});
});

describe('the fact line of an action, for the first screen', () => {
	/** Intl puts thin and narrow no-break spaces in times and ranges; compare words, not space widths. */
	const plain = (facts: string[] | undefined) => facts?.map((fact) => fact.replace(/[\u2009\u202f]/g, ' '));
	it('says when, where and by when, each short', () => {
		const context = contextFor();
		expect(plain(actionFacts(action('meetup', { kind: 'attend', event, deadline: '2026-06-18' }), context))).toEqual([
			'Sat, Jun 20, 6:30 – 8:00 PM CDT',
			'Back room',
			'By Thu, Jun 18, 11:59 PM CDT',
		]);
		expect(plain(actionFacts(action('call', { kind: 'attend', event: { start: '2026-06-20 18:30', end: '2026-06-20 20:00', online: 'https://meet.example.org/x' } }), context))).toEqual([
			'Sat, Jun 20, 6:30 – 8:00 PM CDT',
			'Online',
		]);
		expect(plain(actionFacts(action('sign', { deadline: '2026-07-01 17:00' }), context))).toEqual(['By Wed, Jul 1, 5:00 PM CDT']);
		// An action with no time still says it can be done now.
		expect(actionFacts(action('read'), context)).toEqual(['Open now']);
	});

	it('shows on the list card with the button\'s verb and a date tile, and no verb once closed', () => {
		const context = contextFor();
		const open = listCard(action('meetup', { kind: 'attend', event }), context);
		expect({ ...open.action, facts: plain(open.action?.facts) }).toEqual({ facts: ['Sat, Jun 20, 6:30 – 8:00 PM CDT', 'Back room'], cta: 'RSVP', tile: { month: 'Jun', day: '20' } });
		const past = listCard(action('old', { kind: 'attend', event: { ...event, start: '2026-05-20 18:30', end: '2026-05-20 20:00' } }), context);
		expect(past.closed).toBe(true);
		expect(past.action?.cta).toBeUndefined();
	});
});

describe('a closed action', () => {
	const past = { start: '2026-05-20 18:30', end: '2026-05-20 20:00', venue: { name: 'Back room', address: '1 Main St' } };
	it('says since when, offers the next open action on its topics, and the story of what happened', () => {
		const closed = action('old', { kind: 'attend', event: past, topics: ['leases'] });
		const unrelated = action('unrelated', { deadline: '2026-06-10' });
		const related = action('related', { deadline: '2026-06-30', topics: ['leases'] });
		const alsoClosed = action('also-closed', { deadline: '2026-05-01', topics: ['leases'] });
		const told = story('told', { actions: ['old'] });
		const context = contextFor({ actions: [unrelated, related, alsoClosed, closed], stories: [story('other'), told] });
		const notice = closedNotice(closed, context)!;
		expect(notice.reason).toBe('event-over');
		expect(notice.since.local).toBe('2026-05-20T20:00');
		expect(notice.instead?.id).toBe('related');
		expect(notice.story?.id).toBe('told');
	});

	it('falls back to an open action by the same hosts, and says nothing while open', () => {
		const host = { collection: 'members' as const, id: 'rosa' };
		const closed = action('old', { deadline: '2026-05-01', hosts: ['rosa'] });
		const byRosa = action('by-rosa', { deadline: '2026-06-30', hosts: ['rosa'] });
		const context = contextFor({ actions: [byRosa, closed] });
		expect(closed.data.hosts).toEqual([host]);
		expect(closedNotice(closed, context)).toMatchObject({ reason: 'deadline-passed', instead: { id: 'by-rosa' }, story: undefined });
		expect(closedNotice(byRosa, context)).toBeUndefined();
	});
});

describe('an action\'s card on another site', () => {
	const query = (href: string) => Object.fromEntries(new URL(href).searchParams);

	it('opens the full action page, absolute and attributed to the embed, with the call to action\'s words', () => {
		const card = embedCard(action('pledge', { cta: { url: 'https://petition.example.org/x', label: 'Sign the pledge' }, deadline: '2026-06-10' }), contextFor({}, { base: '/hub/' }));
		expect(card.button).toMatchObject({ text: 'Sign the pledge', attributed: true });
		expect(card.button!.href.split('?')[0]).toBe('https://guild.example.org/hub/actions/pledge/');
		expect(query(card.button!.href)).toEqual({ utm_source: 'embed', utm_medium: 'embed', utm_campaign: 'pledge' });
		expect(card).toMatchObject({ kind: 'Petition', title: 'Do pledge', closed: undefined, facts: ['By Wed, Jun 10, 11:59 PM CDT'] });
		expect(card.from.text).toBe('From Test Guild');
		expect(card.from.href.split('?')[0]).toBe('https://guild.example.org/hub/');
	});

	it('of a closed action, has no button and points to an open action like it, or to the open actions', () => {
		const closed = action('closed', { deadline: '2026-05-10', topics: ['leases'] });
		const open = action('open', { topics: ['leases'] });
		const card = embedCard(closed, contextFor({ actions: [closed, open] }));
		expect(card.button).toBeUndefined();
		expect(card.closed).toMatchObject({ reason: 'deadline-passed', next: { text: 'Do open', attributed: true } });
		expect(card.closed!.next.href.split('?')[0]).toBe('https://guild.example.org/actions/open/');
		expect(embedCard(closed, contextFor({ actions: [closed] })).closed!.next).toMatchObject({ text: 'See what you can do now', href: expect.stringMatching(/^https:\/\/guild\.example\.org\/actions\/\?utm_source=embed&/) });
	});

	it('carries the entry\'s own campaign, and no parameters when the entry turns campaigns off', () => {
		expect(query(embedCard(action('a', { share: { campaign: 'spring-drive' } }), contextFor()).button!.href).utm_campaign).toBe('spring-drive');
		const quiet = embedCard(action('quiet', { share: { campaign: false } }), contextFor());
		expect(quiet.button).toMatchObject({ href: 'https://guild.example.org/actions/quiet/', attributed: false });
	});

	it('is put on a page by a plain frame of its absolute address, its title escaped', () => {
		expect(embedSnippet(action('pledge', { title: 'Say "no" & <mean> it' }), contextFor({}, { base: '/hub/' }))).toBe(
			`<iframe src="https://guild.example.org/hub/embed/actions/pledge/" title="Say &quot;no&quot; &amp; &lt;mean&gt; it" width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy"></iframe>`,
		);
	});
});

describe('the placeholder of an entry without a picture', () => {
	it('shows a person\'s initials, a title\'s first letter, in a tone its topic picks', () => {
		expect(placeholderOf(member('rosa', { name: 'Rosa María Delgado' })).initials).toBe('RD');
		expect(placeholderOf(member('cher', { name: 'Cher' })).initials).toBe('C');
		expect(placeholderOf(story('s', { title: '"évidemment" a story' })).initials).toBe('É');
		const [a, b] = [story('a', { topics: ['leases'] }), action('b', { topics: ['leases'] })].map(placeholderOf);
		expect(a!.tone).toBe(b!.tone);
		expect(a!.tone).toBeGreaterThanOrEqual(0);
		expect(a!.tone).toBeLessThan(TONES);
	});
});

describe('in Spanish', () => {
	const rosa = member('rosa', { leader: true });
	const context = contextFor({ members: [rosa] }, { spanish: true });

	it('labels every entry in Spanish, on pages, list cards and share cards', () => {
		expect([action('a'), action('b', { kind: 'attend', event }), story('s'), rosa, member('tom'), resource('r')].map((entry) => viewOf(entry).label(entry, context))).toEqual([
			'Petición',
			'Evento',
			'Historia',
			'Líder de la comunidad',
			'Miembro destacado',
			'Lista de verificación',
		]);
		expect(shareCard(resource('r'), context).eyebrow).toBe('Lista de verificación');
	});

	it('writes dates, deadlines and freshness the Spanish way', () => {
		expect(listCard(action('d', { deadline: '2026-06-10 17:00' }), context).detail).toBe('Hasta el miércoles, 10 de junio de 2026, 5:00 p.m. hora de verano central');
		expect(listCard(resource('r'), context).detail).toBe('Actualizado el 11 de mayo de 2026');
		expect(listCard(story('s'), context).detail).toBe('1 de mayo de 2026');
	});

	it('names the terms of when and where in Spanish, on the page and on the flyer', () => {
		const online = { start: '2026-06-20 18:30', end: '2026-06-20 20:00', online: 'https://meet.example.org/x' };
		expect(actionDetails(action('a', { event, deadline: '2026-06-10' }), context, 'page').map((row) => row.term)).toEqual(['Cuándo', 'Dónde', 'Fecha límite']);
		expect(actionDetails(action('b', { event, deadline: '2026-06-10' }), context, 'print').map((row) => row.term)).toEqual(['Cuándo', 'Dónde', 'Hasta']);
		expect(actionDetails(action('c', { deadline: '2026-05-10' }), context, 'page')).toEqual([expect.objectContaining({ term: 'Cerrada' })]);
		expect(actionDetails(action('d', { event: online }), context, 'page')[1]).toEqual({ term: 'En línea', kind: 'link', href: 'https://meet.example.org/x', text: 'Enlace para unirse' });
		expect(actionDetails(action('e', { event: { ...online, start: '2026-05-01 18:00', end: '2026-05-01 19:00' } }), context, 'page')[1]).toEqual({ term: 'En línea', kind: 'text', text: 'Evento en línea' });
		expect(actionDetails(action('f', { event: online }), context, 'print')[1]).toEqual({ term: 'Dónde', kind: 'text', text: 'En línea' });
	});

	it('names the ways to share that are not a network in Spanish, and the networks by their own names', () => {
		const labels = sharePost(action('a'), context).links.map((link) => link.label);
		expect(labels).toContain('Correo electrónico');
		expect(labels).toContain('Mensaje de texto');
		expect(labels).toContain('WhatsApp');
		expect(sharePost(action('a'), contextFor()).links.find((link) => link.id === 'sms')?.label).toBe('Text message');
	});

	it('links the collections in the default menu by their Spanish titles, unless the organizer wrote one', () => {
		expect(spanishSite.navigation).toEqual([
			{ label: 'Actúa', href: '/actions/' },
			{ label: 'Historias', href: '/stories/' },
			{ label: 'Miembros', href: '/members/' },
			{ label: 'Recursos', href: '/resources/' },
		]);
		expect(site.navigation.map((link) => link.label)).toEqual(['Act', 'Stories', 'Members', 'Resources']);
		const own = [{ label: 'Inicio', href: '/' }];
		expect(SiteSchema().parse({ ...site, locale: 'es-US', navigation: own }).navigation).toEqual(own);
	});
});

describe('the follow page', () => {
	it('offers the calendar as a subscription and a download, a calendar per topic, the feeds and the profiles', () => {
		const page = followPage({ ...contextFor(), site: { ...site, newsletter: 'https://news.example.org/join', social: [{ label: 'Mastodon', url: 'https://m.example.social/@g' }] } });
		expect(page.newsletter).toBe('https://news.example.org/join');
		expect(page.calendar).toEqual({ subscribe: 'webcal://guild.example.org/calendar.ics', download: '/calendar.ics', topics: [{ label: 'Leases', href: 'webcal://guild.example.org/topics/leases/calendar.ics' }] });
		expect(page.feeds).toEqual([
			{ label: 'Everything', href: '/feed.xml' },
			{ label: 'Act', href: '/actions/feed.xml' },
			{ label: 'Stories', href: '/stories/feed.xml' },
			{ label: 'Resources', href: '/resources/feed.xml' },
		]);
		expect(page.profiles).toEqual([{ label: 'Mastodon', href: 'https://m.example.social/@g' }]);
	});

	it('keeps the base path of a project site in every address', () => {
		const page = followPage(contextFor({}, { base: '/hub/', siteUrl: 'https://org.example.io/hub/' }));
		expect(page.calendar.subscribe).toBe('webcal://org.example.io/hub/calendar.ics');
		expect(page.calendar.download).toBe('/hub/calendar.ics');
		expect(page.feeds[0]!.href).toBe('/hub/feed.xml');
	});
});

describe('related entries', () => {
	const open = { deadline: '2026-06-30' };
	it('scores a reference either way above a shared topic above a shared catalyst, and never suggests a closed action', () => {
		const subject = story('subject', { topics: ['leases'], catalysts: ['beliefs'], actions: ['referenced'] });
		const referenced = action('referenced', open);
		const byTopic = resource('by-topic');
		const sameTopic = { ...byTopic, data: { ...byTopic.data, topics: ['leases'] } };
		const sameCatalyst = action('same-catalyst', { ...open, catalysts: ['beliefs'] });
		const closed = action('closed', { deadline: '2026-05-01', topics: ['leases'] });
		const unrelated = story('unrelated');
		const pointsBack = member('points-back');
		const telling = story('telling', { people: ['points-back'] });
		const context = contextFor({ actions: [sameCatalyst, closed, referenced], stories: [unrelated, subject, telling], resources: [sameTopic], members: [pointsBack] });
		expect(relatedEntries(subject, context, [], 10).map((entry) => entry.id)).toEqual(['referenced', 'by-topic', 'same-catalyst']);
		// A member is related to the story that tells of them, by that story's reference.
		expect(relatedEntries(pointsBack, context).map((entry) => entry.id)).toEqual(['telling']);
	});

	it('leaves out what the page already lists, itself, and past the limit', () => {
		const subject = action('subject', { ...open, topics: ['leases'] });
		const others = ['a', 'b', 'c', 'd'].map((id) => action(id, { ...open, topics: ['leases'] }));
		const context = contextFor({ actions: [subject, ...others] });
		expect(relatedEntries(subject, context, [others[0]!]).map((entry) => entry.id)).toEqual(['b', 'c', 'd']);
		expect(relatedEntries(subject, context, [], 2)).toHaveLength(2);
	});

	it('ranks as scoring every entry against every other would, however much a page already lists', () => {
		// A seeded hub of 150 entries with random tags and references; the build ranks from a shared
		// ranking per combination of tags, which must not change a single suggestion.
		let seed = 7;
		const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
		const pick = <T,>(items: readonly T[], most: number) => items.filter(() => random() < most / items.length);
		const tagged = testSite({ topics: Object.fromEntries(['leases', 'freight', 'repairs', 'hiring'].map((slug) => [slug, { name: slug }])) });
		const { action, story, member } = entriesFor(tagged);
		const topics = Object.keys(tagged.topics);
		const catalysts = ['beliefs', 'situations'] as const;
		const members = Array.from({ length: 30 }, (_, i) => member(`m${i}`, { topics: pick(topics, 1.5), catalysts: pick(catalysts, 1) }));
		const actions = Array.from({ length: 60 }, (_, i) =>
			action(`a${i}`, { deadline: random() < 0.2 ? '2026-05-01' : '2026-06-30', topics: pick(topics, 1.5), catalysts: [...pick(catalysts, 1)], hosts: pick(members, 1).map((m) => m.id) }),
		);
		const stories = Array.from({ length: 60 }, (_, i) => story(`s${i}`, { topics: pick(topics, 1.5), people: pick(members, 1.5).map((m) => m.id), actions: pick(actions, 1).map((a) => a.id) }));
		const context = viewContext(tagged, { actions, stories, members });
		const all: HubEntry[] = [...actions, ...stories, ...members];
		const order = ['actions', 'stories', 'resources', 'members'];
		const key = (entry: { collection: string; id: string }) => `${entry.collection}/${entry.id}`;
		const naive = (entry: HubEntry, shown: HubEntry[], limit: number) => {
			const names = (a: HubEntry, b: HubEntry) => referencesOf(a).some((ref) => key(ref) === key(b));
			const common = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x)).length;
			return all
				.filter((c) => key(c) !== key(entry) && !shown.some((s) => key(s) === key(c)) && !(c.collection === 'actions' && context.timing(c).closed))
				.map((c) => ({ c, score: (names(entry, c) || names(c, entry) ? 4 : 0) + 2 * common(c.data.topics, entry.data.topics) + common(c.data.catalysts, entry.data.catalysts) }))
				.filter(({ score }) => score > 0)
				.sort((a, b) => b.score - a.score || order.indexOf(a.c.collection) - order.indexOf(b.c.collection) || all.indexOf(a.c) - all.indexOf(b.c))
				.slice(0, limit)
				.map(({ c }) => key(c));
		};
		for (const entry of all) {
			for (const shown of [[], pick(all, 5), all.slice(0, 100)]) {
				for (const limit of [3, 12]) expect(relatedEntries(entry, context, shown, limit).map(key)).toEqual(naive(entry, shown, limit));
			}
		}
	});
});

describe('who to ask about', () => {
	it('lists every piece of expertise once, alphabetically, with who knows it, leaders first', () => {
		const rosa = member('rosa', { name: 'Rosa', leader: true, expertise: ['Leases', 'Paint departments'] });
		const tom = member('tom', { name: 'Tom', expertise: ['  leases ', 'Bookkeeping'] });
		const ann = member('ann', { name: 'Ann', expertise: [] });
		const lines = askIndex([rosa, tom, ann], 'en-US');
		expect(lines.map((line) => [line.topic, line.people.map((person) => person.id)])).toEqual([
			['Bookkeeping', ['tom']],
			['Leases', ['rosa', 'tom']],
			['Paint departments', ['rosa']],
		]);
	});
});
