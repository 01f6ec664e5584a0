/** Numbers for people, in the site's language: sizes, counts. */
import { numberFormat } from './intl-formats.ts';

/** "12 KB", "1.4 MB": decimal units, as operating systems show file sizes. */
export function formatFileSize(bytes: number, locale: string): string {
	const [unit, value] = bytes >= 1e6 ? (['megabyte', bytes / 1e6] as const) : (['kilobyte', Math.max(1, bytes / 1e3)] as const);
	return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}
