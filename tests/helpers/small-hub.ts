/** A small hub in a temporary folder (site settings, one member, and the files a test adds), checked as a build checks it. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkContent, type CheckResult } from '../../src/check/check-content.ts';
import type { Diagnostic } from '../../src/check/diagnostic.ts';

/** Valid site settings, with one topic (`leases`). */
export const SITE = `name: Test hub
tagline: Testing
story: A hub for tests.
url: https://test.example.org
timezone: Europe/Paris
locale: es-ES
whyFollow:
  passions: Tests.
topics:
  leases:
    name: Leases
`;

/** A valid member spotlight, `rosa`. */
export const MEMBER = `---
name: Rosa
role: Owner
bio: Runs a store.
consent:
  date: 2026-01-01
  how: Signed form
---
`;

/** A symbolic link to write instead of a file: to a path relative to the link, or absolute. */
export type Link = { link: string };

/** The moment the small hub is checked as of. */
export const NOW = new Date('2026-06-01T12:00:00Z');

/**
 * Writes a hub with these files (paths from the project root, such as `content/stories/s.md`)
 * besides the site settings and one member, which a file of the same path replaces. Returns its root:
 * remove it when done.
 */
export function writeHub(files: Record<string, string | Uint8Array | Link>, root = mkdtempSync(join(tmpdir(), 'hub-'))): string {
	const all: Record<string, string | Uint8Array | Link> = { 'content/site.yaml': SITE, 'content/members/rosa.md': MEMBER, ...files };
	for (const [path, text] of Object.entries(all)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		if (typeof text !== 'string' && 'link' in text) symlinkSync(text.link, join(root, path));
		else writeFileSync(join(root, path), text);
	}
	return root;
}

/** Checks the hub at `root`, as the build would. */
export const checkHub = (root: string): CheckResult => checkContent({ root, contentDir: join(root, 'content'), publicDir: join(root, 'public'), now: NOW });

/** `content/stories/s.md:7:5 error link-target`: where, how serious, and which rule. */
export const where = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`;
