/** The feed view: which entries the RSS feeds carry, in what order, and each item's fields, without Astro. */
import { describe, expect, it } from 'vitest';
import { absoluteLinks, feedChannel, feedDate, feedEntries, feedItem, mediaContent } from '../../src/views/feeds.ts';
import { entriesFor, testSite, viewContext, type Published } from '../helpers/view-context.ts';

const site = testSite({ topics: { leases: { name: 'Leases and rent' } } });
const made = entriesFor(site);
const action = made.action;
const story = (id: string, date: string, fields: Record<string, unknown> = {}) => made.story(id, { date, ...fields });
const resource = (id: string, updated: string) => made.resource(id, { title: `Checklist ${id}`, updated });
const member = (id: string) => made.member(id);

/** A build publishing these entries (already filtered for drafts and schedules, as the data layer does), in their lists' order. */
const contextFor = (published: Published, options: { base?: string; siteUrl?: string } = {}) => viewContext(site, published, options);

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
