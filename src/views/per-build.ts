/**
 * What a view works out once per build rather than once per page: a build has one view context, and
 * a large hub has thousands of pages that each would scan every entry for the same answer.
 */
import type { ViewContext } from './context.ts';

const known = new WeakMap<ViewContext, Map<string, unknown>>();

/** `make()`'s answer for this build (this view context), made on first use. */
export function perBuild<T>(context: ViewContext, name: string, make: () => T): T {
	let answers = known.get(context);
	if (!answers) known.set(context, (answers = new Map()));
	if (!answers.has(name)) answers.set(name, make());
	return answers.get(name) as T;
}

/** The actions open now, in the site's order. */
export const openActions = (context: ViewContext) =>
	perBuild(context, 'open actions', () => context.published('actions').filter((action) => !context.timing(action).closed));
