/**
 * `short-link`: an action's own short link (`short`) is one no other action has: not another's
 * `short`, and not another's file name (every action has `/go/<its file name>/`).
 */
import { withField } from '../../schemas/explain-issue.ts';
import { defineRule } from './rule.ts';

export const shortLink = defineRule({
	id: 'short-link',
	description: 'An action\'s `short` link is already the short link of another action (its `short` or its file name).',
	check({ entry, shortLinks, source, report }) {
		const short = entry.collection === 'actions' ? (entry.data as { short?: string }).short : undefined;
		if (!short) return;
		const others = (shortLinks.get(short) ?? []).filter((file) => file !== entry.file);
		if (!others.length) return;
		report(source.positionOf(['short'], 'value'), withField(['short'], `/go/${short}/ is already the short link of ${others.join(' and ')}. Choose another \`short\` for this action.`));
	},
});
