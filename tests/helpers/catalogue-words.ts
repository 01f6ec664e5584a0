/**
 * Every phrase of a catalogue, by its path (`details.when`, `dates.by`): its strings as written, and
 * the fixed parts of its functions (called with a marker where the value goes, so "By {date}" gives
 * "By"), as a page would show them around a value.
 */
import type { Catalogue } from '../../src/i18n/catalogues.ts';

export interface Phrase {
	path: string;
	text: string;
}

const MARKER = '\u{E000}';

/** What a function says around its values: called with markers, or with numbers if it counts. */
function fixedParts(fn: (...args: unknown[]) => unknown): string[] {
	const attempts: unknown[][] = [Array.from({ length: fn.length }, () => MARKER), Array.from({ length: fn.length }, () => 1), Array.from({ length: fn.length }, () => 2)];
	return attempts.flatMap((args) => {
		let said: unknown;
		try {
			said = fn(...args);
		} catch {
			return [];
		}
		return typeof said === 'string' ? said.split(new RegExp(`${MARKER}|\\d+`, 'u')) : [];
	});
}

/**
 * Every phrase of a catalogue, trimmed, in order: each string, and each fixed part of each function.
 * An empty string, or a function that says nothing but its values, is an empty phrase, so a test finds it.
 */
export function phrases(catalogue: Catalogue): Phrase[] {
	const walk = (value: unknown, path: string): Phrase[] => {
		if (typeof value === 'string') return [{ path, text: value.trim() }];
		if (typeof value === 'function') {
			const parts = [...new Set(fixedParts(value as (...args: unknown[]) => unknown).map((part) => part.trim()))].filter(Boolean);
			return parts.length ? parts.map((text) => ({ path, text })) : [{ path, text: '' }];
		}
		if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => walk(inner, path ? `${path}.${key}` : key));
		return [{ path, text: '' }];
	};
	return walk(catalogue, '');
}
