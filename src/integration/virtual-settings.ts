/**
 * Serves the resolved settings to the build's modules as `virtual:community-hub/settings` (typed in
 * `src/virtual.d.ts`), as Starlight serves `virtual:starlight/user-config`: resolved once, imported
 * everywhere, never read again from the environment or from site.yaml.
 */
import type { Plugin, ViteDevServer } from 'vite';
import { settingsModule, type HubSettings } from '../settings/settings.ts';

export const SETTINGS_MODULE = 'virtual:community-hub/settings';
const RESOLVED = `\0${SETTINGS_MODULE}`;

export function virtualSettings(current: () => HubSettings | undefined): Plugin {
	return {
		name: 'community-hub:settings',
		resolveId: (id) => (id === SETTINGS_MODULE ? RESOLVED : undefined),
		load(id) {
			if (id !== RESOLVED) return undefined;
			const settings = current();
			// Only the dev server gets here with broken settings: the build has already stopped on them.
			if (!settings) throw new Error('content/site.yaml has errors (listed above, with their lines). Fix them and save: the preview reloads.');
			return settingsModule(settings);
		},
	};
}

/** After site.yaml changes in the dev server: serve the new settings and reload the preview. */
export function reloadSettings(server: ViteDevServer): void {
	for (const environment of Object.values(server.environments)) {
		const module = environment.moduleGraph.getModuleById(RESOLVED);
		if (module) environment.moduleGraph.invalidateModule(module);
	}
	server.ws.send({ type: 'full-reload' });
}
