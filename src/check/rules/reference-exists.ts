/** `reference-exists`: a reference to another entry names a file of its collection. */
import { join } from 'node:path';
import type { CollectionName } from '../../schemas/context.ts';
import { withField } from '../../schemas/explain-issue.ts';
import { orList, suggest } from '../../lib/suggest.ts';
import { EntryRef } from '../check-context.ts';
import { defineRule } from './rule.ts';

const SINGULAR: Record<CollectionName, string> = { stories: 'story', members: 'member', resources: 'resource', actions: 'action' };

/** A reference (`hosts`, `people`, `stories`…) to an entry that has no file. */
export const referenceExists = defineRule({
	id: 'reference-exists',
	description: 'A reference to another entry (hosts, people, authors, stories, resources…) names no file of that collection.',
	check({ values, slugs, paths, rel, source, report }) {
		for (const { value, path } of values()) {
			if (!(value instanceof EntryRef)) continue;
			const { collection, id }: EntryRef = value;
			const known = slugs.get(collection)!;
			if (known.has(id)) continue;
			const close = suggest(id, known);
			const kind = SINGULAR[collection];
			// No near miss: perhaps the entry is yet to be written, and the command that writes it names its file.
			const make = close.length ? '' : ` Or, if there is none yet, make one: npm run new -- ${kind} "${collection === 'members' ? 'Their Name' : 'Its Title'}" (its file name is made from the ${collection === 'members' ? 'name' : 'title'}; refer to it by that).`;
			report(
				source.positionOf(path, 'value'),
				withField(path, `There is no ${kind} "${id}" in ${rel(join(paths.contentDir, collection))}/.${close.length ? ` Did you mean ${orList(close)}?` : ''} Write the file name of an existing entry, without .md.${make}`),
			);
		}
	},
});
