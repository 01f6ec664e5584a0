import type { SiteBuild } from './build-site.ts';

/** The sites the tests build, each once per test run. */
export const SITES = {
	/** The example community every newcomer sees, as of the day its dates were written for. */
	example: { name: 'example', contentDir: 'content', now: '2026-11-25T12:00:00Z' },
	/**
	 * The example again, on a machine in another time zone, with no cached cards: it must come out
	 * byte for byte the same.
	 */
	exampleAgain: { name: 'example-again', contentDir: 'content', now: '2026-11-25T12:00:00Z', env: { TZ: 'Pacific/Kiritimati', HUB_CACHE_DIR: 'tests/.builds/example-again/cache' } },
	/** Drafts, scheduled entries, closed actions and missing consent, early June 2026. */
	hubJune1: { name: 'hub-june-1', contentDir: 'tests/fixtures/hub', now: '2026-06-01T12:00:00Z' },
	/** The same content two weeks later: the petition has closed and the scheduled action is out. */
	hubJune16: { name: 'hub-june-16', contentDir: 'tests/fixtures/hub', now: '2026-06-16T12:00:00Z' },
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
} satisfies Record<string, SiteBuild>;
