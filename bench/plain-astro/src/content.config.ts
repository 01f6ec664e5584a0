/**
 * The hub's four collections as a plain Astro site reads them: every `*.md` file of the content folder
 * named by `PLAIN_CONTENT_DIR`, with Astro's own glob loader and default ids, and no schema, so that
 * frontmatter is not validated (a picture stays a path; nothing is looked up).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const contentDir = process.env['PLAIN_CONTENT_DIR'];
if (!contentDir) throw new Error('Set PLAIN_CONTENT_DIR to the content folder to build (npm run bench does).');

const markdownIn = (name: string) => defineCollection({ loader: glob({ base: pathToFileURL(resolve(contentDir, name)), pattern: '**/*.md' }) });

export const collections = {
	stories: markdownIn('stories'),
	members: markdownIn('members'),
	resources: markdownIn('resources'),
	actions: markdownIn('actions'),
};
