/**
 * `reference-unpublished`: a reference to an entry this build will not publish (a draft, a scheduled
 * entry, a spotlight without consent). The page leaves it out without a word, so a host or an author
 * would silently vanish: the organizer hears it here, at the reference.
 */
import type { CollectionName } from '../../schemas/context.ts';
import { withField } from '../../schemas/explain-issue.ts';
import { EntryRef } from '../check-context.ts';
import { defineRule } from './rule.ts';

const SINGULAR: Record<CollectionName, string> = { stories: 'story', members: 'member', resources: 'resource', actions: 'action' };

/** What to do about it, by why it is not published. */
const REMEDY: Record<string, (file: string) => string> = {
	'is a draft': (file) => `Publish it (remove \`draft: true\` from ${file})`,
	'is scheduled for later': () => 'It will show once its date comes',
	'is a spotlight without recorded consent': (file) => `Record their consent (\`consent:\` with its date and how, in ${file})`,
};

export const referenceUnpublished = defineRule({
	id: 'reference-unpublished',
	description: 'A reference names an entry the build will not publish (a draft, a scheduled entry, a member without consent): the page leaves it out.',
	severity: 'warning',
	check({ values, unpublished, source, report }) {
		for (const { value, path } of values()) {
			if (!(value instanceof EntryRef)) continue;
			const { collection, id }: EntryRef = value;
			const hidden = unpublished.get(`${collection}/${id}`);
			if (!hidden) continue;
			const { why, file } = hidden;
			const remedy = REMEDY[why]?.(file) ?? 'Publish it';
			const it = collection === 'members' ? 'them' : 'it';
			report(source.positionOf(path, 'value'), withField(path, `The ${SINGULAR[collection]} "${id}" ${why}, so this page will not show ${it}. ${remedy}, or take "${id}" out of this list.`));
		}
	},
});
