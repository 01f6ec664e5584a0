/**
 * A `_headers` file as the two hosts that read it apply it to a path, so tests can check what a
 * browser would be sent by each (see `src/hosting/security-headers.ts` for why they differ):
 * - Cloudflare Pages: every matching rule in file order; a rule's `! Name` lines first detach a header
 *   earlier rules set, then its values are set, joined with ", " to a value an earlier rule set.
 * - Netlify: lines without a colon are ignored; a later matching rule's value replaces an earlier one.
 * Patterns are matched as both do for the hub's: `*` at the end matches any rest of the path.
 */

export interface HeaderRule {
	pattern: string;
	/** Headers detached (`! Name`), lower case. */
	detach: string[];
	/** Headers set, in order, with their names as written. */
	set: Array<[name: string, value: string]>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (/^\s*(#|$)/.test(line)) continue;
		if (/^\//.test(line)) {
			rules.push({ pattern: line.trim(), detach: [], set: [] });
			continue;
		}
		const rule = rules.at(-1);
		const detach = /^\s+!\s*([\w-]+)\s*$/.exec(line);
		const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
		if (rule && detach) rule.detach.push(detach[1]!.toLowerCase());
		else if (rule && header) rule.set.push([header[1]!, header[2]!.trim()]);
	}
	return rules;
}

const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

/** The headers Cloudflare Pages sends for a path, by lower-case name. */
export function cloudflareHeaders(rules: readonly HeaderRule[], path: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules.filter(({ pattern }) => matches(pattern, path))) {
		for (const name of rule.detach) delete headers[name];
		for (const [name, value] of rule.set) {
			const key = name.toLowerCase();
			headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
		}
	}
	return headers;
}

/** The headers Netlify sends for a path, by lower-case name: `!` lines have no colon, so Netlify skips them. */
export function netlifyHeaders(rules: readonly HeaderRule[], path: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules.filter(({ pattern }) => matches(pattern, path))) {
		const own: Record<string, string> = {};
		for (const [name, value] of rule.set) {
			const key = name.toLowerCase();
			own[key] = own[key] === undefined ? value : `${own[key]}, ${value}`;
		}
		Object.assign(headers, own);
	}
	return headers;
}
