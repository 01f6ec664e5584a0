/**
 * The actions a build publishes, and which of them are open, worked out from the content with the
 * project's own code (the content check's schemas, `publishing.ts`, `action-timing.ts`) at the build's
 * fixed "now", never from the built HTML: an action whose page lost its button must fail a test, not
 * quietly drop out of the list of pages to test.
 */
import { join } from 'node:path';
import { checkContent } from '../../src/check/check-content.ts';
import { actionTiming, type ActionTiming } from '../../src/model/action-timing.ts';
import { visibility } from '../../src/model/publishing.ts';
import { paths } from '../../src/routes/paths.ts';
import { urls } from '../../src/routes/urls.ts';
import type { ActionData } from '../../src/schemas/action.ts';
import { ROOT, type SiteBuild } from './build-site.ts';

export interface PublishedAction {
	slug: string;
	/** The action's page: `/actions/winter-meetup/`. */
	path: string;
	/** Its printable flyer: `/actions/winter-meetup/flyer/`. */
	flyer: string;
	/** Its short link as a flyer prints it, for people to type: `guild.example.org/go/winter-meetup`. */
	typedShortLink: string;
	data: ActionData;
	timing: ActionTiming;
	/** Still open at the build's "now": its page must offer the call to action. */
	open: boolean;
}

/** Every action the build of `site` publishes (no drafts, nothing scheduled for later), in file order. */
export function publishedActions(site: SiteBuild): PublishedAction[] {
	const now = new Date(site.now);
	const checked = checkContent({ root: ROOT, contentDir: join(ROOT, site.contentDir), publicDir: join(ROOT, 'public'), now });
	const errors = checked.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
	if (!checked.site || errors.length) {
		throw new Error(`${site.contentDir} fails the content check, so its actions cannot be listed: ${errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('; ')}`);
	}
	const settings = checked.site;
	const { typed } = urls({ base: '', siteUrl: site.env?.HUB_SITE_URL ?? settings.url });
	return checked.entries
		.filter((entry) => entry.collection === 'actions' && visibility(entry, { now, timeZone: settings.timezone }) === 'published')
		.map((entry) => {
			const data = entry.data as unknown as ActionData;
			const timing = actionTiming(data, settings.timezone, now);
			return {
				slug: entry.slug,
				path: paths.entry('actions', entry.slug),
				flyer: paths.flyer(entry.slug),
				// The action's own short link when it names one (`short`), as the flyer prints it.
				typedShortLink: typed(paths.shortLink(data.short ?? entry.slug)),
				data,
				timing,
				open: timing.closed === undefined,
			};
		});
}
