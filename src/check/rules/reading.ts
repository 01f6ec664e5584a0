/**
 * The ids of what the runner finds while reading files, before any rule can run: a file that cannot
 * be read has no data for the rules to check. Every one is an error.
 */
import type { RuleInfo } from './rule.ts';

/** The reading steps, in the order the runner takes them. */
export const READING = {
	siteSettings: { id: 'site-settings', description: 'site.yaml is missing, is not valid YAML, or does not pass the site settings schema.' },
	fileName: { id: 'file-name', description: 'A content file name cannot be a web address (upper case, spaces, punctuation).' },
	duplicateSlug: { id: 'duplicate-slug', description: 'Two files of one collection have the same name, so the same address (say, x.md and x.mdx).' },
	frontmatter: { id: 'frontmatter', description: 'The file is empty, or its fields are not between two lines of three dashes (---).' },
	yamlSyntax: { id: 'yaml-syntax', description: 'The fields cannot be read as YAML "name: value" fields: a tab, an unquoted colon, an unclosed quote, a field written twice.' },
	schema: { id: 'schema', description: 'A field is missing, unknown, of the wrong type or an impossible value for its collection\'s schema.' },
} as const satisfies Record<string, RuleInfo>;
