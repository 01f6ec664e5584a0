/** The page-weight budget (the figures themselves are printed by `npm run weight`). */
import { describe, expect, it } from 'vitest';
import { ACTION_BUDGET, pageWeight } from '../../scripts/page-weight.ts';
import { allPages, distOf } from '../helpers/html.ts';
import { SITES } from '../helpers/sites.ts';

const site = SITES.example;

describe('page weight', () => {
	it('keeps every action page within its budget: 30 KB compressed in all, 3 KB of JavaScript', () => {
		const actions = allPages(site).filter((path) => /^\/actions\/[^/]+\/$/.test(path));
		expect(actions.length).toBeGreaterThan(5);
		for (const path of actions) {
			const weight = pageWeight(distOf(site), path);
			expect(weight.total, path).toBeLessThanOrEqual(ACTION_BUDGET.total);
			expect(weight.js, path).toBeLessThanOrEqual(ACTION_BUDGET.js);
		}
	});

	it('has no render-blocking script and no web font that hides text, on any page', () => {
		for (const path of allPages(site).filter((p) => !p.startsWith('/go/'))) {
			expect(pageWeight(distOf(site), path).blocking, path).toEqual([]);
		}
	});
});
