/** Addresses of the hub's pages, with the deploy's base path (for GitHub project pages and the like). */
import type { CollectionName } from '../schemas/context.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** A path on this hub, with the base path; full addresses pass through. */
export function href(path: string): string {
	return path.startsWith('/') ? `${base}${path}` : path;
}

export const entryHref = (collection: CollectionName, id: string) => href(`/${collection}/${id}/`);
export const topicHref = (slug: string) => href(`/topics/${slug}/`);
export const catalystHref = (catalyst: string) => href(`/catalysts/${catalyst}/`);

/** Whether a link leaves the hub (and so gets `rel="noopener noreferrer"`). */
export const isExternal = (url: string) => /^https?:\/\//i.test(url);
