/**
 * "Who to ask about…": every piece of expertise members list, in alphabetical order, with the people
 * who know it, so a member finds someone to ask without knowing names. The same expertise written with
 * other capitals or spacing is one line; leaders come first among the people who know it.
 */
import type { HubEntry } from './context.ts';

export interface AskLine {
	/** The expertise as the first member who lists it wrote it. */
	topic: string;
	people: HubEntry<'members'>[];
}

const key = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

export function askIndex(members: readonly HubEntry<'members'>[], locale: string): AskLine[] {
	const lines = new Map<string, AskLine>();
	// Members arrive in the directory's order (leaders first), which each line keeps.
	for (const member of members) {
		for (const topic of member.data.expertise) {
			const line = lines.get(key(topic)) ?? { topic: topic.trim(), people: [] };
			if (!line.people.includes(member)) line.people.push(member);
			lines.set(key(topic), line);
		}
	}
	const collator = new Intl.Collator(locale, { sensitivity: 'base' });
	return [...lines.values()].sort((a, b) => collator.compare(a.topic, b.topic));
}
