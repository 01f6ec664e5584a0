/** Addresses of the hub's pages for this build: the routes module's paths, with the deploy's base path. */
import settings from 'virtual:community-hub/settings';
import { paths } from '../routes/paths.ts';
import { urls } from '../routes/urls.ts';
import type { Catalyst, CollectionName } from '../schemas/context.ts';

export { isExternal } from '../routes/urls.ts';
export { paths } from '../routes/paths.ts';

export const { href, absolute, typed } = urls(settings);

/** The absolute address of a path as served (already with the base path), such as `Astro.url.pathname`. */
export const absoluteServed = (servedPath: string) => new URL(servedPath, settings.siteUrl).href;

export const entryHref = (collection: CollectionName, id: string) => href(paths.entry(collection, id));
export const topicHref = (slug: string) => href(paths.topic(slug));
export const catalystHref = (catalyst: Catalyst) => href(paths.catalyst(catalyst));
