/**
 * `npm run new -- action "Sign the pledge"` (or event, story, member, resource): writes a new, valid
 * entry (a draft) from the title, and refuses to overwrite an existing file. It opens nothing and
 * touches no other file. Without a kind, or with one it does not know, it lists the kinds.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { slugify } from '../lib/slug.ts';
import { readEnvironment } from '../settings/environment.ts';
import { readSite } from '../source/read-site.ts';
import { eventTemplate, TEMPLATES, type TemplateInput } from '../scaffold/templates.ts';
import { orList, suggest } from '../lib/suggest.ts';
import type { CollectionName } from '../schemas/context.ts';

/** What `npm run new` writes: each kind's folder, template, and what it is, in one line. */
const KINDS: Record<string, { collection: CollectionName; template: (input: TemplateInput) => string; what: string }> = {
	action: { collection: 'actions', template: TEMPLATES.actions, what: 'one thing to do, with one button: sign, register, donate, volunteer…' },
	event: { collection: 'actions', template: eventTemplate, what: 'an action at a time and place: it has an event: block (start, end, venue)' },
	story: { collection: 'stories', template: TEMPLATES.stories, what: 'the community told through its events, wins and people' },
	member: { collection: 'members', template: TEMPLATES.members, what: 'a spotlight on a member: who they are, what they know, how to reach them' },
	resource: { collection: 'resources', template: TEMPLATES.resources, what: 'a guide, toolkit, template or recording the community shares' },
};

/** The folder names work too: `npm run new -- stories "…"`. */
const ALIASES: Record<string, string> = { actions: 'action', events: 'event', stories: 'story', members: 'member', resources: 'resource' };

const width = Math.max(...Object.keys(KINDS).map((name) => name.length));
const USAGE = [
	'Usage: npm run new -- <kind> "Title or name"',
	'',
	'Kinds:',
	...Object.entries(KINDS).map(([name, { collection, what }]) => `  ${name.padEnd(width)}  ${what} (content/${collection}/)`),
	'',
	'For example: npm run new -- event "Winter meetup"',
	'Every field is described in docs/fields.md.',
].join('\n');

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

const [given, ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
const name = given?.toLowerCase();
const kind = name ? KINDS[ALIASES[name] ?? name] : undefined;
if (given && !kind) {
	const close = suggest(given.toLowerCase(), Object.keys(KINDS));
	fail(`"${given}" is not a kind of entry${close.length ? ` (did you mean ${orList(close)}?)` : ''}.\n\n${USAGE}`);
}
if (!kind || !title) fail(USAGE);
const slug = slugify(title);
if (!slug) fail(`"${title}" has no letters or digits to make a file name from. Use a title with some.`);

const env = readEnvironment();
// Without valid settings the template still works; `npm run check` explains the settings' problem.
const site = readSite(env.contentDir, () => undefined);
const topics = Object.keys(site?.topics ?? {});
const today = Temporal.Now.plainDateISO(site?.timezone ?? 'UTC').toString();

const dir = join(env.contentDir, kind.collection);
const file = join(dir, `${slug}.md`);
const shown = relative(env.root, file);
if (existsSync(file) || existsSync(file.replace(/\.md$/, '.mdx'))) {
	fail(`${shown} already exists, and nothing was changed. Edit that file, or choose another title.`);
}
mkdirSync(dir, { recursive: true });
writeFileSync(file, kind.template({ title, today, topics, timezone: site?.timezone }), { flag: 'wx' });
console.log(`Wrote ${shown} (a draft).
Fill in the fields, run \`npm run check\`, then set \`draft: false\` to publish it.`);
