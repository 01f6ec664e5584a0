import { z } from 'astro/zod';
import { SiteSchema } from './site.ts';

/** Where editors find it (see .vscode/settings.json). */
export const SITE_SCHEMA_FILE = '.vscode/schemas/site.schema.json';

/** The site settings' JSON Schema, as editors read it: what an organizer may write (the input side). */
export function siteJsonSchema(): string {
	const schema = z.toJSONSchema(SiteSchema(), { io: 'input', unrepresentable: 'any', target: 'draft-7' });
	return `${JSON.stringify({ ...schema, title: 'Community Hub site settings (content/site.yaml)' }, null, '\t')}\n`;
}
