/** `npm run build` refuses invalid or hostile content, listing every problem with its file, line, column and field. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite, type SiteBuild } from '../helpers/build-site.ts';
import { distOf } from '../helpers/html.ts';
import { SITES } from '../helpers/sites.ts';

/** The build of this content fails, publishes nothing, and lists each problem at its place (`stories/x.md:4:7`) with what it says. */
function refusesToPublish(site: SiteBuild, errors: number, problems: Array<[location: string, says: string]>) {
	const build = builtSite(site.name);

	it('fails and publishes nothing', () => {
		expect(build.status).not.toBe(0);
		expect(existsSync(join(distOf(site), 'index.html'))).toBe(false);
		expect(build.output).toContain(`The content has ${errors} errors, 0 warnings; nothing was published.`);
	});

	it.each(problems)('reports %s', (location, says) => {
		const line = build.output.split('\n').find((l) => l.startsWith(`${site.contentDir}/${location}  error  `));
		expect(line, build.output).toBeDefined();
		expect(line).toContain(says);
	});
}

describe('a build of bad content', () =>
	refusesToPublish(SITES.badContent, 6, [
		['actions/javascript-url.md:6:8', '`cta.url`: `javascript:` links can run code'],
		['actions/data-url.md:6:8', '`cta.url`: `data:` links can run code'],
		['actions/ends-before-start.md:9:8', '`event.end`: The event ends (2026-12-03 17:00) before it starts (2026-12-03 18:30). Check `end`'],
		['actions/unknown-time-zone.md:10:13', '`event.timezone`: "America/Chicgo" is not a time zone. Did you mean `America/Chicago`'],
		['actions/missing-host.md:7:14', '`hosts`: There is no member "adaa" in tests/fixtures/bad-content/members/. Did you mean `ada`?'],
		['stories/impossible-date.md:4:7', '`date`: 2026-02-30 is not a real date: February 2026 has 28 days.'],
	]));

// Each of these hung the build (an alias bomb), made it log an [ERROR] and publish an empty page (ten
// thousand nested <div>), or published a broken site without a word (a story.MD the build skips, a
// carriage return in a title, a file in Latin-1).
describe('a build of hostile content', () =>
	refusesToPublish(SITES.hostileContent, 6, [
		['stories/alias-bomb.md:9:8', '[yaml-aliases]'],
		['stories/carriage-return.md:2:8', '`title`: There is a carriage return (CR, U+000D) after "Sign the"'],
		['stories/deep-divs.md:7:161', '[html-nesting]'],
		['stories/latin-1.md:7:8', '[file-encoding]'],
		['stories/links-to-upper-case.md:7:6', 'There is no page at /stories/upper-case/ on this hub.'],
		['stories/upper-case.MD:1:1', '[skipped-file]'],
	]));
