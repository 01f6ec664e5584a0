/**
 * The one module that reads the process environment. Everything else receives these values: the
 * integration resolves the settings once and serves them to pages as `virtual:community-hub/settings`;
 * the command-line tools call `readEnvironment()` and pass what it returns on.
 *
 * - `HUB_NOW`: the moment the site is built "as of" (`2026-12-01T09:00:00Z`, or a date, read as
 *   midnight UTC). Decides drafts-by-date, scheduled entries and closed actions. Default: the real time.
 * - `HUB_CONTENT_DIR`: the folder of content to build, relative to the project. Default: `content`.
 * - `HUB_CACHE_DIR`: where work is kept between builds (share cards). Default:
 *   `node_modules/.cache/community-hub`, where build tools keep caches and git never looks.
 * - `HUB_SITE_URL`: the site's absolute address for this build, instead of `url` in site.yaml: for
 *   a preview deploy, whose share links and previews must point at the preview.
 * - `GITHUB_ACTIONS`: set by GitHub Actions; the check then writes annotations for pull requests.
 * - `HUB_DEBUG`: `1` makes `npm run build` show everything Astro prints, stack traces included, for
 *   a bug report. Default: organizers see no stack trace.
 */
import { resolve } from 'node:path';
import { Refusal } from '../lib/refusal.ts';

export interface Environment {
	/** The project root. */
	root: string;
	/** Absolute path of the content folder. */
	contentDir: string;
	/** The build's notion of "now", fixed for the whole build. */
	now: Date;
	/** Absolute path of the folder kept between builds. */
	cacheDir: string;
	/** The site address this build overrides site.yaml's with, if any (checked by `resolveSettings`). */
	siteUrl: string | undefined;
	/** Running on GitHub Actions, whose log turns workflow commands into annotations. */
	githubActions: boolean;
	/** Show stack traces, for a bug report. */
	debug: boolean;
}

export function parseNow(value: string | undefined, fallback: () => Date = () => new Date()): Date {
	if (value === undefined || value.trim() === '') return fallback();
	const text = value.trim();
	const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : new Date(text);
	if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2}))?$/.test(text)) {
		throw new Refusal(`HUB_NOW="${value}" is not a moment. Write an ISO date and time with its offset, such as 2026-12-01T09:00:00Z, or a date such as 2026-12-01.`);
	}
	return date;
}

export function readEnvironment(root = process.cwd(), env: NodeJS.ProcessEnv = process.env): Environment {
	return {
		root,
		contentDir: resolve(root, env.HUB_CONTENT_DIR?.trim() || 'content'),
		now: parseNow(env.HUB_NOW),
		cacheDir: resolve(root, env.HUB_CACHE_DIR?.trim() || 'node_modules/.cache/community-hub'),
		siteUrl: env.HUB_SITE_URL?.trim() || undefined,
		githubActions: env.GITHUB_ACTIONS === 'true',
		debug: ['1', 'true', 'yes'].includes(env.HUB_DEBUG?.trim().toLowerCase() ?? ''),
	};
}
