/** A build of what a stranger's pull request might try refuses it all, at each line, and publishes nothing. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/build-site.ts';
import { distOf } from '../helpers/html.ts';
import { SITES } from '../helpers/sites.ts';

const site = SITES.hostile;
const build = builtSite(site.name);
const dir = 'tests/fixtures/hostile';

describe('a build of hostile content', () => {
	it('fails and publishes nothing, not even a line of the build machine\'s files', () => {
		expect(build.status).not.toBe(0);
		expect(existsSync(join(distOf(site), 'index.html'))).toBe(false);
		expect(build.output).toContain('The content has 5 errors, 0 warnings; nothing was published.');
		expect(build.output).not.toContain(readFileSync('/etc/passwd', 'utf8').split('\n')[0]);
	});

	it.each([
		['stories/passwd-cover.md:6:8', 'image-exists', '`cover.src`: "../../../../../../../../etc/passwd" leads out of'],
		['stories/secrets.mdx:1:1', 'mdx-untrusted', 'This entry is written in MDX. MDX is code'],
		['resources/page.md:5:7', 'schema', '`file`: A resource can offer a document'],
		['stories/hidden-links.md:6:26', 'link-target', 'There is no page at /admin/ on this hub.'],
		['stories/hidden-links.md:8:1', 'link-target', 'There is no page at /nowhere/ on this hub.'],
	])('reports %s (%s)', (location, rule, message) => {
		const line = build.output.split('\n').find((l) => l.startsWith(`${dir}/${location}  error  `));
		expect(line, build.output).toBeDefined();
		expect(line).toContain(message);
		expect(line).toMatch(new RegExp(`\\[${rule}\\]$`));
	});
});
