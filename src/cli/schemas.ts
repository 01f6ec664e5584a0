/**
 * `npm run schemas`: writes what is derived from the schemas' own descriptions, from the very Zod
 * schemas the build uses: the JSON Schema of content/site.yaml for editors (completion, validation
 * and descriptions on hover as you type) and the organizers' field reference, docs/fields.md.
 * Frontmatter schemas for editors come from Astro itself (experimental.contentIntellisense), from
 * the same Zod schemas and so with the same descriptions.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FIELDS_FILE, fieldReference } from '../schemas/field-reference.ts';
import { SITE_SCHEMA_FILE, siteJsonSchema } from '../schemas/json-schema.ts';

for (const [path, text] of [
	[SITE_SCHEMA_FILE, siteJsonSchema()],
	[FIELDS_FILE, fieldReference()],
] as const) {
	const file = join(process.cwd(), path);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, text);
	console.log(`Wrote ${path}`);
}
