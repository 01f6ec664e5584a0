/**
 * Checks every content file and the site settings with the very schemas the build uses, and reports
 * every problem at once, each at its file, line and column, with the id of the rule that found it.
 * The build runs it first and refuses to publish when it finds an error.
 *
 * Two phases: reading (file names, frontmatter, YAML, schemas, site.yaml), then the rules of
 * `./rules/` on every entry that could be read, once every slug and address is known.
 */
import { basename, extname, join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { visibility, type Visibility } from '../model/publishing.ts';
import { buildOutputs, entryOutputs, routedEntry, shortLinkNames, type RoutedEntry } from '../routes/outputs.ts';
import { SLUG, slugify } from '../lib/slug.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/context.ts';
import { SCHEMAS } from '../schemas/index.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { actionTiming, type TimedAction } from '../model/action-timing.ts';
import { checkContext } from './check-context.ts';
import type { CheckedEntry, CheckPaths } from './checked-entry.ts';
import { capPerFile, type Diagnostic, readableMessage, sortDiagnostics } from './diagnostic.ts';
import { containedFile } from '../lib/contained-file.ts';
import { listCollectionFiles } from '../source/entry-files.ts';
import { readEntry, type ReadingStep } from '../source/read-entry.ts';
import { readSite } from '../source/read-site.ts';
import type { YamlSource } from '../source/yaml-source.ts';
import { routeTable } from './route-table.ts';
import { checkPublicFolder } from './rules/public-folder.ts';
import { markdownNesting, READING, RULES } from './rules/index.ts';
import { runRules } from './run-rules.ts';

export { checkContext, EntryRef, ImageRef } from './check-context.ts';
export type { CheckedEntry, CheckPaths } from './checked-entry.ts';
export { SITE_FILE } from '../source/read-site.ts';

/** Everything the check found, and what the build needs of what it read. */
export interface CheckResult {
	/** Sorted by file, line and column. */
	diagnostics: Diagnostic[];
	site: SiteSettings | undefined;
	entries: CheckedEntry[];
	/** The valid entries this build publishes, as the routes module needs them. */
	published: RoutedEntry[];
}

/** The rule id of each step of reading an entry's file. */
const STEP_RULES: Record<ReadingStep, string> = {
	'file-size': READING.fileSize.id,
	'file-encoding': READING.fileEncoding.id,
	'control-character': READING.controlCharacter.id,
	frontmatter: READING.frontmatter.id,
	'yaml-syntax': READING.yamlSyntax.id,
	'yaml-nesting': READING.yamlNesting.id,
	'yaml-aliases': READING.yamlAliases.id,
	schema: READING.schema.id,
	// Found on the text before it is parsed, and again on the parsed tree: one rule, one id.
	'markdown-nesting': markdownNesting.id,
	'markdown-emphasis-marks': READING.emphasisMarks.id,
};

/** Said once, after the report, when site.yaml does not load: why no entry was checked. */
export const SITE_FIRST = 'No entry was checked: entries are checked against site.yaml, so fix it first, then check again.';

/** Checks the content folder and the static files it links to. */
export function checkContent(paths: CheckPaths): CheckResult {
	const diagnostics: Diagnostic[] = [];
	const rel = (file: string) => relative(paths.root, file).split(sep).join('/');
	const report = (rule: string, file: string, line: number, column: number, message: string, severity: Diagnostic['severity'] = 'error') =>
		diagnostics.push({ file: rel(file), line, column, message: readableMessage(message), severity, rule });

	const site = readSite(paths.contentDir, (file, line, column, message) => report(READING.siteSettings.id, file, line, column, message), paths.publicDir);
	// Entries are checked against the site's settings (its topics, its time zone): against a site file
	// that did not load, every entry would get false errors that bury the real one. It comes first.
	if (!site) return { diagnostics: sortDiagnostics(diagnostics), site, entries: [], published: [] };
	const context = checkContext(Object.keys(site.topics));
	const schemas = Object.fromEntries(COLLECTIONS.map((name) => [name, SCHEMAS[name](context)])) as Record<CollectionName, z.ZodType>;

	const entries: CheckedEntry[] = [];
	// Slugs of every file, valid or not: a reference to an entry with its own error is not a second error.
	const slugs = new Map<CollectionName, Set<string>>(COLLECTIONS.map((name) => [name, new Set()]));
	const pending: Array<{ entry: CheckedEntry; absolute: string; source: YamlSource; body: string; bodyLine: number }> = [];
	for (const collection of COLLECTIONS) {
		const bySlug = new Map<string, string>();
		const files = listCollectionFiles(join(paths.contentDir, collection));
		for (const { file, reason } of files.skipped) report(READING.skippedFile.id, file, 1, 1, reason);
		for (const absolute of files.entries) {
			const slug = basename(absolute, extname(absolute));
			if (!SLUG.test(slug)) {
				const better = slugify(slug);
				report(READING.fileName.id, absolute, 1, 1, `The file name "${basename(absolute)}" cannot be a web address. Rename it ${better ? `${better}${extname(absolute)}` : 'with lower-case letters, digits and hyphens'}.`);
				continue;
			}
			const first = bySlug.get(slug);
			if (first) {
				report(READING.duplicateSlug.id, absolute, 1, 1, `Two entries of ${collection} have the slug "${slug}": this file and ${rel(first)}. Rename one of them; the file name is the page's address.`);
				continue;
			}
			bySlug.set(slug, absolute);
			slugs.get(collection)!.add(slug);
			// A link that leads out of the content folder, or nowhere, is no entry of the repository.
			const contained = containedFile(absolute, paths.contentDir);
			if (!contained.ok) {
				report(READING.entryLink.id, absolute, 1, 1, `${basename(absolute)} is a link to ${contained.problem === 'missing' ? 'a file that does not exist' : 'a file outside the content folder'}. Put the entry itself in this folder, or remove the link.`);
				continue;
			}
			const checked = readEntry(absolute, schemas[collection], (line, column, message, step) => report(STEP_RULES[step], absolute, line, column, message));
			if (!checked) continue;
			const entry: CheckedEntry = { collection, slug, file: rel(absolute), data: checked.data };
			entries.push(entry);
			pending.push({ entry, absolute, source: checked.source, body: checked.body, bodyLine: checked.bodyLine });
		}
	}

	const now = paths.now ?? new Date();
	const why: Record<Exclude<Visibility, 'published'>, string> = {
		draft: 'is a draft',
		scheduled: 'is scheduled for later',
		'no-consent': 'is a spotlight without recorded consent',
	};
	const shortLinks = new Map<string, string[]>();
	for (const entry of entries) {
		if (entry.collection !== 'actions') continue;
		const short = (entry.data as { short?: string }).short;
		for (const name of shortLinkNames({ slug: entry.slug, short })) shortLinks.set(name, [...(shortLinks.get(name) ?? []), entry.file]);
	}
	const published: RoutedEntry[] = [];
	const unpublished = new Map<string, string>();
	const unpublishedEntries = new Map<string, { why: string; file: string }>();
	for (const entry of entries) {
		const state = visibility({ collection: entry.collection, data: entry.data }, { now, timeZone: site.timezone });
		const closed = entry.collection === 'actions' && Boolean(actionTiming(entry.data as TimedAction, site.timezone, now).closed);
		const routed = routedEntry(entry.collection, entry.slug, entry.data, closed);
		if (state === 'published') published.push(routed);
		else {
			unpublishedEntries.set(`${entry.collection}/${entry.slug}`, { why: why[state], file: entry.file });
			for (const output of entryOutputs(routed)) unpublished.set(output.path, why[state]);
		}
	}
	const outputs = buildOutputs({ entries: published, topics: Object.keys(site.topics), pageSize: site.pageSize });
	const routes = routeTable(outputs, unpublished, paths.publicDir);
	checkPublicFolder(paths.publicDir, outputs, rel, (file, rule, message) => report(rule, file, 1, 1, message));
	for (const read of pending) {
		runRules(RULES, { ...read, site, routes, slugs, shortLinks, unpublished: unpublishedEntries, paths, rel }, (rule, { line, column }, message, severity) => report(rule, read.absolute, line, column, message, severity));
	}
	return { diagnostics: capPerFile(sortDiagnostics(diagnostics)), site, entries, published };
}
