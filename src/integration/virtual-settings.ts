/**
 * Serves the resolved settings to the build's modules as `virtual:community-hub/settings` (typed in
 * `src/virtual.d.ts`), as Starlight serves `virtual:starlight/user-config`: resolved once, imported
 * everywhere, never read again from the environment or from site.yaml.
 */
import type { Plugin, ViteDevServer } from 'vite';
import { settingsModule, type HubSettings } from '../settings/settings.ts';
import { themeCss } from '../settings/theme.ts';

export const SETTINGS_MODULE = 'virtual:community-hub/settings';
const RESOLVED = `\0${SETTINGS_MODULE}`;
/** The organizer's colours, as CSS the layout imports with the rest of the stylesheet. */
export const THEME_MODULE = 'virtual:community-hub/theme.css';
const RESOLVED_THEME = `\0${THEME_MODULE}`;

export function virtualSettings(current: () => HubSettings | undefined): Plugin {
	return {
		name: 'community-hub:settings',
		resolveId: (id) => (id === SETTINGS_MODULE ? RESOLVED : id === THEME_MODULE ? RESOLVED_THEME : undefined),
		load(id) {
			if (id !== RESOLVED && id !== RESOLVED_THEME) return undefined;
			const settings = current();
			// Only the dev server gets here with broken settings: the build has already stopped on them.
			if (!settings) throw new Error('content/site.yaml has errors (listed above, with their lines). Fix them and save: the preview reloads.');
			return id === RESOLVED ? settingsModule(settings) : themeCss(settings.site.theme.accent);
		},
	};
}

/** After site.yaml changes in the dev server: serve the new settings and reload the preview. */
export function reloadSettings(server: ViteDevServer): void {
	for (const environment of Object.values(server.environments)) {
		for (const id of [RESOLVED, RESOLVED_THEME]) {
			const module = environment.moduleGraph.getModuleById(id);
			if (module) environment.moduleGraph.invalidateModule(module);
		}
	}
	server.ws.send({ type: 'full-reload' });
}
