/**
 * `npm run new -- action "Sign the pledge"`: writes a new, valid entry (a draft) from the title, and
 * refuses to overwrite an existing file. It opens nothing and touches no other file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { slugify } from '../lib/slug.ts';
import { readEnvironment } from '../settings/environment.ts';
import { readSite } from '../source/read-site.ts';
import { TEMPLATES } from '../scaffold/templates.ts';
import type { CollectionName } from '../schemas/context.ts';

const KINDS: Record<string, CollectionName> = {
	action: 'actions',
	actions: 'actions',
	story: 'stories',
	stories: 'stories',
	member: 'members',
	members: 'members',
	resource: 'resources',
	resources: 'resources',
};

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

const [kind, ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
const collection = kind ? KINDS[kind.toLowerCase()] : undefined;
if (!collection || !title) {
	fail('Usage: npm run new -- <action|story|member|resource> "Title or name"\nFor example: npm run new -- action "Sign the pledge"');
}
const slug = slugify(title);
if (!slug) fail(`"${title}" has no letters or digits to make a file name from. Use a title with some.`);

const env = readEnvironment();
// Without valid settings the template still works; `npm run check` explains the settings' problem.
const site = readSite(env.contentDir, () => undefined);
const topics = Object.keys(site?.topics ?? {});
const today = Temporal.Now.plainDateISO(site?.timezone ?? 'UTC').toString();

const dir = join(env.contentDir, collection);
const file = join(dir, `${slug}.md`);
const shown = relative(env.root, file);
if (existsSync(file) || existsSync(file.replace(/\.md$/, '.mdx'))) {
	fail(`${shown} already exists, and nothing was changed. Edit that file, or choose another title.`);
}
mkdirSync(dir, { recursive: true });
writeFileSync(file, TEMPLATES[collection]({ title, today, topics }), { flag: 'wx' });
console.log(`Wrote ${shown} (a draft).
Fill in the fields, run \`npm run check\`, then set \`draft: false\` to publish it.`);
