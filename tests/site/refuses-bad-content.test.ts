/** `npm run build` refuses invalid content, listing every problem with its file, line, column and field. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/build-site.ts';
import { distOf } from '../helpers/html.ts';
import { SITES } from '../helpers/sites.ts';

const site = SITES.badContent;
const build = builtSite(site.name);
const dir = 'tests/fixtures/bad-content';

describe('a build of bad content', () => {
	it('fails and publishes nothing', () => {
		expect(build.status).not.toBe(0);
		expect(existsSync(join(distOf(site), 'index.html'))).toBe(false);
		expect(build.output).toContain('The content has 6 errors, 0 warnings; nothing was published.');
	});

	it.each([
		['actions/javascript-url.md:6:8', '`cta.url`: `javascript:` links can run code'],
		['actions/data-url.md:6:8', '`cta.url`: `data:` links can run code'],
		['actions/ends-before-start.md:9:8', '`event.end`: The event ends (2026-12-03 17:00) before it starts (2026-12-03 18:30). Check `end`'],
		['actions/unknown-time-zone.md:10:13', '`event.timezone`: "America/Chicgo" is not a time zone. Did you mean `America/Chicago`'],
		['actions/missing-host.md:7:14', '`hosts`: There is no member "adaa" in tests/fixtures/bad-content/members/. Did you mean `ada`?'],
		['stories/impossible-date.md:4:7', '`date`: 2026-02-30 is not a real date: February 2026 has 28 days.'],
	])('reports %s', (location, message) => {
		const line = build.output.split('\n').find((l) => l.startsWith(`${dir}/${location}  error  `));
		expect(line, build.output).toBeDefined();
		expect(line).toContain(message);
	});
});
