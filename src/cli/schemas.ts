/**
 * `npm run schemas`: writes the JSON Schema of content/site.yaml for editors (completion and
 * validation as you type), from the very Zod schema the build uses. Frontmatter schemas come from
 * Astro itself (experimental.contentIntellisense), from the same Zod schemas.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SITE_SCHEMA_FILE, siteJsonSchema } from '../schemas/json-schema.ts';

const file = join(process.cwd(), SITE_SCHEMA_FILE);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, siteJsonSchema());
console.log(`Wrote ${SITE_SCHEMA_FILE}`);
