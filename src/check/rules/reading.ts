/**
 * The ids of what the runner finds while reading files, before any rule can run: a file that cannot
 * be read has no data for the rules to check. Every one is an error.
 */
import { MAX_EMPHASIS_MARKS } from '../../source/markdown-limits.ts';
import { MAX_FILE_BYTES } from '../../source/read-text-file.ts';
import { MAX_YAML_VALUES } from '../../source/yaml-aliases.ts';
import { MAX_YAML_DEPTH } from '../../source/yaml-source.ts';
import type { RuleInfo } from './rule.ts';

/** The reading steps, in the order the runner takes them. */
export const READING = {
	siteSettings: { id: 'site-settings', description: 'site.yaml is missing, cannot be read, is not valid YAML, or does not pass the site settings schema.' },
	skippedFile: { id: 'skipped-file', description: 'A file looks like an entry but the build would skip it: a hidden name (.draft.md), an upper-case extension (.MD) or another one (.markdown, .txt).' },
	entryLink: { id: 'entry-link', description: 'An entry is a link to a file outside the content folder, or to nothing.' },
	fileName: { id: 'file-name', description: 'A content file name cannot be a web address (upper case, spaces, punctuation).' },
	duplicateSlug: { id: 'duplicate-slug', description: 'Two files of one collection have the same name, so the same address (say, x.md and x.mdx).' },
	fileSize: { id: 'file-size', description: `A content file is larger than the hub reads (${MAX_FILE_BYTES / 1024} KB).` },
	fileEncoding: { id: 'file-encoding', description: 'A content file is not UTF-8 text (saved as Latin-1, Windows-1252 or UTF-16).' },
	controlCharacter: { id: 'control-character', description: 'A content file holds an invisible control character (NUL, ESC, a lone carriage return…).' },
	frontmatter: { id: 'frontmatter', description: 'The file is empty, or its fields are not between two lines of three dashes (---).' },
	yamlSyntax: { id: 'yaml-syntax', description: 'The fields cannot be read as YAML "name: value" fields: a tab, an unquoted colon, an unclosed quote, a field written twice.' },
	yamlNesting: { id: 'yaml-nesting', description: `The fields are nested more than ${MAX_YAML_DEPTH} levels deep (lists in lists, groups in groups).` },
	yamlAliases: { id: 'yaml-aliases', description: `YAML aliases (&name, *name) repeat each other until the fields would pass ${MAX_YAML_VALUES.toLocaleString('en-US')} values, or never end.` },
	schema: { id: 'schema', description: 'A field is missing, unknown, of the wrong type or an impossible value for its collection\'s schema.' },
	emphasisMarks: { id: 'emphasis-marks', description: `A paragraph of the text has more than ${MAX_EMPHASIS_MARKS.toLocaleString('en-US')} emphasis marks (*, _, ~), which the builder reads very slowly.` },
} as const satisfies Record<string, RuleInfo>;
