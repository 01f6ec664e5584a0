/**
 * The organizer's theme as CSS: the accent colour from `site.yaml` (checked there for contrast on the
 * light page), with the colours derived from it for buttons, soft backgrounds and the dark theme, so
 * one colour choice can never make a page unreadable. Served to the stylesheet as
 * `virtual:community-hub/theme.css`, bundled with the rest (no inline style for the CSP to allow).
 */
import { contrast, mix, withContrast } from '../lib/color.ts';
import { PAGE_BACKGROUND } from '../schemas/site.ts';

/** The dark theme's page background (src/styles/tokens.css keeps the same value). */
export const DARK_BACKGROUND = '#141311';
/** Dark pages get a brighter accent than the minimum, so buttons and links glow rather than fade. */
const DARK_TARGET = 7;

/** Custom properties for one accent colour, light and dark. */
export function themeCss(accent: string): string {
	const buttonText = (fill: string) => (contrast(fill, '#ffffff') >= contrast(fill, '#000000') ? '#ffffff' : '#000000');
	const dark = withContrast(accent, DARK_BACKGROUND, DARK_TARGET);
	const light = {
		'--accent': accent,
		'--accent-text': buttonText(accent),
		'--accent-soft': mix(accent, PAGE_BACKGROUND, 0.88),
		'--accent-strong': mix(accent, '#000000', 0.25),
	};
	const night = {
		'--accent': dark,
		'--accent-text': buttonText(dark),
		'--accent-soft': mix(dark, DARK_BACKGROUND, 0.8),
		'--accent-strong': mix(dark, '#ffffff', 0.25),
	};
	const block = (properties: Record<string, string>) =>
		Object.entries(properties)
			.map(([name, value]) => `${name}:${value};`)
			.join('');
	return `:root{${block(light)}}\n@media (prefers-color-scheme: dark){:root{${block(night)}}}\n`;
}
