/**
 * `placeholder`: an entry that will be published holds no text the template (`npm run new`) wrote
 * for the organizer to replace, in its fields or its body. The words are the templates' own
 * (`PLACEHOLDERS` in src/scaffold/templates.ts), so a change to a template changes what is found.
 *
 * How serious depends on what the build does with the entry:
 * - published, or scheduled (it goes live by itself on its date): an error, which stops the build;
 * - a draft: nothing, since a draft is where the template's words are expected;
 * - held back for another reason (a spotlight without consent): a warning, as it is one edit from going live.
 *
 * An action that still holds template text and whose deadline or event is already past says so at the
 * date: published as it is, its page would be closed from the start (the template dates it the day
 * the file was written).
 */
import type { Node } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { withField } from '../../schemas/explain-issue.ts';
import { actionTiming, type TimedAction } from '../../model/action-timing.ts';
import { visibility } from '../../model/publishing.ts';
import { PLACEHOLDERS, TEMPLATE_TIMES } from '../../scaffold/templates.ts';
import type { Position } from '../../source/yaml-source.ts';
import { defineRule, type RuleContext, type Severity } from './rule.ts';

/** Placeholders of templates older than `PLACEHOLDERS`, still recognised: a `replace-me` or `replace-with-…` address. */
const REPLACE_ME = /replace-(me|with)/;

/** Spaces, tabs and line breaks as one space, so that a rewrapped paragraph is still recognised. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every field placeholder of every template (one left in another collection's entry is still one). */
const FIELD_TEXTS: readonly string[] = [...new Set(Object.values(PLACEHOLDERS).flatMap(({ fields }) => Object.values(fields).map(squash)))];
/** Every paragraph and heading of every template's body, as its text (a heading without its `#`). */
const BODY_TEXTS: readonly string[] = [...new Set(Object.values(PLACEHOLDERS).flatMap(({ body }) => body.map((block) => squash(block.replace(/^#{1,6}\s+/, '')))))];

/** The start of a template text, for a message: the organizer recognises it, the file has the rest. */
const quoted = (text: string) => `"${text.length > 48 ? `${text.slice(0, 45).trimEnd()}…` : text}"`;

/** The template text a value or a paragraph still holds, if any. */
function templateText(text: string, texts: readonly string[]): string | undefined {
	const plain = squash(text);
	return texts.find((placeholder) => plain.includes(placeholder));
}

/** How serious a placeholder is in this entry, and what to add to its message; undefined: say nothing. */
function stakes({ entry, site, paths, unpublished }: RuleContext): { severity: Severity; until: string } | undefined {
	if (entry.data.draft) return undefined;
	const now = paths.now ?? new Date();
	const state = site ? visibility(entry, { now, timeZone: site.timezone }) : unpublished.has(`${entry.collection}/${entry.slug}`) ? 'no-consent' : 'published';
	if (state === 'published') return { severity: 'error', until: 'or keep `draft: true` until it is ready' };
	if (state === 'scheduled') return { severity: 'error', until: 'or keep `draft: true` until it is ready: it is scheduled, so it goes live by itself on its date' };
	return { severity: 'warning', until: 'before it is published' };
}

/** A template text left in a field or the body of an entry that will be published. */
export const placeholder = defineRule({
	id: 'placeholder',
	description: 'A field or a paragraph of an entry that will be published is still the text the template (npm run new) wrote.',
	severity: 'error',
	check(context) {
		const at = stakes(context);
		if (!at) return;
		const { values, source, report, entry } = context;
		let found = false;
		for (const { value, path } of values()) {
			if (typeof value !== 'string') continue;
			const text = templateText(value, FIELD_TEXTS) ?? (REPLACE_ME.test(value) ? value : undefined);
			if (!text) continue;
			found = true;
			report(source.positionOf(path, 'value'), withField(path, `Still the template's text ${quoted(text)}. Write the real one, ${at.until}.`), at.severity);
		}
		for (const node of [...context.nodes('heading'), ...context.nodes('paragraph')]) {
			const text = templateText(toString(node), BODY_TEXTS);
			if (!text) continue;
			found = true;
			const what = node.type === 'heading' ? 'This heading' : 'This paragraph';
			report(context.nodePosition(node as Node), `${what} is still the template's text ${quoted(text)}. Write the entry's own, ${at.until}.`, at.severity);
		}
		if (found && entry.collection === 'actions' && context.site) pastDate(context, at);
	},
});

/** An action with template text whose deadline or event has passed: its page would be published closed. */
function pastDate({ entry, site, paths, source, report }: RuleContext, at: { severity: Severity; until: string }) {
	const action = entry.data as TimedAction;
	const timing = actionTiming(action, site!.timezone, paths.now ?? new Date());
	if (!timing.closed) return;
	const shown = (local: string) => local.replace('T', ' ');
	const time = (local: string) => local.slice(11, 16);
	let path: readonly string[];
	let what: string;
	let template: boolean;
	if (timing.closed === 'event-over') {
		const { start, end } = action.event!;
		path = ['event', 'end'];
		what = `The event ended ${shown(end)}, already past`;
		template = time(start) === TEMPLATE_TIMES.eventStart && time(end) === TEMPLATE_TIMES.eventEnd && start.slice(0, 10) === end.slice(0, 10);
	} else {
		path = ['deadline'];
		what = `${shown(action.deadline!)} is already past`;
		template = time(action.deadline!) === TEMPLATE_TIMES.deadline;
	}
	const why = template ? ` (still the template's date and ${path.length > 1 ? 'times' : 'time'}: the day the file was written)` : '';
	const position: Position = source.positionOf(path, 'value');
	report(position, withField(path, `${what}${why}, so the page would be published closed. Set the real date, ${at.until}.`), at.severity);
}
