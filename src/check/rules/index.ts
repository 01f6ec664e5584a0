/**
 * Every rule of the content check, and the ids of the runner's reading steps. An id is stable: it is
 * printed with every message (`[link-target]`, `"rule"` in JSON, the annotation's title) and is what
 * `npm run check -- --rule <id>` and `--ignore <id>` take. Rename one only with a migration note.
 *
 * | id | severity | finds |
 * |---|---|---|
 * | `site-settings` | error | site.yaml is missing, cannot be read, is not valid YAML, or does not pass the site settings schema |
 * | `skipped-file` | error | a file looks like an entry but the build would skip it: hidden (`.draft.md`), `.MD`, `.markdown`, `.txt` |
 * | `entry-link` | error | an entry is a link to a file outside the content folder, or to nothing |
 * | `file-name` | error | a content file name cannot be a web address |
 * | `duplicate-slug` | error | two files of one collection have the same name (x.md and x.mdx) |
 * | `file-size` | error | a content file is larger than 256 KB |
 * | `file-encoding` | error | a content file is not UTF-8 (Latin-1, Windows-1252, UTF-16): the line and column of the first byte that is not |
 * | `control-character` | error | a content file holds an invisible control character (NUL, ESC, a lone carriage return…) |
 * | `frontmatter` | error | the file is empty, or its fields are not between two lines of `---` |
 * | `yaml-syntax` | error | the fields are not valid YAML `name: value` fields: a tab, an unquoted colon, an unclosed quote, a field written twice |
 * | `yaml-nesting` | error | the fields are nested more than 16 levels deep |
 * | `yaml-aliases` | error | YAML aliases (`&a`, `*a`) repeat each other past 10,000 values, or never end (an "alias bomb") |
 * | `schema` | error | a field is missing, unknown, of the wrong type or an impossible value (such as a control character in a line of text) |
 * | `emphasis-marks` | error | a paragraph of the text has more than 2,000 emphasis marks (`*`, `_`, `~`) |
 * | `summary-length` | warning | the summary is longer than link previews show (200 characters) |
 * | `reference-exists` | error | a reference to another entry names no file of that collection |
 * | `reference-unpublished` | warning | a reference names an entry the build will not publish (a draft, a scheduled entry, a member without consent), which the page leaves out |
 * | `image-exists` | error | a frontmatter image has no file at its path, leads out of content/, is not a JPEG, PNG, WebP, AVIF or GIF, or is over 20 MB |
 * | `placeholder` | error | a field, paragraph or heading of an entry that will be published (or is scheduled) is still the template's text (`PLACEHOLDERS` of src/scaffold/templates.ts, or `replace-me`), and an action with it whose date has passed; nothing for a draft, a warning for a spotlight without consent |
 * | `card-glyphs` | warning | a title, name, role, venue or button label holds a character no share-card font or emoji picture can draw (an empty box) |
 * | `short-link` | error | an action's `short` link is already the short link of another action (its `short` or its file name) |
 * | `cta-target` | error | `cta.url` is a path of this hub where nothing will be published |
 * | `resource-file` | error | a resource's `file` is not in `public/` |
 * | `spotlight-consent` | warning | a member spotlight has no `consent`, so it is not published |
 * | `link-target` | error | a link or image in the text goes to a path of this hub where nothing will be published, or a link is a relative path |
 * | `link-scheme` | error | a link or image in the text goes elsewhere with an unsafe or unknown scheme, or no real host |
 * | `body-image-exists` | error | an image in the text has no file at its relative path, leads out of content/, is not a JPEG, PNG, WebP, AVIF or GIF, or is over 20 MB |
 * | `link-text` | error | a link in the text has no text |
 * | `vague-link-text` | warning | a link's text ("click here", "read more") does not say where it goes |
 * | `image-alt` | error | an image in the text has no alt text |
 * | `unsafe-html` | warning | HTML in the text has what the hub removes (script, style, frame, form, on…=, javascript:) |
 * | `unclosed-comment` | error | an HTML comment in the text (`<!--`) is never closed, so the rest of the text is hidden |
 * | `heading-level` | warning | a heading in the text is level 1, which the title already is |
 * | `heading-increment` | warning | a heading in the text skips a level |
 * | `mdx-untrusted` | error | an entry is written in MDX (code) and site.yaml does not set `trustMdx: true` |
 * | `mdx-code` | warning | an import, export or expression of a trusted MDX entry, listed for reviewers |
 * | `markdown-nesting` | error | the text nests quotes, lists, emphasis or links more than 32 levels deep (24 levels of quotes and lists on a line, 48 open emphasis marks, 24 open brackets) |
 * | `html-nesting` | error | HTML in the text nests elements more than 32 deep |
 * | `public-shadows-route` | error | a file in public/ has the address of a page or file the hub generates |
 * | `public-link-outside` | error | a file or folder in public/ is a link to something outside public/ |
 * | `public-file-type` | error | a file in public/files/ is a page, script, SVG or another kind a resource may not offer |
 *
 * To add a rule: one file in this folder exporting `defineRule({ id, description, check })` (or
 * `defineNodeRule({ id, description, node, message })` for one node of the text at a time), listed
 * below and in the table, with a test in tests/unit/check-rules.test.ts.
 */
import { bodyImageExists } from './body-image-exists.ts';
import { cardGlyphs } from './card-glyphs.ts';
import { ctaTarget } from './cta-target.ts';
import { headingIncrement, headingLevel } from './headings.ts';
import { htmlNesting } from './html-nesting.ts';
import { imageAlt } from './image-alt.ts';
import { imageExists } from './image-exists.ts';
import { linkScheme } from './link-scheme.ts';
import { linkTarget } from './link-target.ts';
import { linkText, vagueLinkText } from './link-text.ts';
import { mdxCode, mdxUntrusted } from './mdx-code.ts';
import { markdownNesting } from './markdown-nesting.ts';
import { placeholder } from './placeholder.ts';
import { PUBLIC_RULES } from './public-folder.ts';
import { READING } from './reading.ts';
import { referenceExists } from './reference-exists.ts';
import { referenceUnpublished } from './reference-unpublished.ts';
import { resourceFile } from './resource-file.ts';
import type { Rule, RuleInfo } from './rule.ts';
import { shortLink } from './short-link.ts';
import { spotlightConsent } from './spotlight-consent.ts';
import { summaryLength } from './summary-length.ts';
import { unclosedComment } from './unclosed-comment.ts';
import { unsafeHtml } from './unsafe-html.ts';

export { READING } from './reading.ts';
export { markdownNesting } from './markdown-nesting.ts';
export { defineNodeRule, defineRule, type Rule, type RuleContext, type RuleInfo } from './rule.ts';

/**
 * The rules run on every valid entry, in this order. Findings are sorted by position afterwards; at
 * one position (a link that is both vague and broken) they keep this order: where it goes, then its text.
 */
export const RULES: readonly Rule[] = [
	summaryLength,
	referenceExists,
	referenceUnpublished,
	imageExists,
	placeholder,
	cardGlyphs,
	shortLink,
	ctaTarget,
	resourceFile,
	spotlightConsent,
	linkTarget,
	linkScheme,
	bodyImageExists,
	linkText,
	vagueLinkText,
	imageAlt,
	unsafeHtml,
	unclosedComment,
	headingLevel,
	headingIncrement,
	mdxUntrusted,
	mdxCode,
	markdownNesting,
	htmlNesting,
];

/** Every id a diagnostic can carry: the reading steps', the rules', then the static files folder's. */
export const ALL_RULES: readonly RuleInfo[] = [...Object.values(READING), ...RULES, ...Object.values(PUBLIC_RULES)];
