/**
 * Zod's messages name types ("expected string, received undefined"); organizers need to know which
 * field, what is wrong with it, and what to write. Each issue becomes one message at one place.
 */
import type { z } from 'astro/zod';
import { quote } from '../lib/quote.ts';
import { orList, suggest } from '../lib/suggest.ts';

export interface ExplainedIssue {
	path: PropertyKey[];
	/** Point at the key (wrong or unknown field name) or at the value. */
	part: 'key' | 'value';
	message: string;
}


const TYPE_WORDS: Record<string, string> = {
	string: 'text',
	boolean: 'true or false',
	array: 'a list, one "- item" per line',
	object: 'a group of fields, indented under it',
	number: 'a number',
	date: 'a date',
};

/** What was written, in words: lists and groups are named, never printed (through aliases they may be huge). */
export function describeInput(input: unknown): string {
	if (input === null) return 'nothing';
	if (Array.isArray(input)) return 'a list';
	if (typeof input === 'object') return 'a group of fields';
	if (typeof input === 'string') return quote(input);
	return String(input);
}

/** The value at a path of the data as written, for messages that quote it. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** The field a path names, as written in the file: `event.timezone`, `hosts` (list positions are left to the column). */
export function fieldLabel(path: readonly PropertyKey[]): string {
	return path.filter((segment) => typeof segment === 'string').join('.');
}

/** Starts a message with the field it is about, so it reads on its own (in a log, on a pull request). */
export function withField(path: readonly PropertyKey[], message: string): string {
	const label = fieldLabel(path);
	if (!label || message.startsWith(`\`${label}\``) || message.startsWith('Unknown field')) return message;
	return `\`${label}\`: ${message}`;
}

export function explainIssues(error: z.ZodError, schema: z.ZodType, data: unknown): ExplainedIssue[] {
	return withoutEchoes(explain(error, schema, data), schema).map((issue) => ({ ...issue, message: withField(issue.path, issue.message) }));
}

/**
 * One mistake, one message. A field written under another name (`location` for `venue`) is said once,
 * where it stands; the block, which now seems to lack `venue` ("An event needs a place: add `venue`",
 * "This describes a venue… add `venue`"), says nothing more about it. Likewise a field that lost its
 * indentation (`venue` at the top instead of under `event`): the block it left says nothing of it.
 */
function withoutEchoes(issues: ExplainedIssue[], schema: z.ZodType): ExplainedIssue[] {
	const inside = (path: PropertyKey[], prefix: PropertyKey[]) => prefix.every((segment, index) => path[index] === segment);
	const echoes = issues.flatMap((issue) => {
		if (issue.part !== 'key' || !issue.message.startsWith('Unknown field')) return [];
		const key = String(issue.path.at(-1));
		const at = issue.path.slice(0, -1);
		const known = knownKeysAt(schema, at);
		const meant = closeField(key, known);
		// (At the top of the file, the misspelling's "missing" twin is already left out: see `explain`.)
		if (meant) return at.length ? [{ under: at, mention: meant, self: issue }] : [];
		const parent = known.find((field) => knownKeysAt(schema, [...at, field]).includes(key));
		return parent ? [{ under: [...at, parent], mention: key, self: issue }] : [];
	});
	if (!echoes.length) return issues;
	return issues.filter((issue) => !echoes.some(({ under, mention, self }) => issue !== self && inside(issue.path, under) && issue.message.includes(`\`${mention}\``)));
}

function explain(error: z.ZodError, schema: z.ZodType, data: unknown): ExplainedIssue[] {
	// A misspelt field shows up twice: as an unknown key and as a missing one. Say it once.
	const misspelt = new Set<string>();
	for (const issue of error.issues) {
		if (issue.code !== 'unrecognized_keys') continue;
		const known = knownKeysAt(schema, issue.path as PropertyKey[]);
		for (const key of issue.keys) {
			const close = closeField(key, known);
			if (close) misspelt.add(JSON.stringify([...issue.path, close]));
		}
	}
	return error.issues.flatMap((issue): ExplainedIssue[] => {
		const path = issue.path as PropertyKey[];
		const name = fieldLabel(path);
		if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && path.length > 0 && valueAt(data, path) === undefined) {
			if (misspelt.has(JSON.stringify(path))) return [];
			// A schema's own message (not Zod's "Invalid input…") says what to write.
			const advice = issue.message.startsWith('Invalid input') ? 'Add it: it is required.' : issue.message;
			return [{ path, part: 'key', message: `\`${String(name)}\` is missing. ${advice}` }];
		}
		switch (issue.code) {
			case 'unrecognized_keys': {
				const known = knownKeysAt(schema, path);
				return issue.keys.map((key) => ({ path: [...path, key], part: 'key', message: unknownFieldMessage(schema, path, key, known) }));
			}
			case 'invalid_type': {
				const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
				return [{ path, part: 'value', message: `\`${String(name)}\` should be ${expected}, not ${describeInput(valueAt(data, path))}.` }];
			}
			case 'invalid_value': {
				// A schema's own message knows the field better than a generic one.
				if (!issue.message.startsWith('Invalid option')) return [{ path, part: 'value', message: issue.message }];
				const values = issue.values.map(String);
				const written = valueAt(data, path);
				const close = typeof written === 'string' ? suggest(written, values, 1) : [];
				return [
					{
						path,
						part: 'value',
						message: `${describeInput(written)} is not one of the choices${close.length ? `: did you mean \`${close[0]}\`?` : '.'} Use ${orList(values)}.`,
					},
				];
			}
			default:
				return [{ path, part: 'value', message: issue.message }];
		}
	});
}

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType; valueType?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The field names an object in the schema accepts, for "did you mean" on unknown ones. */
/**
 * Words organizers write for a field that has another name here: suggested when the field they
 * point to is one of this place's fields (and spelling alone finds nothing).
 */
const SAME_MEANING: Record<string, readonly string[]> = {
	venue: ['location', 'place', 'where', 'address'],
	start: ['begin', 'begins', 'starts', 'from', 'when'],
	end: ['ends', 'finish', 'until'],
	timezone: ['zone', 'tz', 'time_zone', 'timeZone'],
	url: ['link', 'href'],
	cta: ['button', 'action', 'link'],
	summary: ['description', 'excerpt', 'intro', 'lede'],
	topics: ['tags', 'topic', 'category', 'categories'],
	hosts: ['host', 'organizer', 'organizers', 'organiser', 'organisers'],
	authors: ['author', 'by', 'writer'],
	online: ['zoom', 'meeting', 'stream'],
	deadline: ['due', 'closes', 'until'],
	cover: ['picture', 'photo', 'image'],
	photo: ['picture', 'image', 'portrait'],
	image: ['picture', 'photo'],
};

/** The field an unknown one was meant to be: by its spelling, or by its meaning. */
const closeField = (key: string, known: readonly string[]): string | undefined => suggest(key, known, 1)[0] ?? known.find((field) => SAME_MEANING[field]?.includes(key));

/**
 * What to say of an unknown field: the field it is a misspelling of; the field it means under
 * another word (`location` → `venue`); the block it belongs in, when it is a field of one of this
 * place's blocks (`venue` written at the top instead of under `event`: its indentation was lost);
 * else the fields there are.
 */
function unknownFieldMessage(schema: z.ZodType, path: readonly PropertyKey[], key: string, known: readonly string[]): string {
	const close = closeField(key, known);
	if (close) return `Unknown field \`${key}\`: did you mean \`${close}\`?`;
	const parent = known.find((field) => knownKeysAt(schema, [...path, field]).includes(key));
	if (parent) return `Unknown field \`${key}\` here: it is a field of \`${parent}\`. Did you mean to indent it under \`${parent}\`, with the other fields of \`${parent}\`?`;
	return `Unknown field \`${key}\`. The fields here are ${orList(known)}.`;
}

export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let current: z.ZodType | undefined = schema;
	let remaining = [...path];
	while (current) {
		const def = defOf(current);
		if (def.innerType) current = def.innerType;
		else if (def.type === 'pipe') current = def.in;
		else if (def.type === 'object') {
			if (remaining.length === 0) return Object.keys(def.shape ?? {});
			current = def.shape?.[String(remaining.shift())];
		} else if (def.type === 'array') {
			remaining.shift();
			current = def.element;
		} else if (def.type === 'record') {
			remaining.shift();
			current = def.valueType;
		} else return [];
	}
	return [];
}
