/**
 * `npm run build` refuses invalid or hostile content, listing every problem with its file, line,
 * column, field and rule, and publishes nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/build-site.ts';
import { distOf } from '../helpers/html.ts';
import { SITES } from '../helpers/sites.ts';

describe.each([
	{
		site: SITES.badContent,
		summary: 'The content has 6 errors, 0 warnings; nothing was published.',
		problems: [
			['actions/javascript-url.md:6:8', 'schema', '`cta.url`: `javascript:` links can run code'],
			['actions/data-url.md:6:8', 'schema', '`cta.url`: `data:` links can run code'],
			['actions/ends-before-start.md:9:8', 'schema', '`event.end`: The event ends (2026-12-03 17:00) before it starts (2026-12-03 18:30). Check `end`'],
			['actions/unknown-time-zone.md:10:13', 'schema', '`event.timezone`: "America/Chicgo" is not a time zone. Did you mean `America/Chicago`'],
			['actions/missing-host.md:7:14', 'reference-exists', '`hosts`: There is no member "adaa" in tests/fixtures/bad-content/members/. Did you mean `ada`?'],
			['stories/impossible-date.md:4:7', 'schema', '`date`: 2026-02-30 is not a real date: February 2026 has 28 days.'],
		],
	},
	{
		// What a stranger's pull request might try: files of the build machine, code, pages served as downloads.
		site: SITES.hostile,
		summary: 'The content has 5 errors, 0 warnings; nothing was published.',
		problems: [
			['stories/passwd-cover.md:6:8', 'image-exists', '`cover.src`: "../../../../../../../../etc/passwd" leads out of'],
			['stories/secrets.mdx:1:1', 'mdx-untrusted', 'This entry is written in MDX. MDX is code'],
			['resources/page.md:5:7', 'schema', '`file`: A resource can offer a document'],
			['stories/hidden-links.md:6:26', 'link-target', 'There is no page at /admin/ on this hub.'],
			['stories/hidden-links.md:8:1', 'link-target', 'There is no page at /nowhere/ on this hub.'],
		],
	},
	{
		// Each of these hung the build (an alias bomb), made it log an [ERROR] and publish an empty page (ten
		// thousand nested <div>), or published a broken site without a word (a story.MD the build skips, a
		// carriage return in a title, a file in Latin-1).
		site: SITES.hostileContent,
		summary: 'The content has 6 errors, 0 warnings; nothing was published.',
		problems: [
			['stories/alias-bomb.md:9:8', 'yaml-aliases', ''],
			['stories/carriage-return.md:2:8', 'schema', '`title`: There is a carriage return (CR, U+000D) after "Sign the"'],
			['stories/deep-divs.md:7:161', 'html-nesting', ''],
			['stories/latin-1.md:7:8', 'file-encoding', ''],
			['stories/links-to-upper-case.md:7:6', 'link-target', 'There is no page at /stories/upper-case/ on this hub.'],
			['stories/upper-case.MD:1:1', 'skipped-file', ''],
		],
	},
])('a build of $site.contentDir', ({ site, summary, problems }) => {
	const build = builtSite(site.name);

	it('fails and publishes nothing, not even a line of the build machine\'s files', () => {
		expect(build.status).not.toBe(0);
		expect(existsSync(join(distOf(site), 'index.html'))).toBe(false);
		expect(build.output).toContain(summary);
		expect(build.output).not.toContain(readFileSync('/etc/passwd', 'utf8').split('\n')[0]);
	});

	it.each(problems)('reports %s (%s)', (location, rule, message) => {
		const line = build.output.split('\n').find((l) => l.startsWith(`${site.contentDir}/${location}  error  `));
		expect(line, build.output).toBeDefined();
		expect(line).toContain(message);
		expect(line).toMatch(new RegExp(`\\[${rule}\\]$`));
	});
});
