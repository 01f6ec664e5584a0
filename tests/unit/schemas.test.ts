/** Each schema, fed what organizers write: valid entries pass, and each mistake gets the message they would see. */
import { describe, expect, it } from 'vitest';
import { checkContext, EntryRef } from '../../src/check/check-content.ts';
import { explainIssues } from '../../src/schemas/explain-issue.ts';
import { SCHEMAS, SiteSchema } from '../../src/schemas/index.ts';
import type { CollectionName } from '../../src/schemas/context.ts';

const context = checkContext(['leases', 'repairs']);

function parse(collection: CollectionName, data: Record<string, unknown>) {
	const schema = SCHEMAS[collection](context);
	const result = schema.safeParse(data);
	return {
		data: result.data as Record<string, any> | undefined,
		messages: result.success ? [] : explainIssues(result.error, schema, data).map((issue) => issue.message),
	};
}

const action = {
	title: 'Sign the pledge',
	summary: 'Ask landlords for fair leases.',
	kind: 'petition',
	cta: { url: 'https://petition.example.org/pledge' },
};

describe('actions', () => {
	it('accepts a minimal action and fills in defaults', () => {
		const { data, messages } = parse('actions', action);
		expect(messages).toEqual([]);
		expect(data).toMatchObject({ featured: false, draft: false, hosts: [], topics: [], catalysts: [] });
	});

	it('normalises an event written in local time, and a deadline written as a date to the end of that day', () => {
		const { data } = parse('actions', {
			...action,
			deadline: '2026-12-18',
			event: { start: '2026-12-03 18:30', end: '2026-12-03T20:00', timezone: 'america/chicago', online: 'https://meet.example.org/x' },
		});
		expect(data?.deadline).toBe('2026-12-18T23:59:59');
		expect(data?.event).toMatchObject({ start: '2026-12-03T18:30', end: '2026-12-03T20:00', timezone: 'America/Chicago' });
	});

	it('reads Dates from Astro\'s YAML parser as the wall clock that was written', () => {
		const { data } = parse('actions', { ...action, deadline: new Date('2026-12-18T17:00:00Z') });
		expect(data?.deadline).toBe('2026-12-18T17:00');
	});

	it.each([
		[{ cta: { url: 'javascript:alert(1)' } }, '`cta.url`: `javascript:` links can run code or hide content'],
		[{ cta: { url: 'JaVa\tScRiPt:alert(1)' } }, '`cta.url`: `javascript:` links can run code'],
		[{ cta: { url: 'data:text/html,hi' } }, '`cta.url`: `data:` links can run code'],
		[{ cta: { url: 'www.example.org/sign' } }, '`cta.url`: "www.example.org/sign" has no scheme, so browsers would treat it as a page of this site. Write https://www.example.org/sign.'],
		[{ cta: { url: 'ftp://files.example.org' } }, '`cta.url`: `ftp:` links are not allowed.'],
		[{ kind: 'petiton' }, '`kind`: "petiton" is not one of the choices: did you mean `petition`?'],
		[{ deadline: '2026-02-30' }, '`deadline`: 2026-02-30 is not a real date: February 2026 has 28 days.'],
		[{ deadline: '2026-13-01' }, '`deadline`: 2026-13-01 is not a real date: there is no month 13.'],
		[{ deadline: '2026-12-01 25:00' }, '`deadline`: "2026-12-01 25:00" is not a real time of day.'],
		[{ deadline: 'next Friday' }, '`deadline`: "next Friday" is not a date, or a date and time. Write YYYY-MM-DD, or YYYY-MM-DD HH:MM (24-hour clock), for example 2026-12-03 or 2026-12-03 18:30.'],
		[{ deadline: '2026-12-01 5pm' }, '`deadline`: "2026-12-01 5pm" is not written the way the hub reads times. Write 2026-12-01 17:00: the date, then the time on the 24-hour clock.'],
		[{ event: { start: '2026-12-03 6:30 pm', end: '2026-12-03 20:00', online: 'https://x.example.org' } }, '`event.start`: "2026-12-03 6:30 pm" is not written the way the hub reads times. Write 2026-12-03 18:30:'],
		[{ event: { start: '2026-12-03 18h30', end: '2026-12-03 20:00', online: 'https://x.example.org' } }, '`event.start`: "2026-12-03 18h30" is not written the way the hub reads times. Write 2026-12-03 18:30:'],
		[{ event: { start: '2026-12-03 12am', end: '2026-12-03 20:00', online: 'https://x.example.org' } }, 'Write 2026-12-03 00:00:'],
		[{ event: { start: '6pm', end: '2026-12-03 20:00', online: 'https://x.example.org' } }, '`event.start`: "6pm" has no date. Write the date and the time, as YYYY-MM-DD 18:00 with the day of the event'],
		[{ event: { start: 'tomorrow', end: '2026-12-03 20:00', online: 'https://x.example.org' } }, '`event.start`: "tomorrow" is not a date and time. Write YYYY-MM-DD HH:MM (24-hour clock), for example 2026-12-03 18:30.'],
		[{ deadline: '2026-12-01T17:00:00-06:00' }, '`deadline`: "2026-12-01T17:00:00-06:00" carries a time zone offset. Write the local time (2026-12-01 17:00) and set `timezone`'],
		[
			{ event: { start: '2026-12-03 18:30', end: '2026-12-03 17:00', venue: { name: 'Hall', address: '1 Main St' } } },
			'`event.end`: The event ends (2026-12-03 17:00) before it starts (2026-12-03 18:30).',
		],
		[{ event: { start: '2026-12-03 18:30', end: '2026-12-03 19:00' } }, '`event`: An event needs a place: add `venue`'],
		[
			{ event: { start: '2026-12-03 18:30', end: '2026-12-03 19:00', timezone: 'Mars/Olympus', online: 'https://x.example.org' } },
			'`event.timezone`: "Mars/Olympus" is not a time zone.',
		],
		[{ event: { start: '2026-12-03', end: '2026-12-03 19:00', online: 'https://x.example.org' } }, '`event.start`: "2026-12-03" has no time.'],
		[{ summary: 'x'.repeat(301) }, '`summary`: The summary is 301 characters long; keep it to 300 or fewer.'],
		[{ title: '' }, '`title`: This is empty.'],
		[{ titel: 'Typo' }, 'Unknown field `titel`: did you mean `title`?'],
		[{ event: { start: '2026-12-03 18:30', end: '2026-12-03 20:00', location: { name: 'Hall', address: '1 Main St' } } }, 'Unknown field `location`: did you mean `venue`?'],
		[{ venue: { name: 'Hall', address: '1 Main St' }, event: { start: '2026-12-03 18:30', end: '2026-12-03 20:00', online: 'https://x.example.org' } }, 'Unknown field `venue` here: it is a field of `event`. Did you mean to indent it under `event`, with the other fields of `event`?'],
		[{ topics: ['lease'] }, '`topics`: "lease" is not a topic of this hub (did you mean `leases`?).'],
		[{ catalysts: ['belief'] }, '`catalysts`: "belief" is not a catalyst. Use `expertise`, `passions`, `beliefs` or `situations` (did you mean `beliefs`?).'],
		[{ featured: 'yes' }, '`featured` should be true or false, not "yes".'],
		[{ hosts: 'rosa' }, '`hosts` should be a list, one "- item" per line, not "rosa".'],
		[{ short: 'Rent Pledge!' }, '`short`: "Rent Pledge!" cannot be a short link: use lower-case letters, digits and hyphens, up to 40, such as rent-pledge.'],
	])('refuses %j', (change, message) => {
		const data: Record<string, unknown> = { ...action, ...change };
		if ('titel' in change) delete data.title;
		const { messages } = parse('actions', data);
		expect(messages.join('\n')).toContain(message);
		if ('titel' in change) expect(messages).toHaveLength(1);
	});

	it('says a block that lost its indentation once, where it stands, not again as missing from the block it left', () => {
		const { messages } = parse('actions', { ...action, venue: { name: 'Hall', address: '1 Main St' }, event: { start: '2026-12-03 18:30', end: '2026-12-03 20:00' } });
		expect(messages).toEqual(['Unknown field `venue` here: it is a field of `event`. Did you mean to indent it under `event`, with the other fields of `event`?']);
	});

	it('says a required field is missing', () => {
		const { title: _title, ...rest } = action;
		expect(parse('actions', rest).messages).toEqual(['`title` is missing. Add it: it is required.']);
	});

	it('keeps references as slugs of the right collection', () => {
		const { data } = parse('actions', { ...action, hosts: ['rosa'], stories: ['a-story'], resources: ['kit'] });
		expect(data?.hosts).toEqual([new EntryRef('members', 'rosa')]);
		expect(data?.stories[0]).toMatchObject({ collection: 'stories', id: 'a-story' });
		expect(data?.resources[0]).toMatchObject({ collection: 'resources', id: 'kit' });
	});
});

describe('lines of text', () => {
	const story = { title: 'A win', summary: 'We won.', date: '2026-10-08' };

	it('read a tab as a space, and drop the line break a Windows file leaves at the end', () => {
		expect(parse('stories', { ...story, title: 'A\twin\r\n', summary: 'We won.\n' }).data).toMatchObject({ title: 'A win', summary: 'We won.' });
	});

	it.each([
		['a carriage return', 'Sign the\rpledge', '`title`: There is a carriage return (CR, U+000D) after "Sign the": an invisible character that is not text'],
		['a line break', 'Sign the\npledge', '`title`: There is a line break (LF, U+000A) after "Sign the", but this text is shown on one line'],
		['an escape', '\u001b[2JSign', '`title`: There is an escape character (ESC, U+001B) at its start'],
		['a C1 control', 'Sign\u0085the', '`title`: There is a next-line character (NEL, U+0085) after "Sign"'],
		['a line separator', 'Sign\u2028the', '`title`: There is a line separator (U+2028) after "Sign"'],
		['half a character', 'Sign\ud83d', '`title`: There is half of a character (a lone surrogate, U+D83D) after "Sign"'],
	])('refuse %s, named, with where it is', (_, title, message) => {
		expect(parse('stories', { ...story, title }).messages.join('\n')).toContain(message);
	});

	it('are refused in alt text, labels and addresses too, and links refuse control characters', () => {
		expect(parse('stories', { ...story, cover: { src: './a.jpg', alt: 'A lamp\u0000' } }).messages.join()).toContain('`cover.alt`: There is a null character (NUL, U+0000) after "A lamp"');
		expect(parse('actions', { ...action, cta: { label: 'Sign\u0007', url: 'https://example.org/\u0007' } }).messages).toEqual([
			'`cta.label`: There is a bell character (BEL, U+0007) after "Sign": an invisible character that is not text, which would break calendar files and email subjects. Delete it; in a value between double quotes, look for an escape such as \\r, \\e or \\x07.',
			'`cta.url`: The link holds a bell character (BEL, U+0007), an invisible character that is not part of any address. Retype the link.',
		]);
	});

	it('quote what was written shortened, and name lists rather than print them', () => {
		const messages = parse('actions', { ...action, kind: 'x'.repeat(5000), catalysts: [['a', ['b']]] }).messages;
		expect(messages[0]).toBe(`\`kind\`: "${'x'.repeat(80)}…" (5,000 characters) is not one of the choices. Use \`learn-more\`, \`visit-website\`, \`sign-up\`, \`register\`, \`buy-tickets\`, \`donate\`, \`volunteer\`, \`petition\`, \`pledge\` or \`attend\`.`);
		expect(messages[1]).toMatch(/^`catalysts`: a list is not a catalyst/);
	});
});

describe('stories', () => {
	const story = { title: 'A win', summary: 'We won.', date: '2026-10-08' };
	it('accepts a story and normalises its date', () => {
		expect(parse('stories', story).data?.date).toBe('2026-10-08T00:00');
	});
	it('requires alt text on a cover image', () => {
		expect(parse('stories', { ...story, cover: { src: './a.jpg' } }).messages.join()).toContain('`cover.alt` is missing. Every image needs `alt`');
		expect(parse('stories', { ...story, cover: { src: './a.jpg', alt: ' ' } }).messages.join()).toContain('The alt text is empty.');
	});
});

describe('members', () => {
	const member = { name: 'Rosa', role: 'Owner', bio: 'Runs a store.' };
	it('accepts a spotlight with mailto and tel links', () => {
		const { messages } = parse('members', { ...member, links: [{ label: 'Email', url: 'mailto:rosa@example.org' }, { label: 'Call', url: 'tel:+15555550100' }] });
		expect(messages).toEqual([]);
	});
	it('refuses a malformed fediverse handle and consent without a date', () => {
		const { messages } = parse('members', { ...member, fediverse: 'rosa@social', consent: { how: 'email' } });
		expect(messages).toContain('`fediverse`: Write the handle as @name@instance.social, with both @ signs.');
		expect(messages).toContain('`consent.date` is missing. Write a date as YYYY-MM-DD, for example 2026-12-05.');
	});
});

describe('resources', () => {
	const resource = { title: 'Kit', summary: 'A kit.', kind: 'toolkit', updated: '2026-01-01' };
	it('accepts a resource that is its own body', () => {
		expect(parse('resources', resource).messages).toEqual([]);
	});
	it('refuses both a url and a file', () => {
		expect(parse('resources', { ...resource, url: 'https://example.org/kit', file: '/files/kit.pdf' }).messages).toEqual([
			'`file`: A resource is either an external `url` or a `file` in public/, not both. Remove one.',
		]);
	});
});

describe('site settings', () => {
	const site = { name: 'Guild', tagline: 'Stores together', story: 'We are stores.', url: 'https://guild.example.org', timezone: 'America/Chicago', locale: 'en-us', whyFollow: { beliefs: 'Main Street matters.' } };
	it('accepts settings, canonicalises the locale and defaults the navigation (in the hub\'s language) and the theme', () => {
		const result = SiteSchema().parse(site);
		expect(result.locale).toBe('en-US');
		expect(result.navigation.map((link) => link.label)).toEqual(['Act', 'Stories', 'Members', 'Resources']);
		expect(result.theme).toEqual({ accent: '#1f5f5b' });
	});
	it('refuses an accent colour too light to read, suggesting a darker shade that reads', () => {
		const schema = SiteSchema();
		const bad = { ...site, theme: { accent: '#FFCC00' } };
		const messages = explainIssues(schema.safeParse(bad).error!, schema, bad).map((issue) => issue.message);
		expect(messages).toHaveLength(1);
		expect(messages[0]).toMatch(/^`theme.accent`: The accent #ffcc00 is too light to read on the page \(contrast 1\.\d:1; links and buttons need 4\.5:1\)\. A darker shade of it works: "#[0-9a-f]{6}"\.$/);
		const suggested = /"(#[0-9a-f]{6})"/.exec(messages[0]!)![1]!;
		expect(schema.safeParse({ ...site, theme: { accent: suggested } }).success).toBe(true);
	});
	it('needs at least one answer to "why follow us" and an absolute site address', () => {
		const schema = SiteSchema();
		const bad = { ...site, url: '/relative', whyFollow: {} };
		const result = schema.safeParse(bad);
		const messages = explainIssues(result.error!, schema, bad).map((issue) => issue.message);
		expect(messages).toContain('`whyFollow`: Answer at least one of expertise, passions, beliefs or situations.');
		expect(messages.join()).toContain('"/relative" is not a web address.');
	});
	it('shows 24 cards a page unless told otherwise, and refuses a page size out of bounds in plain words', () => {
		const schema = SiteSchema();
		expect(schema.parse(site).pageSize).toBe(24);
		expect(schema.parse({ ...site, pageSize: 2 }).pageSize).toBe(2);
		const explain = (pageSize: unknown) => explainIssues(schema.safeParse({ ...site, pageSize }).error!, schema, { ...site, pageSize }).map((issue) => issue.message);
		expect(explain(1)).toEqual(['`pageSize`: A page shows at least 2 cards: fewer makes visitors click through page after page.']);
		expect(explain(500)).toEqual(['`pageSize`: A page shows at most 100 cards: more makes the page slow on a phone.']);
		expect(explain(2.5)).toEqual(['`pageSize`: The page size is a whole number of cards, such as 24.']);
		expect(explain('ten')).toEqual(['`pageSize` should be a number, not "ten".']);
	});
});

describe('an event\'s accessibility', () => {
	const inPerson = { start: '2026-12-03 18:30', end: '2026-12-03 20:00', venue: { name: 'Hall', address: '1 Main St' } };
	const online = { start: '2026-12-03 18:30', end: '2026-12-03 20:00', online: 'https://meet.example.org/x' };
	const withAccess = (accessibility: unknown, event: object = inPerson) => parse('actions', { ...action, event: { ...event, accessibility } });

	it('takes any of the features, yes or no, the languages interpreted and notes, trimmed', () => {
		const { data, messages } = withAccess({ stepFree: true, captions: false, interpretation: [' Spanish ', 'ASL'], childcare: true, quietRoom: false, notes: ' Lift at the side door. ' });
		expect(messages).toEqual([]);
		expect(data?.event.accessibility).toEqual({ stepFree: true, captions: false, interpretation: ['Spanish', 'ASL'], childcare: true, quietRoom: false, notes: 'Lift at the side door.' });
		expect(withAccess({ captions: true, interpretation: ['ASL'] }, online).messages).toEqual([]);
	});

	it.each([
		[{ stepfree: true }, ['Unknown field `stepfree`: did you mean `stepFree`?']],
		[{ wheelchair: true }, ['Unknown field `wheelchair`. The fields here are `stepFree`, `captions`, `interpretation`, `childcare`, `quietRoom` or `notes`.']],
		[{ stepFree: 'yes' }, ['`event.accessibility.stepFree` should be true or false, not "yes".']],
		[{ interpretation: 'Spanish' }, ['`event.accessibility.interpretation` should be a list, one "- item" per line, not "Spanish".']],
		[{ interpretation: [] }, ['`event.accessibility.interpretation`: List at least one language, such as [Spanish], or remove the line.']],
		[{ notes: 'x'.repeat(301) }, ['`event.accessibility.notes`: The note is 301 characters long; keep it to 300 or fewer.']],
		[{}, ['`event.accessibility`: This says nothing yet. Add at least one of stepFree, captions, interpretation, childcare, quietRoom or notes, or remove `accessibility`.']],
		[null, ['`event.accessibility` should be a group of fields, indented under it, not nothing.']],
	])('refuses %j with what to write instead', (accessibility, messages) => {
		expect(withAccess(accessibility).messages).toEqual(messages);
	});

	it('refuses what only a venue can offer at an event that has none', () => {
		expect(withAccess({ stepFree: true, quietRoom: false, captions: true }, online).messages).toEqual([
			'`event.accessibility.stepFree`: This describes a venue, and this event has none. Remove the line, or add `venue`.',
			'`event.accessibility.quietRoom`: This describes a venue, and this event has none. Remove the line, or add `venue`.',
		]);
	});
});
