/**
 * How a page that searches loads the search index's script. Pagefind's script is a module to import;
 * but Astro does not put a bundled script that imports a module into the page, and a script file
 * would need `'self'` in the policy. So the search script (src/client/search.ts) adds this one-line
 * script to the page, allowed by its hash: added by a script, not by the HTML parser, its import is
 * trusted under `'strict-dynamic'` (an import from a script in the HTML would not be).
 */
import { createHash } from 'node:crypto';
import { href, paths } from './urls.ts';

/** The script: starts loading Pagefind from this site's index folder, as the promise `window.hubSearchIndex`. */
export const searchLoader = `window.hubSearchIndex = import(${JSON.stringify(`${href(paths.searchIndex())}pagefind.js`)});`;

/** Its hash, for the page's `script-src`. */
export const searchLoaderHash = `sha256-${createHash('sha256').update(searchLoader).digest('base64')}` as const;
