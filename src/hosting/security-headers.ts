/**
 * The hub's security policy: what pages may load and do. Astro writes `script-src` and `style-src`
 * with hashes into each page; these directives cover everything else. The `_headers` file gives
 * static hosts the same policy as real headers, plus the headers a `<meta>` tag cannot carry.
 */
import { paths } from '../routes/paths.ts';

/**
 * What `script-src` allows besides the hashes of the hub's own inline scripts, which Astro adds: no
 * script file at all, not even one of the site's own (`'self'` would let an uploaded `.js` run).
 * `'report-sample'` allows nothing; it stands in Astro's list so that Astro writes no `'self'`.
 */
export const SCRIPT_SOURCES = ["'report-sample'"] as const;

/**
 * What pages that search add to `script-src`, and only they: Pagefind's index is read by a
 * WebAssembly module (`'wasm-unsafe-eval'` lets a page compile WebAssembly, not evaluate strings),
 * and its script is loaded by the page's own hashed script (`'strict-dynamic'` trusts what a trusted
 * script loads, so no address, not even `'self'`, is allowed in general).
 */
export const SEARCH_SCRIPT_SOURCES = ["'wasm-unsafe-eval'", "'strict-dynamic'"] as const;

/** Directives besides script-src and style-src, which Astro computes per page. */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	// Share cards and optimized images are ours; data: for tiny inline SVGs some browsers make.
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"manifest-src 'self'",
] as const;

/** Features no hub page uses: refused, so an injected script could not use them either. */
const PERMISSIONS_POLICY = [
	'accelerometer=()',
	'camera=()',
	'geolocation=()',
	'gyroscope=()',
	'magnetometer=()',
	'microphone=()',
	'payment=()',
	'usb=()',
	'interest-cohort=()',
	'browsing-topics=()',
].join(', ');

/** Collects the script and style hashes every page's policy allows, for one site-wide header. */
export function unionPolicy(pagePolicies: readonly string[]): string {
	const sources = new Map<string, Set<string>>();
	for (const policy of pagePolicies) {
		for (const directive of policy.split(';')) {
			const [name, ...values] = directive.trim().split(/\s+/);
			if (!name) continue;
			const set = sources.get(name) ?? new Set<string>();
			for (const value of values) set.add(value);
			sources.set(name, set);
		}
	}
	// A <meta> policy cannot forbid framing; the header can.
	sources.set('frame-ancestors', new Set(["'none'"]));
	return [...sources].map(([name, values]) => [name, ...[...values].sort()].join(' ')).join('; ');
}

/** The folder of every embeddable card: `/embed/actions/`. */
const EMBEDS = paths.embed('').slice(0, -1);

/** HTTPS only, for a year, once a browser has seen the site over HTTPS. No preload: that is the owner's choice. */
const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/** The site-wide policy, but for the cards other sites may frame (`/embed/actions/…`): any site may frame them. */
export const embedPolicy = (policy: string): string => policy.replace(/frame-ancestors [^;]*/, 'frame-ancestors *');

/**
 * The `_headers` file read by Netlify and Cloudflare Pages: the policy and the headers a `<meta>` tag
 * cannot carry for every page; for the files resources offer (`/files/…`): always a download, never a
 * page of the hub's origin, whatever a file claims to be; and for the action cards other sites embed
 * (`/embed/actions/…`), the same policy except that any site may frame them.
 *
 * The two hosts read a path that several rules match differently, and the embed rule works on both:
 * - Cloudflare Pages applies every matching rule in file order, joining a header an earlier rule set
 *   with the later value (", "): two policies would both apply, and `'none'` would still forbid
 *   framing. A line `! Name` first detaches the header the earlier rules set, so the embed rule
 *   detaches the policy and X-Frame-Options, then sets its own policy: one policy, no X-Frame-Options.
 * - Netlify ignores a line without a colon (the `!` lines), and a later rule's value for a header
 *   replaces the earlier one: the embed policy replaces the site-wide one; X-Frame-Options: DENY
 *   stays, but browsers ignore X-Frame-Options whenever the policy has `frame-ancestors` (HTML
 *   standard, "checking a navigation response's adherence to X-Frame-Options").
 * So the embed rule comes last, and on no other path may any site frame the hub.
 */
export function headersFile(policy: string, base: string): string {
	const prefix = base.replace(/\/$/, '');
	return `# Security headers for every page, written by the build.
${prefix}/*
  Content-Security-Policy: ${policy}
  Strict-Transport-Security: ${STRICT_TRANSPORT_SECURITY}
  Referrer-Policy: strict-origin-when-cross-origin
  X-Content-Type-Options: nosniff
  X-Frame-Options: DENY
  Permissions-Policy: ${PERMISSIONS_POLICY}
${prefix}${paths.files()}*
  Content-Disposition: attachment
  X-Content-Type-Options: nosniff
# Action cards any site may frame: the same policy, but for frame-ancestors (see src/hosting/security-headers.ts).
${prefix}${EMBEDS}*
  ! Content-Security-Policy
  ! X-Frame-Options
  Content-Security-Policy: ${embedPolicy(policy)}
`;
}
