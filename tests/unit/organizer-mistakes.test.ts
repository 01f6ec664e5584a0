/**
 * The mistakes a new organizer makes, each in the example's winter meetup (content/actions/winter-meetup.md)
 * as they would make it: each gives exactly one message, at the line of the mistake, saying what to write.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { ROOT } from '../helpers/build-site.ts';

const copies: string[] = [];
afterAll(() => {
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** Checks a copy of the example with the meetup's text changed, as of the example's day. */
function checkWith(before: string, after: string) {
	const dir = mkdtempSync(join(tmpdir(), 'hub-mistake-'));
	copies.push(dir);
	cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
	const file = join(dir, 'content/actions/winter-meetup.md');
	const text = readFileSync(file, 'utf8');
	expect(text, 'the example no longer holds the text this mistake changes').toContain(before);
	writeFileSync(file, text.replace(before, after));
	const result = checkContent({ root: dir, contentDir: join(dir, 'content'), publicDir: join(ROOT, 'public'), now: new Date('2026-11-25T12:00:00Z') });
	return result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
}

const AT = 'content/actions/winter-meetup.md';

describe('an organizer\'s mistake in an event', () => {
	it.each([
		['`start` indented three spaces', '  start: 2027-01-16 10:00', '   start: 2027-01-16 10:00', `${AT}:15:4 \`start\` is indented 3 spaces; the other fields of \`event\` use 2 spaces.`],
		['the venue\'s `name` dedented', '    name: Delgado', '   name: Delgado', `${AT}:19:4 \`name\` is indented 3 spaces; the other fields of \`venue\` use 4 spaces.`],
		['a tab before `end`', '  end: 2027-01-16 15:00', '\tend: 2027-01-16 15:00', `${AT}:16:1 \`end\` is indented with a tab. YAML reads only spaces`],
		['a time written 10am', '  start: 2027-01-16 10:00', '  start: 2027-01-16 10am', `${AT}:15:10 \`event.start\`: "2027-01-16 10am" is not written the way the hub reads times. Write 2027-01-16 10:00`],
		['`location` for `venue`', '  venue:', '  location:', `${AT}:18:3 Unknown field \`location\`: did you mean \`venue\`?`],
		['a deadline in words', 'deadline: 2027-01-12', 'deadline: next Tuesday', `${AT}:13:11 \`deadline\`: "next Tuesday" is not a date, or a date and time. Write YYYY-MM-DD, or YYYY-MM-DD HH:MM`],
		['a host with no file', 'hosts: [rosa-delgado, marcus-bell]', 'hosts: [rosa-delgado, ines-ortiz]', `${AT}:27:23 \`hosts\`: There is no member "ines-ortiz" in content/members/. Write the file name of an existing entry, without .md. Or, if there is none yet, make one: npm run new -- member`],
	])('%s: one message, at its line, with the fix', (_mistake, before, after, expected) => {
		const errors = checkWith(before, after);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain(expected);
	});

	it('the `venue` block at the left edge: one message, where it stands, saying to indent it under `event`', () => {
		const block = '  venue:\n    name: Delgado Hardware & Paint, upstairs meeting room\n    address: 2101 West Superior Street, Duluth, MN 55806\n';
		const moved = 'venue:\n  name: Delgado Hardware & Paint, upstairs meeting room\n  address: 2101 West Superior Street, Duluth, MN 55806\n';
		const errors = checkWith(`${block}  accessibility:\n    stepFree: true\n    interpretation: [Spanish]\n    childcare: true\n    quietRoom: true\n    notes: The meeting room is upstairs, with a lift from the side door on 21st Avenue West. Ask Rosa for anything else.\n`, moved);
		expect(errors).toEqual([`${AT}:18:1 Unknown field \`venue\` here: it is a field of \`event\`. Did you mean to indent it under \`event\`, with the other fields of \`event\`?`]);
	});
});
