/**
 * Colour arithmetic for the theme: WCAG 2 relative luminance and contrast ratio, and mixing, on
 * `#rrggbb` colours. Small enough to own: the theme needs four functions, not a colour library.
 */

type Rgb = [number, number, number];

/** `#rgb` or `#rrggbb`, either case. */
export const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export function parseHex(hex: string): Rgb {
	const digits = hex.slice(1);
	const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
	return [0, 2, 4].map((start) => Number.parseInt(full.slice(start, start + 2), 16)) as Rgb;
}

export const toHex = (rgb: Rgb): string => `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
	const [r, g, b] = parseHex(hex).map((channel) => {
		const c = channel / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as Rgb;
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

/** `color` moved toward `toward` by `amount` (0 keeps it, 1 gives `toward`). */
export function mix(color: string, toward: string, amount: number): string {
	const [from, to] = [parseHex(color), parseHex(toward)];
	return toHex(from.map((channel, index) => channel + (to[index]! - channel) * amount) as Rgb);
}

/** Hue (0–360), saturation and lightness (0–1). */
function toHsl(hex: string): [number, number, number] {
	const [r, g, b] = parseHex(hex).map((channel) => channel / 255) as Rgb;
	const [max, min] = [Math.max(r, g, b), Math.min(r, g, b)];
	const lightness = (max + min) / 2;
	if (max === min) return [0, 0, lightness];
	const delta = max - min;
	const saturation = delta / (1 - Math.abs(2 * lightness - 1));
	const hue = max === r ? ((g - b) / delta + 6) % 6 : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
	return [hue * 60, saturation, lightness];
}

function fromHsl([hue, saturation, lightness]: [number, number, number]): string {
	const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
	const x = chroma * (1 - Math.abs(((hue / 60) % 2) - 1));
	const sector = Math.floor(hue / 60) % 6;
	const [r, g, b] = [[chroma, x, 0], [x, chroma, 0], [0, chroma, x], [0, x, chroma], [x, 0, chroma], [chroma, 0, x]][sector]!;
	const m = lightness - chroma / 2;
	return toHex([r! + m, g! + m, b! + m].map((channel) => channel * 255) as Rgb);
}

/**
 * The colour nearest to `color` in lightness, same hue and saturation, with at least `ratio` contrast
 * against `background` (lighter on a dark one, darker on a light one): how the theme derives the dark
 * theme's accent, and how the check suggests a fix. Keeping the hue keeps it the organizer's colour.
 */
export function withContrast(color: string, background: string, ratio: number): string {
	const [hue, saturation, lightness] = toHsl(color);
	const lighter = luminance(background) < 0.5;
	for (let step = 0; step <= 100; step++) {
		const candidate = fromHsl([hue, saturation, Math.min(1, Math.max(0, lightness + (lighter ? step : -step) / 100))]);
		if (contrast(candidate, background) >= ratio) return candidate;
	}
	return lighter ? '#ffffff' : '#000000';
}
