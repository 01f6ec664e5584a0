/** The feed view: which entries the RSS feeds carry, in what order, and each item's fields, without Astro. */
import { describe, expect, it } from 'vitest';
import { checkContext } from '../../src/check/check-context.ts';
import { CATALOGUES } from '../../src/i18n/catalogues.ts';
import { actionTiming } from '../../src/model/action-timing.ts';
import { urls } from '../../src/routes/urls.ts';
import { ActionSchema, MemberSchema, ResourceSchema, SiteSchema, StorySchema, type CollectionName } from '../../src/schemas/index.ts';
import type { ActionInput } from '../../src/schemas/action.ts';
import type { HubEntry, ViewContext } from '../../src/views/context.ts';
import { absoluteLinks, feedChannel, feedDate, feedEntries, feedItem, mediaContent } from '../../src/views/feeds.ts';

const site = SiteSchema().parse({
	name: 'Test Guild',
	tagline: 'Stores together',
	story: 'We are stores.',
	url: 'https://guild.example.org',
	timezone: 'America/Chicago',
	locale: 'en-US',
	whyFollow: { beliefs: 'Main Street.' },
	topics: { leases: { name: 'Leases and rent' } },
});
const schemaContext = checkContext(Object.keys(site.topics));
const NOW = new Date('2026-06-01T12:00:00Z');

const action = (id: string, fields: Partial<ActionInput> = {}): HubEntry<'actions'> => ({
	id,
	collection: 'actions',
	data: ActionSchema(schemaContext).parse({ title: `Do ${id}`, summary: 'Why.', kind: 'petition', cta: { url: 'https://petition.example.org/x' }, ...fields }),
});
const story = (id: string, date: string, fields: Record<string, unknown> = {}): HubEntry<'stories'> => ({
	id,
	collection: 'stories',
	data: StorySchema(schemaContext).parse({ title: `Story ${id}`, summary: 'What happened.', date, ...fields }),
});
const resource = (id: string, updated: string): HubEntry<'resources'> => ({
	id,
	collection: 'resources',
	data: ResourceSchema(schemaContext).parse({ title: `Checklist ${id}`, summary: 'A list.', kind: 'checklist', updated }),
});
const member = (id: string): HubEntry<'members'> => ({ id, collection: 'members', data: MemberSchema(schemaContext).parse({ name: `Rosa ${id}`, role: 'Owner', bio: 'Runs a store.' }) });

/** A build publishing these entries (already filtered for drafts and schedules, as the data layer does), in their lists' order. */
function contextFor(published: { [C in CollectionName]?: HubEntry<C>[] }, options: { base?: string; siteUrl?: string } = {}): ViewContext {
	return {
		site,
		words: CATALOGUES.en,
		now: NOW,
		urls: urls({ base: options.base ?? '/', siteUrl: options.siteUrl ?? site.url }),
		timing: (entry) => actionTiming(entry.data, site.timezone, NOW),
		published: (collection) => published[collection] ?? [],
		resolve: () => [],
		imageFile: () => undefined,
	};
}

const ids = (entries: ReadonlyArray<{ collection: string; id: string }>) => entries.map((entry) => `${entry.collection}/${entry.id}`);

describe('which entries a feed carries', () => {
	const context = contextFor({
		stories: [story('newer', '2026-05-20'), story('older', '2026-03-01')],
		resources: [resource('kit', '2026-04-10')],
		// In the site's order: open ones, soonest first, then closed ones.
		actions: [action('soon', { deadline: '2026-06-05' }), action('later', { deadline: '2026-07-01', publishDate: '2026-05-25' }), action('closed', { deadline: '2026-05-01', publishDate: '2026-04-01' })],
		members: [member('rosa')],
	});

	it('leaves out closed actions, and lists open ones newest first, the undated in the site\'s order after them', () => {
		expect(ids(feedEntries('actions', context))).toEqual(['actions/later', 'actions/soon']);
	});

	it('carries each collection in its own feed, newest first', () => {
		expect(ids(feedEntries('stories', context))).toEqual(['stories/newer', 'stories/older']);
		expect(ids(feedEntries('resources', context))).toEqual(['resources/kit']);
	});

	it('carries stories, actions and resources in the feed of everything, newest first, but no member and no closed action', () => {
		expect(ids(feedEntries('all', context))).toEqual(['actions/later', 'stories/newer', 'resources/kit', 'stories/older', 'actions/soon']);
	});
});

describe('a feed\'s channel and items', () => {
	const context = contextFor({}, { base: '/hub/', siteUrl: 'https://org.example.io/hub/' });

	it('is named after the site, and each collection feed after its collection too, at absolute addresses under the base path', () => {
		expect(feedChannel('all', context)).toEqual({ title: 'Test Guild', description: 'Stores together', url: 'https://org.example.io/hub/feed.xml', link: 'https://org.example.io/hub/' });
		expect(feedChannel('actions', context)).toEqual({
			title: 'Act · Test Guild',
			description: 'Stores together',
			url: 'https://org.example.io/hub/actions/feed.xml',
			link: 'https://org.example.io/hub/actions/',
		});
	});

	it('gives an item the title, summary, absolute link, date in the site\'s time zone, topics, full text and picture', () => {
		const entry = story('fair-leases', '2026-05-20 09:30', { topics: ['leases'] });
		const picture = { url: 'https://org.example.io/hub/_astro/a.jpg', type: 'image/jpeg', width: 800, height: 600, alt: 'Rosa & "Ben" <at> the door' };
		expect(feedItem(entry, context, { content: '<p>All of it.</p>', picture })).toEqual({
			title: 'Story fair-leases',
			description: 'What happened.',
			link: 'https://org.example.io/hub/stories/fair-leases/',
			pubDate: new Date('2026-05-20T14:30:00Z'),
			categories: ['Leases and rent'],
			content: '<p>All of it.</p>',
			customData: mediaContent(picture),
		});
		expect(mediaContent(picture)).toBe(
			'<media:content url="https://org.example.io/hub/_astro/a.jpg" medium="image" type="image/jpeg" width="800" height="600"><media:description type="plain">Rosa &amp; &quot;Ben&quot; &lt;at&gt; the door</media:description></media:content>',
		);
	});

	it('gives the full text\'s hub links and pictures absolute addresses, and leaves the rest as written', () => {
		const html = '<p>A <a href="/hub/stories/x/" id="user-content-a">hub link</a>, <a href="https://example.org/">another</a>, <a href="#note">a note</a> &amp; <img src="/hub/_astro/p.jpg" alt="A &quot;door&quot;"></p>\n<pre><code>&lt;script&gt;</code></pre>';
		expect(absoluteLinks(html, context)).toBe(
			'<p>A <a href="https://org.example.io/hub/stories/x/" id="user-content-a">hub link</a>, <a href="https://example.org/">another</a>, <a href="#note">a note</a> &amp; <img src="https://org.example.io/hub/_astro/p.jpg" alt="A &quot;door&quot;"></p>\n<pre><code>&lt;script&gt;</code></pre>',
		);
		expect(feedItem(story('s', '2026-05-01'), context, { content: '<a href="/hub/">home</a>' }).content).toBe('<a href="https://org.example.io/hub/">home</a>');
	});

	it('dates a resource by its last update, and an action only when its publish date is written', () => {
		expect(feedDate(resource('kit', '2026-04-10'), context)).toEqual(new Date('2026-04-10T05:00:00Z'));
		expect(feedDate(action('a', { publishDate: '2026-05-25 08:00' }), context)).toEqual(new Date('2026-05-25T13:00:00Z'));
		expect(feedItem(action('b'), context)).not.toHaveProperty('pubDate');
		expect(feedItem(action('b'), context)).not.toHaveProperty('content');
	});
});
