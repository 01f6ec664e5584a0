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

/**
 * The colour nearest to `color` (moving toward `toward`, black or white) that has at least `ratio`
 * contrast against `background`: how the theme derives a dark-mode accent, and how the check suggests a fix.
 */
export function withContrast(color: string, background: string, ratio: number, toward: string): string {
	for (let step = 0; step <= 20; step++) {
		const candidate = mix(color, toward, step / 20);
		if (contrast(candidate, background) >= ratio) return candidate;
	}
	return toward;
}
