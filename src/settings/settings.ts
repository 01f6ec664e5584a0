/**
 * Everything a build needs to know, resolved once by the integration from the environment and the
 * validated `site.yaml`, then served to the build's modules as `virtual:community-hub/settings`.
 * Nothing else reads the environment or parses `site.yaml` again.
 */
import { Refusal } from '../lib/refusal.ts';
import { checkUrl } from '../lib/safe-url.ts';
import type { SiteSettings } from '../schemas/site.ts';
import type { Environment } from './environment.ts';

export interface HubSettings {
	/** The validated site settings from `content/site.yaml`. */
	site: SiteSettings;
	/** The build's "now", fixed for the whole build: what is scheduled, published or closed. */
	now: Date;
	/** The site's absolute address for this build (site.yaml's `url`, or `HUB_SITE_URL` for a preview deploy). */
	siteUrl: string;
	/** The path the hub is served under: `/`, or `/hub/` for https://org.github.io/hub/ (GitHub project pages). */
	base: string;
	/** The dev server's preview: drafts and scheduled entries are shown, marked. Never in a build. */
	preview: boolean;
	/** The project root. */
	root: string;
	/** Absolute path of the content folder. */
	contentDir: string;
	/** Absolute path of the static files folder (`public/`). */
	publicDir: string;
	/** Absolute path of the folder kept between builds (share cards). */
	cacheDir: string;
}

export interface SettingsInput {
	environment: Environment;
	site: SiteSettings;
	publicDir: string;
	/** Decided by the Astro command, not NODE_ENV, so a stray NODE_ENV can never publish a draft. */
	preview: boolean;
}

export function resolveSettings({ environment, site, publicDir, preview }: SettingsInput): HubSettings {
	const siteUrl = siteAddress(environment.siteUrl, site.url);
	return {
		site,
		now: environment.now,
		siteUrl,
		base: new URL(siteUrl).pathname.replace(/\/?$/, '/'),
		preview,
		root: environment.root,
		contentDir: environment.contentDir,
		publicDir,
		cacheDir: environment.cacheDir,
	};
}

/**
 * The absolute address previews and share links are built from. A preview deploy overrides it with
 * HUB_SITE_URL; an unusable one stops the build rather than publish relative preview URLs.
 */
function siteAddress(override: string | undefined, fromSettings: string): string {
	if (override === undefined) return fromSettings;
	const checked = checkUrl(override, { allowSitePath: false });
	if (!checked.ok || !/^https?:/.test(checked.value)) {
		throw new Refusal(
			`HUB_SITE_URL="${override}" is not a usable site address: ${checked.ok ? 'it must start with https://' : checked.message} Link previews need the full address of the deploy, such as https://preview-42.guild.example.org.`,
		);
	}
	return checked.value;
}

/** The module source that serves the settings to the build: plain data, and "now" as a Date again. */
export function settingsModule(settings: HubSettings): string {
	const { now, ...rest } = settings;
	return `const settings = ${JSON.stringify(rest)};\nsettings.now = new Date(${JSON.stringify(now.toISOString())});\nexport default settings;\n`;
}
