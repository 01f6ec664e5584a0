import { z } from 'astro/zod';
import type { CollectionName } from './context.ts';
import { documentationContext } from './field-reference.ts';
import { SCHEMAS } from './index.ts';
import { SiteSchema } from './site.ts';

/** Where editors find it (see .vscode/settings.json). */
export const SITE_SCHEMA_FILE = '.vscode/schemas/site.schema.json';

const OPTIONS = { io: 'input', unrepresentable: 'any', target: 'draft-7' } as const;

/**
 * The site settings' JSON Schema, as editors read it: what an organizer may write (the input side),
 * each field with its description, shown on hover.
 */
export function siteJsonSchema(): string {
	const schema = z.toJSONSchema(SiteSchema(), OPTIONS);
	return `${JSON.stringify({ ...schema, title: 'Community Hub site settings (content/site.yaml)' }, null, '\t')}\n`;
}

/**
 * A collection's frontmatter JSON Schema, as Astro writes it for editors (experimental.contentIntellisense,
 * into .astro/collections/): images and references as the paths and file names an organizer writes.
 */
export function collectionJsonSchema(collection: CollectionName): Record<string, unknown> {
	return z.toJSONSchema(SCHEMAS[collection](documentationContext()), OPTIONS) as Record<string, unknown>;
}
