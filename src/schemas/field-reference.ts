/**
 * The field reference organizers read, docs/fields.md, written from the schemas themselves: each
 * field's Zod description (the same text editors show on hover), its type in plain words (the
 * `FIELD_TYPES` of src/schemas/fields.ts, or its Zod type), whether it is required or its default,
 * and an example. Pure: schemas in, Markdown out. `npm run schemas` writes it; a unit test keeps the
 * committed file equal to it.
 */
import { z } from 'astro/zod';
import { ActionSchema } from './action.ts';
import type { CollectionName, EntryReference, SchemaContext } from './context.ts';
import { FIELD_TYPES, fieldType } from './fields.ts';
import { MemberSchema } from './member.ts';
import { ResourceSchema } from './resource.ts';
import { SiteSchema } from './site.ts';
import { StorySchema } from './story.ts';

/** Where the reference is written, from the project's root. */
export const FIELDS_FILE = 'docs/fields.md';

const ENTRY_NAME: Record<CollectionName, { one: string; example: string }> = {
	stories: { one: 'story', example: 'how-main-street-kept-its-store' },
	members: { one: 'member', example: 'rosa-miller' },
	resources: { one: 'resource', example: 'lease-checklist' },
	actions: { one: 'action', example: 'fair-lease-pledge' },
};

/**
 * The schemas as an organizer writes them: an image is a path, a reference a file name. The field
 * reference and the editors' JSON Schemas read the schemas through it.
 */
export const documentationContext = (): SchemaContext<string> => ({
	image: () => fieldType(z.string(), { words: 'path to an image file, from this Markdown file', example: '../images/fair.jpg' }),
	reference: <C extends CollectionName>(collection: C) =>
		fieldType(z.string(), {
			words: `${ENTRY_NAME[collection].one} file name, without .md`,
			plural: `${ENTRY_NAME[collection].one} file names, without .md`,
			example: ENTRY_NAME[collection].example,
		}) as unknown as z.ZodType<EntryReference<C>>,
	topics: [],
});

/** Each kind of file an organizer writes, with its schema: one section of the reference each. */
export const FILE_KINDS: ReadonlyArray<{ id: string; heading: string; intro: string; schema: () => z.ZodType }> = [
	{
		id: 'site',
		heading: 'Site settings: `content/site.yaml`',
		intro: 'Who the community is and how the hub presents it. One file, in YAML (no dashes around it).',
		schema: () => SiteSchema(),
	},
	{
		id: 'action',
		heading: 'Actions: `content/actions/`',
		intro:
			'One opportunity to act, with one button. An action whose deadline or event has passed shows as closed. An event is an action with an `event:` block. `npm run new -- action "Title"` writes one; `npm run new -- event "Title"` writes one with its `event:` block.',
		schema: () => ActionSchema(documentationContext()),
	},
	{
		id: 'story',
		heading: 'Stories: `content/stories/`',
		intro: 'The community told through its events, wins and people. `npm run new -- story "Title"` writes one.',
		schema: () => StorySchema(documentationContext()),
	},
	{
		id: 'member',
		heading: 'Members: `content/members/`',
		intro:
			"A spotlight on a member or a leader: who they are, what they know, how to reach them. Published only with the person's recorded `consent`. `npm run new -- member \"Name\"` writes one.",
		schema: () => MemberSchema(documentationContext()),
	},
	{
		id: 'resource',
		heading: 'Resources: `content/resources/`',
		intro:
			'Shared expertise: a guide, a toolkit, a template, a recording. It is a link (`url`), a file in `public/files/` (`file`), or the Markdown text itself. `npm run new -- resource "Title"` writes one.',
		schema: () => ResourceSchema(documentationContext()),
	},
];

/** One field of the reference. */
export interface FieldDoc {
	/** Its dotted path: `event.venue.name`; `links[].url` for the fields of a list's items; `topics.<slug>.name` for a map's. */
	path: string;
	description: string;
	/** What to write, in plain words. */
	type: string;
	required: boolean;
	/** Its default, when it has one worth showing. */
	default?: unknown;
	example?: unknown;
}

type Def = {
	type: string;
	shape?: Record<string, z.ZodType>;
	innerType?: z.ZodType;
	in?: z.ZodType;
	element?: z.ZodType;
	keyType?: z.ZodType;
	valueType?: z.ZodType;
	options?: z.ZodType[];
	entries?: Record<string, string>;
	values?: unknown[];
	defaultValue?: unknown;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema and the wrappers around it, outermost first: optional, default, prefault, the input side of a pipe. */
function layers(schema: z.ZodType): z.ZodType[] {
	const chain = [schema];
	for (;;) {
		const def = defOf(chain.at(-1)!);
		const next = ['optional', 'nullable', 'default', 'prefault', 'readonly'].includes(def.type) ? def.innerType : def.type === 'pipe' ? def.in : undefined;
		if (!next) return chain;
		chain.push(next);
	}
}

const core = (schema: z.ZodType) => layers(schema).at(-1)!;
const meta = (schema: z.ZodType) => layers(schema).map((layer) => z.globalRegistry.get(layer));
const plainType = (schema: z.ZodType) => layers(schema).map((layer) => FIELD_TYPES.get(layer)).find(Boolean);

/** What to write, in plain words. */
function typeWords(schema: z.ZodType, plural = false): string {
	const registered = plainType(schema);
	if (registered) return plural ? (registered.plural ?? registered.words) : registered.words;
	const def = defOf(core(schema));
	switch (def.type) {
		case 'string':
			return plural ? 'lines of text' : 'text';
		case 'boolean':
			return plural ? 'true or false each' : 'true or false';
		case 'number':
			return plural ? 'numbers' : 'number';
		case 'enum':
			return `${plural ? 'each ' : ''}one of: ${Object.values(def.entries ?? {}).join(', ')}`;
		case 'literal':
			return (def.values ?? []).map(String).join(' or ');
		case 'object':
			return plural ? 'items, each with the fields below' : 'the fields below, indented under it';
		case 'array':
			return `list of ${typeWords(def.element!, true)}`;
		case 'record':
			return `one entry per ${typeWords(def.keyType!)}, each with the fields below`;
		case 'union':
			return (def.options ?? []).map((option) => typeWords(option)).join(', or ');
		default:
			return 'see the description';
	}
}

function exampleOf(schema: z.ZodType): unknown {
	const given = meta(schema).find((m) => m?.examples)?.examples;
	if (Array.isArray(given) && given.length) return given[0];
	const registered = plainType(schema);
	if (registered && 'example' in registered) return registered.example;
	const def = defOf(core(schema));
	if (def.type === 'enum') return Object.values(def.entries ?? {})[0];
	if (def.type === 'boolean') return defaultOf(schema) === true ? false : true;
	if (def.type === 'array') {
		const item = exampleOf(def.element!);
		return item === undefined ? undefined : [item];
	}
	return undefined;
}

function defaultOf(schema: z.ZodType): unknown {
	for (const layer of layers(schema)) {
		const def = defOf(layer);
		if (def.type === 'default') return def.defaultValue;
	}
	return undefined;
}

const isOptional = (schema: z.ZodType) => layers(schema).some((layer) => ['optional', 'default', 'prefault'].includes(defOf(layer).type));

/** The object a schema is, under its wrappers, if it is one. */
const objectShape = (schema: z.ZodType) => {
	const def = defOf(core(schema));
	return def.type === 'object' ? def.shape : undefined;
};

/** Every field of a file kind's schema, in the order the schema defines them, nested fields after their parent. */
export function fieldDocs(schema: z.ZodType, prefix = ''): FieldDoc[] {
	const shape = objectShape(schema);
	if (!shape) return [];
	return Object.entries(shape).flatMap(([key, field]) => {
		const path = `${prefix}${key}`;
		const value = defaultOf(field);
		const doc: FieldDoc = {
			path,
			description: meta(field).find((m) => m?.description)?.description ?? '',
			type: typeWords(field),
			required: !isOptional(field),
			...(value === undefined || (typeof value === 'object' && value !== null && Object.keys(value).length === 0) ? {} : { default: value }),
			...(exampleOf(field) === undefined ? {} : { example: exampleOf(field) }),
		};
		const def = defOf(core(field));
		const nested =
			def.type === 'object'
				? fieldDocs(field, `${path}.`)
				: def.type === 'array'
					? fieldDocs(def.element!, `${path}[].`)
					: def.type === 'record'
						? fieldDocs(def.valueType!, `${path}.<slug>.`)
						: [];
		return [doc, ...nested];
	});
}

/** A value as it is written in YAML on one line. */
export function yamlValue(value: unknown, inList = false): string {
	if (Array.isArray(value)) return `[${value.map((item) => yamlValue(item, true)).join(', ')}]`;
	if (typeof value !== 'string') return String(value);
	const plain =
		/^[\p{L}\p{N}./]/u.test(value) &&
		!/: | #|:$|^(true|false|null|yes|no|~|[\d.]+)$/i.test(value) &&
		!/["']/.test(value) &&
		!(inList && /[,[\]{}]/.test(value));
	return plain ? value : JSON.stringify(value);
}

const cell = (text: string) => text.replace(/\s+/g, ' ').trim();

function fieldMarkdown(field: FieldDoc): string {
	const key = field.path.split('.').at(-1)!.replace('[]', '');
	const status = field.required ? '**Required.**' : field.default === undefined ? 'Optional.' : `Optional; default \`${yamlValue(field.default)}\`.`;
	const lines = [`- **\`${field.path}\`**: ${cell(field.description)}`, `  - ${status} Write: ${cell(field.type)}.`];
	if (field.example !== undefined) lines.push(`  - Example: \`${key}: ${yamlValue(field.example)}\``);
	return lines.join('\n');
}

/** The whole of docs/fields.md. */
export function fieldReference(): string {
	const sections = FILE_KINDS.map(({ id, heading, intro, schema }) => [`<a id="${id}"></a>\n\n## ${heading}`, intro, fieldDocs(schema()).map(fieldMarkdown).join('\n')].join('\n\n'));
	return `${[
		'# Field reference',
		'<!-- Written by `npm run schemas` from the descriptions in src/schemas/: edit those, not this file. -->',
		'Every field you can write, file by file: what it is for, what to write, whether it is required or what it is when left out, and an example. Editors that show the hub\'s schemas (VS Code with the Astro and YAML extensions) show the same descriptions when you point at a field.',
		[
			'How to read it:',
			'',
			'- A field with a dot, such as `event.venue.name`, is written indented under its parent: `name:` under `venue:` under `event:`.',
			'- `[]` is a list: `links[].url` is the `url` of each item of `links`, each item starting with `- `.',
			'- `<slug>` is a name you choose, such as `leases-and-rent` under `topics:`.',
			'- A field inside an optional group is required only when you write the group.',
			'- Dates are `2026-12-05`; dates and times `2026-12-05 18:30` on the 24-hour clock, in local time.',
			'- A field that is not listed here is an error, and `npm run check` suggests the closest one.',
		].join('\n'),
		FILE_KINDS.map(({ heading, id }) => `- [${heading.replace(/`/g, '')}](#${id})`).join('\n'),
		...sections,
	].join('\n\n')}\n`;
}
