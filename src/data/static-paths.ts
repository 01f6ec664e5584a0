/** The static paths of the pages made per entry: one per published entry, the entry as the page's prop. */
import { shortLinkNames } from '../routes/outputs.ts';
import type { CollectionName } from '../schemas/context.ts';
import { published, type Entry } from './hub.ts';

/** The short links of published actions: each action at its slug, and at its own `short` when it has one. */
export function shortLinkPaths() {
	return published('actions').flatMap((entry) => shortLinkNames({ slug: entry.id, short: entry.data.short }).map((name) => ({ params: { slug: name }, props: { entry } })));
}

export function entryPaths<C extends CollectionName>(collection: C, only: (entry: Entry<C>) => boolean = () => true) {
	return published(collection)
		.filter(only)
		.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
