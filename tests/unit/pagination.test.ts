/** Long lists split into numbered pages: how many, which entries, and what the nav offers. */
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/routes/paths.ts';
import { pageCount, pageNav, pageSlice, regroup } from '../../src/routes/pagination.ts';

const pathOf = (page: number) => paths.listPage('/stories/', page);
const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('how many pages a list takes', () => {
	it('keeps one page for an empty list, which says there is nothing yet', () => {
		expect(pageCount(0, 3)).toBe(1);
		expect(pageSlice([], 1, 3)).toEqual([]);
	});

	it('fits exactly one page on one page, and one more entry on a second', () => {
		expect(pageCount(3, 3)).toBe(1);
		expect(pageCount(4, 3)).toBe(2);
		expect(pageSlice(numbers(4), 1, 3)).toEqual([1, 2, 3]);
		expect(pageSlice(numbers(4), 2, 3)).toEqual([4]);
	});

	it('shows every entry once, in order, across the pages', () => {
		const entries = numbers(11);
		const pages = numbers(pageCount(entries.length, 4)).map((page) => pageSlice(entries, page, 4));
		expect(pages.flat()).toEqual(entries);
		expect(Math.max(...pages.map((page) => page.length))).toBe(4);
	});
});

describe('the pages addresses', () => {
	it('keeps the first page at the list\'s own address and numbers the others under it', () => {
		expect(pathOf(1)).toBe('/stories/');
		expect(pathOf(2)).toBe('/stories/page/2/');
		expect(paths.listPage(paths.topic('leases'), 3)).toBe('/topics/leases/page/3/');
	});
});

describe('the pagination nav', () => {
	it('is left out for a list of one page', () => {
		expect(pageNav(1, 1, pathOf)).toBeUndefined();
	});

	it('links the neighbours and marks the current page', () => {
		expect(pageNav(1, 2, pathOf)).toEqual({
			previous: undefined,
			next: '/stories/page/2/',
			items: [
				{ kind: 'page', number: 1, path: '/stories/', current: true },
				{ kind: 'page', number: 2, path: '/stories/page/2/', current: false },
			],
		});
		const last = pageNav(2, 2, pathOf)!;
		expect(last.previous).toBe('/stories/');
		expect(last.next).toBeUndefined();
	});

	it('names the first, the last and the neighbours of the current page of a long list, with gaps between', () => {
		const nav = pageNav(10, 40, pathOf)!;
		const shown = nav.items.map((item) => (item.kind === 'gap' ? '…' : item.current ? `[${item.number}]` : `${item.number}`));
		expect(shown).toEqual(['1', '…', '9', '[10]', '11', '…', '40']);
		expect(nav.items.filter((item) => item.kind === 'page' && item.current)).toHaveLength(1);
	});

	it('shows a single page left out as that page rather than a gap', () => {
		const shown = pageNav(4, 5, pathOf)!.items.map((item) => (item.kind === 'gap' ? '…' : item.number));
		expect(shown).toEqual([1, 2, 3, 4, 5]);
	});
});

describe('a page of a grouped list', () => {
	it('keeps the groups of the entries it shows, in order', () => {
		const entries = [
			{ collection: 'actions', id: 'a' },
			{ collection: 'stories', id: 'b' },
			{ collection: 'stories', id: 'c' },
		];
		expect(regroup(pageSlice(entries, 1, 2), (entry) => entry.collection)).toEqual([
			{ key: 'actions', entries: [entries[0]] },
			{ key: 'stories', entries: [entries[1]] },
		]);
	});
});
