import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_FILE } from '../check/read-site.ts';
import { readYaml } from '../check/yaml-source.ts';
import { SiteSchema, type SiteSettings } from '../schemas/site.ts';

/**
 * Reads `site.yaml` for the pages. The content check has already reported any problem with file and
 * line; this throws only if it is called without that check having passed.
 */
export function loadSiteSettings(contentDir: string): SiteSettings {
	const source = readYaml(readFileSync(join(contentDir, SITE_FILE), 'utf8').replace(/^\uFEFF/, ''));
	const result = SiteSchema().safeParse(source.data ?? {});
	if (!result.success) throw new Error(`${SITE_FILE} is not valid; run \`npm run check\` for the details.`);
	return result.data;
}
