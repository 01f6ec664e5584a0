/** The static paths of the pages made per entry: one per published entry, the entry as the page's prop. */
import type { CollectionName } from '../schemas/context.ts';
import { published, type Entry } from './hub.ts';

export function entryPaths<C extends CollectionName>(collection: C, only: (entry: Entry<C>) => boolean = () => true) {
	return published(collection)
		.filter(only)
		.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
