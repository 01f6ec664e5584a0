/** Two builds of the same content, on machines in different time zones and with no shared cache, are byte-identical. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distOf } from '../helpers/html.ts';
import { SITES } from '../helpers/sites.ts';

function files(dir: string): string[] {
	return (readdirSync(dir, { recursive: true }) as string[]).filter((file) => statSync(join(dir, file)).isFile()).sort();
}

describe('the build', () => {
	it('writes the same files with the same bytes, cards and images included', () => {
		const [first, second] = [distOf(SITES.example), distOf(SITES.exampleAgain)];
		const names = files(first);
		expect(files(second)).toEqual(names);
		expect(names.filter((name) => name.endsWith('.png')).length).toBeGreaterThan(20);
		const different = names.filter((name) => !readFileSync(join(first, name)).equals(readFileSync(join(second, name))));
		expect(different).toEqual([]);
	});
});
