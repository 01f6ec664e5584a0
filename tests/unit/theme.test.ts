/** The organizer's accent colour: contrast arithmetic, and the theme the hub derives from one colour. */
import { describe, expect, it } from 'vitest';
import { contrast, mix, withContrast } from '../../src/lib/color.ts';
import { PAGE_BACKGROUND } from '../../src/schemas/site.ts';
import { DARK_BACKGROUND, themeCss } from '../../src/settings/theme.ts';

/** The custom properties of one block of the theme's CSS. */
function properties(css: string, dark: boolean): Record<string, string> {
	const block = dark ? /@media \(prefers-color-scheme: dark\)\{:root\{([^}]*)\}\}/.exec(css)![1]! : /^:root\{([^}]*)\}/.exec(css)![1]!;
	return Object.fromEntries(block.split(';').filter(Boolean).map((declaration) => declaration.split(':') as [string, string]));
}

describe('colour contrast (WCAG 2)', () => {
	it('measures the known ratios', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#fff', '#fff')).toBe(1);
		// #767676 is the lightest grey that passes AA on white; #777777 is not.
		expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
		expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
	});
	it('mixes and finds the nearest colour with enough contrast', () => {
		expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
		const fixed = withContrast('#ffcc00', PAGE_BACKGROUND, 4.5);
		expect(contrast(fixed, PAGE_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
		// Darker, but still the organizer's yellow-orange: red well above blue.
		const [r, , b] = [1, 3, 5].map((start) => Number.parseInt(fixed.slice(start, start + 2), 16)) as [number, number, number];
		expect(r).toBeGreaterThan(b + 60);
		expect(contrast(withContrast('#1f5f5b', DARK_BACKGROUND, 7), DARK_BACKGROUND)).toBeGreaterThanOrEqual(7);
	});
});

describe('the theme from one accent colour', () => {
	it.each(['#1f5f5b', '#7c2d12', '#1d4ed8', '#5b21b6', '#000000', '#595959'])('keeps %s readable in light and dark', (accent) => {
		const css = themeCss(accent);
		const light = properties(css, false);
		const dark = properties(css, true);
		expect(light['--accent']).toBe(accent);
		// Links read on the page; button words read on the button, in both themes.
		expect(contrast(light['--accent']!, PAGE_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(light['--accent']!, light['--accent-text']!)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(dark['--accent']!, DARK_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(dark['--accent']!, dark['--accent-text']!)).toBeGreaterThanOrEqual(4.5);
	});
});
