/**
 * Checks every content file and the site settings with the very schemas the build uses, and reports
 * every problem at once, each at its file, line and column. The build runs it first and refuses to
 * publish when it finds an error.
 */
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { z } from 'astro/zod';
import { isFile } from '../lib/is-file.ts';
import { visibility, type Visibility } from '../model/publishing.ts';
import { buildOutputs, entryOutputs, routedEntry, type RoutedEntry } from '../routes/outputs.ts';
import { SLUG, slugify } from '../lib/slug.ts';
import { orList, suggest } from '../lib/suggest.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/context.ts';
import { SCHEMAS } from '../schemas/index.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { checkBody } from './body-checks.ts';
import { checkContext, EntryRef, ImageRef } from './check-context.ts';
import { type Diagnostic, sortDiagnostics } from './diagnostic.ts';
import { withField } from '../schemas/explain-issue.ts';
import { listEntryFiles, readEntry } from '../source/read-entry.ts';
import { readSite } from '../source/read-site.ts';
import type { YamlSource } from '../source/yaml-source.ts';
import { routeTable } from './route-table.ts';

export { checkContext, EntryRef, ImageRef } from './check-context.ts';
export { SITE_FILE } from '../source/read-site.ts';

export interface CheckPaths {
	/** The project root: file paths in messages are relative to it. */
	root: string;
	/** The content folder (`content/`). */
	contentDir: string;
	/** The folder of static files (`public/`), where resources' `file` paths point. */
	publicDir: string;
	/** The build's "now", which decides what is published (and so which links will work). Default: now. */
	now?: Date;
}

export interface CheckedEntry {
	collection: CollectionName;
	slug: string;
	/** Path relative to the root. */
	file: string;
	/** The validated data; references are `EntryRef`s and images `ImageRef`s. */
	data: Record<string, unknown>;
}

export interface CheckResult {
	diagnostics: Diagnostic[];
	site: SiteSettings | undefined;
	entries: CheckedEntry[];
	/** The valid entries this build publishes, as the routes module needs them. */
	published: RoutedEntry[];
}


export function checkContent(paths: CheckPaths): CheckResult {
	const diagnostics: Diagnostic[] = [];
	const rel = (file: string) => relative(paths.root, file).split(sep).join('/');
	const report = (file: string, line: number, column: number, message: string, severity: Diagnostic['severity'] = 'error') =>
		diagnostics.push({ file: rel(file), line, column, message, severity });

	const site = readSite(paths.contentDir, report);
	const context = checkContext(Object.keys(site?.topics ?? {}));
	const schemas = Object.fromEntries(COLLECTIONS.map((name) => [name, SCHEMAS[name](context)])) as Record<CollectionName, z.ZodType>;

	const entries: CheckedEntry[] = [];
	// Slugs of every file, valid or not: a reference to an entry with its own error is not a second error.
	const slugs = new Map<CollectionName, Set<string>>(COLLECTIONS.map((name) => [name, new Set()]));
	const pending: Array<{ entry: CheckedEntry; absolute: string; source: YamlSource; body: string; bodyLine: number }> = [];
	for (const collection of COLLECTIONS) {
		const bySlug = new Map<string, string>();
		for (const absolute of listEntryFiles(join(paths.contentDir, collection))) {
			const slug = basename(absolute, extname(absolute));
			if (!SLUG.test(slug)) {
				const better = slugify(slug);
				report(absolute, 1, 1, `The file name "${basename(absolute)}" cannot be a web address. Rename it ${better ? `${better}${extname(absolute)}` : 'with lower-case letters, digits and hyphens'}.`);
				continue;
			}
			const first = bySlug.get(slug);
			if (first) {
				report(absolute, 1, 1, `Two entries of ${collection} have the slug "${slug}": this file and ${rel(first)}. Rename one of them; the file name is the page's address.`);
				continue;
			}
			bySlug.set(slug, absolute);
			slugs.get(collection)!.add(slug);
			const checked = readEntry(absolute, schemas[collection], (line, column, message) => report(absolute, line, column, message));
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
	const published: RoutedEntry[] = [];
	const unpublished = new Map<string, string>();
	for (const entry of entries) {
		const state = site ? visibility({ collection: entry.collection, data: entry.data }, { now, timeZone: site.timezone }) : 'published';
		const routed = routedEntry(entry.collection, entry.slug, entry.data);
		if (state === 'published') published.push(routed);
		else for (const output of entryOutputs(routed)) unpublished.set(output.path, why[state]);
	}
	const routes = routeTable(buildOutputs({ entries: published, topics: Object.keys(site?.topics ?? {}) }), unpublished, paths.publicDir);
	for (const { entry, absolute, source, body, bodyLine } of pending) {
		for (const problem of checkBody(body, bodyLine, absolute, routes)) report(absolute, problem.line, problem.column, problem.message, problem.severity);
		if (typeof entry.data.summary === 'string' && entry.data.summary.length > SUMMARY_PREVIEW) {
			const { line, column } = source.positionOf(['summary'], 'value');
			report(
				absolute,
				line,
				column,
				`\`summary\`: ${entry.data.summary.length} characters is more than link previews show (about ${SUMMARY_PREVIEW}; X cuts at 200, Facebook and LinkedIn earlier). Shorten it so it is not cut mid-sentence.`,
				'warning',
			);
		}
		walk(entry.data, [], (value, path) => {
			const at = () => source.positionOf(path, 'value');
			if (value instanceof EntryRef) {
				const known = slugs.get(value.collection)!;
				if (!known.has(value.id)) {
					const close = suggest(value.id, known);
					const { line, column } = at();
					report(absolute, line, column, withField(path, `There is no ${singular(value.collection)} "${value.id}" in ${rel(join(paths.contentDir, value.collection))}/.${close.length ? ` Did you mean ${orList(close)}?` : ''} Write the file name of an existing entry, without .md.`));
				}
			} else if (value instanceof ImageRef) {
				const target = resolve(dirname(absolute), value.src);
				if (!isFile(target)) {
					const { line, column } = at();
					report(absolute, line, column, withField(path, `No image at "${value.src}" (looked for ${rel(target)}). Paths are relative to this file, such as ../images/photo.jpg.`));
				}
			} else if (typeof value === 'string' && /replace-(me|with)/.test(value)) {
				const { line, column } = at();
				report(absolute, line, column, withField(path, `"${value}" is still the template's placeholder. Write the real one before publishing.`), 'warning');
			}
		});
		const cta = (entry.data.cta as { url?: unknown } | undefined)?.url;
		if (typeof cta === 'string' && cta.startsWith('/')) {
			const found = routes.lookup(cta);
			if (found?.kind !== 'page' && found?.kind !== 'file') {
				const { line, column } = source.positionOf(['cta', 'url'], 'value');
				const close = suggest(cta, routes.pages, 1);
				report(
					absolute,
					line,
					column,
					found?.kind === 'unpublished'
						? `\`cta.url\`: ${cta} ${found.why}, so the button would lead nowhere. Point it at a published page.`
						: `\`cta.url\`: there is no page at ${cta} on this hub.${close.length ? ` Did you mean ${close[0]}?` : ''}`,
				);
			}
		}
		if (entry.collection === 'resources' && typeof entry.data.file === 'string') {
			const target = join(paths.publicDir, entry.data.file);
			if (!isFile(target)) {
				const { line, column } = source.positionOf(['file'], 'value');
				report(absolute, line, column, `\`file\`: No file at ${rel(target)}. Put the file in public/ and write its path from there, such as /files/checklist.pdf.`);
			}
		}
		if (entry.collection === 'members' && !entry.data.consent && !entry.data.draft) {
			report(absolute, 1, 1, 'This spotlight has no `consent`, so it is not published and no page names this person. Record when and how they agreed: consent: { date: 2026-11-02, how: "signed form" }.', 'warning');
		}
	}
	return { diagnostics: sortDiagnostics(diagnostics), site, entries, published };
}

/** What link previews show of a description, give or take a network. */
const SUMMARY_PREVIEW = 200;

function walk(value: unknown, path: PropertyKey[], visit: (value: unknown, path: PropertyKey[]) => void): void {
	visit(value, path);
	if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index], visit));
	else if (value && typeof value === 'object' && value.constructor === Object) {
		for (const [key, item] of Object.entries(value)) walk(item, [...path, key], visit);
	}
}

const singular = (collection: CollectionName) => ({ stories: 'story', members: 'member', resources: 'resource', actions: 'action' })[collection];
