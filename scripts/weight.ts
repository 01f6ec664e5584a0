/**
 * `npm run weight`: a table of what each type of page weighs, compressed, on the built site in dist/
 * (run `npm run build` first), against the action page's budget. Exit code 1 when a page is over it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION_BUDGET, kb, pageWeight } from './page-weight.ts';

const dist = join(process.cwd(), process.argv[2] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
	console.error(`No built site in ${dist}. Run \`npm run build\` first.`);
	process.exit(2);
}
const first = (dir: string) => readdirSync(join(dist, dir), { withFileTypes: true }).find((entry) => entry.isDirectory())?.name;
const actions = readdirSync(join(dist, 'actions'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `/actions/${entry.name}/`);
const types: Array<[string, string]> = [
	['home', '/'],
	['action index', '/actions/'],
	...actions.map((path): [string, string] => ['action', path]),
	['story', `/stories/${first('stories')}/`],
	['member', `/members/${first('members')}/`],
	['resource', `/resources/${first('resources')}/`],
	['topic', `/topics/${first('topics')}/`],
	['flyer', `${actions[0]}flyer/`],
	['embed', actions[0]!.replace(/^\/actions\//, '/embed/actions/')],
	['404', '/404.html'],
];

const rows = types.map(([type, path]) => ({ type, ...pageWeight(dist, path) }));
const pad = (text: string, width: number) => text.padEnd(width);
console.log(`${pad('page type', 14)}${pad('path', 42)}${pad('HTML', 10)}${pad('CSS', 10)}${pad('JS', 10)}${pad('total gz', 11)}brotli`);
for (const row of rows) {
	console.log(`${pad(row.type, 14)}${pad(row.path, 42)}${pad(kb(row.html), 10)}${pad(kb(row.css), 10)}${pad(kb(row.js), 10)}${pad(kb(row.total), 11)}${kb(row.brotliTotal)}`);
}
const over = rows.filter((row) => row.type === 'action' && (row.total > ACTION_BUDGET.total || row.js > ACTION_BUDGET.js));
const blocking = rows.filter((row) => row.blocking.length);
console.log(`\nAction page budget: ${kb(ACTION_BUDGET.total)} in all, ${kb(ACTION_BUDGET.js)} of JavaScript, compressed.`);
const heaviest = rows.filter((row) => row.type === 'action').sort((a, b) => b.total - a.total)[0]!;
console.log(`Heaviest action page: ${heaviest.path} at ${kb(heaviest.total)} (${((heaviest.total / ACTION_BUDGET.total) * 100).toFixed(0)}% of budget), ${kb(heaviest.js)} of JavaScript.`);
for (const row of over) console.log(`OVER BUDGET: ${row.path}`);
for (const row of blocking) console.log(`BLOCKS RENDERING: ${row.path}: ${row.blocking.join('; ')}`);
process.exitCode = over.length || blocking.length ? 1 : 0;
