/**
 * The designed stand-in for an entry without a picture: its initials on a tone picked by its first
 * topic (so a topic's entries share a colour), or by its name when it has no topic. The tones are
 * in src/styles/tokens.css (`--tone-0` … `--tone-7`).
 */
import { graphemes } from '../lib/intl-formats.ts';
import type { HubEntry } from './context.ts';

export const TONES = 8;

export interface Placeholder {
	/** One or two letters: a person's initials, or the first letter of a title. */
	initials: string;
	/** Which of the design's tones, 0 to TONES - 1. */
	tone: number;
}

/** The first letter or digit of a word, as one character a reader sees (é, not e and an accent). */
const letters = (word: string) =>
	graphemes(word).find((segment) => /\p{L}|\p{N}/u.test(segment))?.toLocaleUpperCase() ?? '';

/** A small, stable hash (FNV-1a): the same slug gets the same tone in every build. */
function hash(text: string): number {
	let value = 0x811c9dc5;
	for (const char of text) value = Math.imul(value ^ char.codePointAt(0)!, 0x01000193) >>> 0;
	return value;
}

/** The tone of a topic (or any key): the same in every build, and the same for every entry it tags first. */
export const toneOf = (key: string): number => hash(key) % TONES;

/** The stand-in for a topic's picture: its first letter on its own tone. */
export const topicPlaceholder = (slug: string, name: string): Placeholder => ({ initials: letters(name), tone: toneOf(slug) });

/** Each entry's placeholder, worked out once: an entry without a picture shows it in every list. */
const placeholders = new WeakMap<HubEntry, Placeholder>();

export function placeholderOf(entry: HubEntry): Placeholder {
	let known = placeholders.get(entry);
	if (!known) placeholders.set(entry, (known = makePlaceholder(entry)));
	return known;
}

function makePlaceholder(entry: HubEntry): Placeholder {
	const words = (entry.collection === 'members' ? entry.data.name : entry.data.title).split(/\s+/).filter((word) => /\p{L}|\p{N}/u.test(word));
	const initials = entry.collection === 'members' && words.length > 1 ? letters(words[0]!) + letters(words.at(-1)!) : letters(words[0] ?? '?');
	const key = entry.data.topics[0] ?? entry.data.catalysts[0] ?? entry.id;
	return { initials, tone: toneOf(key) };
}
