/**
 * Indentation mistakes in the fields, as organizers make them: one message, at the line where the
 * indentation goes wrong, in plain words (never the YAML parser's), read through the same reader as
 * the check and the build.
 */
import { describe, expect, it } from 'vitest';
import { readYaml } from '../../src/source/yaml-source.ts';

/** An event's fields, line 2 of the file onwards (line 1 is the `---`), with `replace` applied. */
const EVENT = [
	'title: Winter meetup',
	'summary: Come.',
	'kind: attend',
	'cta:',
	'  url: https://events.example.org/x',
	'event:',
	'  start: 2027-01-16 10:00',
	'  end: 2027-01-16 15:00',
	'  venue:',
	'    name: Delgado Hardware',
	'    address: 2101 West Superior Street',
	'hosts:',
	'- rosa-delgado',
	'links:',
	'  - label: Email',
	'    url: mailto:a@example.org',
	'summaryLong: >-',
	'  text that goes on',
	'    indented: as it likes',
];
const problems = (edit: (lines: string[]) => void) => {
	const lines = [...EVENT];
	edit(lines);
	return readYaml(lines.join('\n'), 2).problems.map(({ line, column, message }) => `${line}:${column} ${message}`);
};

describe('indentation mistakes', () => {
	it('finds nothing in fields indented well, lists and blocks of text included', () => {
		expect(problems(() => undefined)).toEqual([]);
	});

	it('names a field indented one space too far, at its own line, with what its group uses', () => {
		expect(problems((lines) => (lines[6] = '   start: 2027-01-16 10:00'))).toEqual(['8:4 `start` is indented 3 spaces; the other fields of `event` use 2 spaces. Line it up with them.']);
	});

	it('names a field indented one space short, at its own line', () => {
		expect(problems((lines) => (lines[10] = '   address: 2101 West Superior Street'))).toEqual(['12:4 `address` is indented 3 spaces; the other fields of `venue` use 4 spaces. Line it up with them.']);
	});

	it('names a field that falls out of its group toward the top', () => {
		expect(problems((lines) => (lines[7] = ' end: 2027-01-16 15:00'))).toEqual(['9:2 `end` is indented 1 space; the other fields of `event` use 2 spaces. Line it up with them.']);
	});

	it('names a field between two groups it could belong to, with both', () => {
		expect(problems((lines) => lines.splice(11, 0, '   online: https://meet.example.org/x'))).toEqual([
			'13:4 `online` is indented 3 spaces: the other fields of `venue` use 4 spaces, the fields of `event` 2 spaces. Line it up with the group it belongs to.',
		]);
	});

	it('says a tab is not indentation, once, with how many spaces to write', () => {
		expect(problems((lines) => (lines[7] = '\tend: 2027-01-16 15:00'))).toEqual([
			'9:1 `end` is indented with a tab. YAML reads only spaces: replace the tab with spaces, as many as the other fields of `event` use (2 spaces).',
		]);
	});

	it('leaves other mistakes to their own messages', () => {
		expect(problems((lines) => (lines[0] = 'title: Winter meetup: the sequel'))).toEqual([
			'2:8 This value contains a colon, which YAML reads as a new field. Put the value in quotes: title: "Winter meetup: the sequel"',
		]);
	});
});
