/**
 * The organizers' field reference (docs/fields.md) and the editors' JSON Schemas: every field of every
 * schema is in both, with its description. The fields are listed here by walking the JSON Schemas Zod
 * writes, not the reference's own walk of the Zod schemas, so a field that walk missed fails too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELDS_FILE, FILE_KINDS, fieldDocs, fieldReference, yamlValue } from '../../src/schemas/field-reference.ts';
import { collectionJsonSchema, siteJsonSchema } from '../../src/schemas/json-schema.ts';
import type { CollectionName } from '../../src/schemas/context.ts';
import { ROOT } from '../helpers/build-site.ts';

interface JsonSchema {
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
	additionalProperties?: JsonSchema | boolean;
	anyOf?: JsonSchema[];
	description?: string;
}

/** Every property of a JSON Schema, by dotted path (`links[].url`, `topics.<slug>.name`), with its description. */
function jsonFields(schema: JsonSchema, prefix = ''): Array<{ path: string; description?: string | undefined }> {
	return Object.entries(schema.properties ?? {}).flatMap(([key, property]) => [{ path: `${prefix}${key}`, description: property.description }, ...nestedFields(property, `${prefix}${key}`)]);
}

function nestedFields(schema: JsonSchema, path: string): Array<{ path: string; description?: string | undefined }> {
	return [
		...(schema.properties ? jsonFields(schema, `${path}.`) : []),
		...(schema.items?.properties ? jsonFields(schema.items, `${path}[].`) : []),
		...(typeof schema.additionalProperties === 'object' && schema.additionalProperties.properties ? jsonFields(schema.additionalProperties, `${path}.<slug>.`) : []),
		...(schema.anyOf ?? []).flatMap((option) => nestedFields(option, path)),
	];
}

const COLLECTION_OF: Record<string, CollectionName> = { action: 'actions', story: 'stories', member: 'members', resource: 'resources' };
const jsonSchemaOf = (id: string): JsonSchema => (id === 'site' ? JSON.parse(siteJsonSchema()) : collectionJsonSchema(COLLECTION_OF[id]!));

/** The part of docs/fields.md about one kind of file: from its anchor to the next. */
function section(markdown: string, id: string): string {
	const start = markdown.indexOf(`<a id="${id}"></a>`);
	expect(start, `no section for ${id}`).toBeGreaterThan(-1);
	const end = markdown.indexOf('<a id="', start + 1);
	return markdown.slice(start, end === -1 ? undefined : end);
}

describe('the field reference, docs/fields.md', () => {
	const committed = readFileSync(join(ROOT, FIELDS_FILE), 'utf8');

	it('is up to date with the schemas (regenerate with npm run schemas)', () => {
		expect(committed).toBe(fieldReference());
	});

	it.each(FILE_KINDS.map((kind) => kind.id))('lists every field of the %s schema, in its section', (id) => {
		const fields = jsonFields(jsonSchemaOf(id));
		expect(fields.length).toBeGreaterThan(8);
		const text = section(committed, id);
		const missing = fields.filter(({ path }) => !text.includes(`- **\`${path}\`**:`));
		expect(missing.map((field) => field.path)).toEqual([]);
		// …and nothing the schema does not have.
		const listed = [...text.matchAll(/^- \*\*`([^`]+)`\*\*:/gm)].map((match) => match[1]);
		expect(listed.sort()).toEqual(fields.map((field) => field.path).sort());
	});

	it('names the nested fields organizers look for, and the pictures', () => {
		for (const path of ['event.venue.name', 'cta.url', 'event.accessibility.stepFree', 'links[].url', 'topics.<slug>.name']) expect(committed).toContain(`\`${path}\``);
		for (const id of ['action', 'story', 'member', 'resource']) expect(section(committed, id)).toContain('- **`shareImage`**:');
		expect(section(committed, 'action')).toContain('- **`image`**:');
		expect(section(committed, 'resource')).toContain('- **`image`**:');
	});

	it('gives every field a description, a type in plain words, and an example unless it is a group of fields', () => {
		for (const kind of FILE_KINDS) {
			for (const field of fieldDocs(kind.schema())) {
				expect(field.description, field.path).toMatch(/\w{3}/);
				// Written for organizers: no source files, no TypeScript.
				expect(field.description, field.path).not.toMatch(/\.ts\b|ZodType|string\[\]/);
				expect(field.type, field.path).not.toBe('see the description');
				if (!/fields below/.test(field.type)) expect(field.example, field.path).toBeDefined();
			}
		}
	});

	it('says what to write in plain words', () => {
		const action = fieldDocs(FILE_KINDS.find((kind) => kind.id === 'action')!.schema());
		const byPath = Object.fromEntries(action.map((field) => [field.path, field]));
		expect(byPath['event.start']).toMatchObject({ required: true, type: expect.stringContaining('2026-12-03 18:30') });
		expect(byPath['hosts']).toMatchObject({ required: false, type: 'list of member file names, without .md' });
		expect(byPath['kind']?.type).toMatch(/^one of: learn-more, .*petition.*attend$/);
		expect(byPath['featured']).toMatchObject({ default: false, type: 'true or false' });
		expect(byPath['event.accessibility.stepFree']?.type).toBe('true or false');
	});

	it('writes examples as valid YAML values', () => {
		expect(yamlValue('Miller Hardware, back room')).toBe('Miller Hardware, back room');
		expect(yamlValue(['Spanish', 'American Sign Language'])).toBe('[Spanish, American Sign Language]');
		expect(yamlValue('#1f5f5b')).toBe('"#1f5f5b"');
		expect(yamlValue('@rosa@mastodon.social')).toBe('"@rosa@mastodon.social"');
		expect(yamlValue('Add your name: fair leases')).toBe('"Add your name: fair leases"');
		expect(yamlValue(['a, b'])).toBe('["a, b"]');
		expect(yamlValue('true')).toBe('"true"');
	});
});

describe('editor hovers', () => {
	it.each(FILE_KINDS.map((kind) => kind.id))('the %s JSON Schema gives every property a description', (id) => {
		const undescribed = jsonFields(jsonSchemaOf(id)).filter((field) => !field.description?.trim());
		expect(undescribed.map((field) => field.path)).toEqual([]);
	});

	it('describes a field in the JSON Schema with the very words of the field reference', () => {
		const schema = collectionJsonSchema('actions') as JsonSchema;
		const venueName = schema.properties?.event?.properties?.venue?.properties?.name;
		expect(venueName?.description).toBe('The name people will look for on arrival.');
		expect(readFileSync(join(ROOT, FIELDS_FILE), 'utf8')).toContain('- **`event.venue.name`**: The name people will look for on arrival.');
	});
});
