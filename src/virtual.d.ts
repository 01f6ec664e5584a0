/** The settings the community-hub integration resolves once per build (see src/settings/settings.ts). */
declare module 'virtual:community-hub/settings' {
	const settings: import('./settings/settings.ts').HubSettings;
	export default settings;
}

/** The organizer's accent colour as CSS custom properties (see src/settings/theme.ts). */
declare module 'virtual:community-hub/theme.css' {}
