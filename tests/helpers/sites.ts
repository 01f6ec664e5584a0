import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generateHub, type Manifest } from '../../scripts/generate-hub.ts';
import { BUILDS, ROOT, type SiteBuild } from './build-site.ts';

/**
 * Content folders made from another with a few files changed, for builds that differ from a fixture
 * in one setting: written by the global setup before the builds, next to them (never in git).
 */
const DERIVED = {
	/** The example hub with its interface in Spanish. */
	exampleSpanish: { dir: join(BUILDS, 'example-es-content'), from: 'content', edits: { 'site.yaml': ['locale: en-US', 'locale: es-US'] } },
	/** The fixture hub with two cards a page, so that every list of it runs over several pages. */
	hubPaged: { dir: join(BUILDS, 'hub-paged-content'), from: 'tests/fixtures/hub', edits: { 'site.yaml': ['trustMdx: true', 'pageSize: 2\ntrustMdx: true'] } },
} satisfies Record<string, { dir: string; from: string; edits: Record<string, [string, string]> }>;

/** Writes the derived content folders afresh; an edit that no longer finds its text stops the tests. */
export function writeDerivedContent(): void {
	for (const { dir, from, edits } of Object.values(DERIVED)) {
		rmSync(dir, { recursive: true, force: true });
		cpSync(join(ROOT, from), dir, { recursive: true });
		for (const [file, [before, after]] of Object.entries(edits)) {
			const text = readFileSync(join(dir, file), 'utf8');
			if (!text.includes(before)) throw new Error(`${from}/${file} no longer holds "${before}": update the derived content in tests/helpers/sites.ts.`);
			writeFileSync(join(dir, file), text.replace(before, after));
		}
	}
}

/**
 * A hub of 1,000 generated entries (scripts/generate-hub.ts), written by the global setup before the
 * builds, with the generator's manifest of what it wrote beside it: the tests take what the built
 * site must hold from that manifest, not from the hub's own model.
 */
const GENERATED = { dir: join(BUILDS, 'generated-content'), manifest: join(BUILDS, 'generated-manifest.json'), entries: 1000, seed: 1, now: '2026-11-25T12:00:00Z' };

/** Writes the generated hub's content folder afresh, and its manifest. */
export function writeGeneratedContent(): void {
	const manifest = generateHub({ outDir: GENERATED.dir, entries: GENERATED.entries, seed: GENERATED.seed, now: GENERATED.now });
	mkdirSync(BUILDS, { recursive: true });
	writeFileSync(GENERATED.manifest, JSON.stringify(manifest));
}

/** What the generator wrote for the generated hub (after the global setup). */
export function generatedManifest(): Manifest {
	return JSON.parse(readFileSync(GENERATED.manifest, 'utf8')) as Manifest;
}

/** The sites the tests build, each once per test run. */
export const SITES = {
	/** The example community every newcomer sees, as of the day its dates were written for. */
	example: { name: 'example', contentDir: 'content', now: '2026-11-25T12:00:00Z' },
	/**
	 * The example again, on a machine in another time zone, with no cached cards: it must come out
	 * byte for byte the same.
	 */
	exampleAgain: { name: 'example-again', contentDir: 'content', now: '2026-11-25T12:00:00Z', env: { TZ: 'Pacific/Kiritimati', HUB_CACHE_DIR: 'tests/.builds/example-again/cache' } },
	/** The example with `locale: es-US`: every interface word in Spanish, the content as written. */
	exampleSpanish: { name: 'example-es', contentDir: relative(ROOT, DERIVED.exampleSpanish.dir), now: '2026-11-25T12:00:00Z' },
	/** Drafts, scheduled entries, closed actions and missing consent, early June 2026. */
	hubJune1: { name: 'hub-june-1', contentDir: 'tests/fixtures/hub', now: '2026-06-01T12:00:00Z' },
	/** The same content two weeks later: the petition has closed and the scheduled action is out. */
	hubJune16: { name: 'hub-june-16', contentDir: 'tests/fixtures/hub', now: '2026-06-16T12:00:00Z' },
	/** The same content as of June 1, two cards a page: long lists. */
	hubPaged: { name: 'hub-paged', contentDir: relative(ROOT, DERIVED.hubPaged.dir), now: '2026-06-01T12:00:00Z' },
	/** A preview deploy: the same content at another address. */
	hubPreview: { name: 'hub-preview', contentDir: 'tests/fixtures/hub', now: '2026-06-01T12:00:00Z', env: { HUB_SITE_URL: 'https://preview-7.fixture.example.org' } },
	/** GitHub project pages: the hub served under /tenants/. */
	hubSubpath: { name: 'hub-subpath', contentDir: 'tests/fixtures/hub', now: '2026-06-01T12:00:00Z', env: { HUB_SITE_URL: 'https://example.github.io/tenants' } },
	/** A preview deploy whose address is unusable. */
	badSiteUrl: { name: 'bad-site-url', contentDir: 'tests/fixtures/hub', now: '2026-06-01T12:00:00Z', env: { HUB_SITE_URL: 'preview-7.fixture.example.org' } },
	/** One file for each mistake the build must refuse. */
	badContent: { name: 'bad-content', contentDir: 'tests/fixtures/bad-content', now: '2026-06-01T12:00:00Z' },
	/** What a stranger's pull request might try: files from the build machine, code, pages served as downloads. */
	hostile: { name: 'hostile', contentDir: 'tests/fixtures/hostile', now: '2026-06-01T12:00:00Z' },
	/** Files that hung, crashed or quietly broke the build before the check refused them. */
	hostileContent: { name: 'hostile-content', contentDir: 'tests/fixtures/hostile-content', now: '2026-06-01T12:00:00Z' },
	/** 1,000 generated entries: drafts, scheduled entries, closed actions and events in several time zones, many pages of every list. */
	generated: { name: 'generated', contentDir: relative(ROOT, GENERATED.dir), now: GENERATED.now },
	/** The same 1,000 entries two weeks later: calendars must keep each event's UID, DTSTAMP and text. */
	generatedLater: { name: 'generated-later', contentDir: relative(ROOT, GENERATED.dir), now: '2026-12-09T12:00:00Z' },
} satisfies Record<string, SiteBuild>;
