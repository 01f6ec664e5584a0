/**
 * A small test hub for the unit tests of views (what pages, feeds and calendars show), without Astro:
 * its site settings, entries made with the content schemas, and the view context a build of them gives.
 */
import { checkContext } from '../../src/check/check-context.ts';
import { CATALOGUES } from '../../src/i18n/catalogues.ts';
import { actionTiming } from '../../src/model/action-timing.ts';
import { urls } from '../../src/routes/urls.ts';
import { ActionSchema, MemberSchema, ResourceSchema, SiteSchema, StorySchema, type CollectionName } from '../../src/schemas/index.ts';
import type { ActionInput } from '../../src/schemas/action.ts';
import type { SiteSettings } from '../../src/schemas/site.ts';
import type { HubEntry, ViewContext } from '../../src/views/context.ts';

/** The build's "now" in every view test. */
export const NOW = new Date('2026-06-01T12:00:00Z');

export type Published = { [C in CollectionName]?: HubEntry<C>[] };

/** The test guild's settings, with these fields added or replaced (its topics, its share settings). */
export function testSite(fields: Record<string, unknown> = {}): SiteSettings {
	return SiteSchema().parse({
		name: 'Test Guild',
		tagline: 'Stores together',
		story: 'We are stores.',
		url: 'https://guild.example.org',
		timezone: 'America/Chicago',
		locale: 'en-US',
		whyFollow: { beliefs: 'Main Street.' },
		topics: { leases: { name: 'Leases' } },
		...fields,
	});
}

/** Entries of each collection, valid for `site`'s topics, with these fields added or replaced. */
export function entriesFor(site: SiteSettings) {
	const schemaContext = checkContext(Object.keys(site.topics));
	return {
		action: (id: string, fields: Partial<ActionInput> = {}): HubEntry<'actions'> => ({
			id,
			collection: 'actions',
			data: ActionSchema(schemaContext).parse({ title: `Do ${id}`, summary: 'Why.', kind: 'petition', cta: { url: 'https://petition.example.org/x' }, ...fields }),
		}),
		story: (id: string, fields: Record<string, unknown> = {}): HubEntry<'stories'> => ({
			id,
			collection: 'stories',
			data: StorySchema(schemaContext).parse({ title: `Story ${id}`, summary: 'What happened.', date: '2026-05-01', ...fields }),
		}),
		member: (id: string, fields: Record<string, unknown> = {}): HubEntry<'members'> => ({
			id,
			collection: 'members',
			data: MemberSchema(schemaContext).parse({ name: `Rosa ${id}`, role: 'Owner', bio: 'Runs a store.', ...fields }),
		}),
		resource: (id: string, fields: Record<string, unknown> = {}): HubEntry<'resources'> => ({
			id,
			collection: 'resources',
			data: ResourceSchema(schemaContext).parse({ title: 'Checklist', summary: 'A list.', kind: 'checklist', updated: '2026-05-11', ...fields }),
		}),
	};
}

/** The view context of a build of `site` publishing these entries (already in their lists' order). */
export function viewContext(
	site: SiteSettings,
	published: Published = {},
	options: { base?: string; siteUrl?: string; words?: ViewContext['words']; resolve?: ViewContext['resolve']; imageFile?: ViewContext['imageFile'] } = {},
): ViewContext {
	return {
		site,
		words: options.words ?? CATALOGUES.en,
		now: NOW,
		urls: urls({ base: options.base ?? '/', siteUrl: options.siteUrl ?? site.url }),
		timing: (entry) => actionTiming(entry.data, site.timezone, NOW),
		published: (collection) => published[collection] ?? [],
		resolve: options.resolve ?? (() => []),
		imageFile: options.imageFile ?? (() => undefined),
	};
}
