/**
 * Search in the browser, over the Pagefind index the build wrote (`/pagefind/`): an enhancement of
 * the search form, which without JavaScript is a plain GET form to the search page. It reads the
 * query and filters from the address (`?q=…&kind=…&topic=…`), searches as the visitor types, keeps
 * the address in step (so a search can be shared or bookmarked) and draws each result as the list
 * cards are drawn: a small picture or placeholder, what it is, its title as the link, its line, the excerpt. On the 404 page it searches for the words of the address that was not found.
 *
 * Nothing from the index is inserted as HTML: titles, labels and lines are text; an excerpt's
 * highlights become `<mark>` elements built here; links and pictures must be paths on this site.
 */

/** What the Pagefind script exports, as far as this page uses it. */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: Array<{ data(): Promise<ResultData> }> }>;
}

interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}

type PluralForms = { one?: string; other: string };

interface BrowserWords {
	resultsFor: PluralForms;
	resultsAll: PluralForms;
	noResults: string;
	searching: string;
	unavailable: string;
	more: string;
}

/** Results drawn at a time; "more" draws the next ones. */
const PAGE = 20;
/** How long typing pauses before a search runs, in milliseconds. */
const PAUSE = 200;

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** A path on this site (`/…`, not `//…`): the only addresses a result may link to or load. */
const sitePath = (value: string | undefined): value is string => typeof value === 'string' && value.startsWith('/') && !value.startsWith('//');

/** The words of an address that was not found: `/actions/repair-cafe-2025/` → "repair cafe". */
export function wordsOfAddress(pathname: string, base: string): string {
	const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	const parts = decodeURIComponent(path)
		.split(/[/\-_.+\s]+/)
		.filter((word) => word && !/^\d+$/.test(word) && !/^(index|html?|page|actions|stories|members|resources|topics|catalysts|go)$/i.test(word));
	return parts.slice(-6).join(' ');
}

/** An excerpt's text with Pagefind's `<mark>` highlights, rebuilt as nodes (the rest is read as text). */
function excerptNodes(excerpt: string): Node[] {
	const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstElementChild;
	if (!parsed) return [];
	return [...parsed.childNodes].map((node) => {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			return mark;
		}
		return document.createTextNode(node.textContent ?? '');
	});
}

/**
 * Loads Pagefind by adding the page's loader script (see src/data/search.ts): a classic script runs as
 * soon as it is added, and leaves the import's promise on `window`.
 */
function loadIndex(loader: string | undefined): Promise<Pagefind> {
	if (!loader) return Promise.reject(new Error('This page has no search index loader.'));
	const script = document.createElement('script');
	script.textContent = loader;
	document.head.append(script);
	const loading = (window as { hubSearchIndex?: Promise<Pagefind> }).hubSearchIndex;
	return loading ?? Promise.reject(new Error('The search index loader did not run.'));
}

/** An element with a class and text, all optional. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const made = document.createElement(tag);
	if (className) made.className = className;
	if (text) made.textContent = text;
	return made;
}

function enhanceSearch(root: HTMLElement): void {
	const form = root.querySelector<HTMLFormElement>('form');
	const field = form?.querySelector<HTMLInputElement>('input[name="q"]');
	const status = root.querySelector<HTMLElement>('[data-search-status]');
	const list = root.querySelector<HTMLOListElement>('[data-search-results]');
	if (!form || !field || !status || !list) return;
	const heading = root.dataset.heading === 'h3' ? 'h3' : 'h2';
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
	const maybe = root.querySelector<HTMLElement>('[data-search-maybe]');
	const words = JSON.parse(root.dataset.words ?? '{}') as BrowserWords;
	const base = root.dataset.base ?? '/';
	const fromAddress = root.dataset.fromAddress !== undefined;
	const plural = new Intl.PluralRules(root.dataset.locale);
	const forms = (choices: PluralForms, count: number) => (plural.select(count) === 'one' && choices.one) || choices.other;
	const numbers = new Intl.NumberFormat(root.dataset.locale);

	// The line saying that searching needs JavaScript is for browsers without it.
	status.textContent = '';
	// The form starts as the address says: a search can be linked to, and "back" returns to it.
	const params = new URLSearchParams(location.search);
	field.value = params.get('q') ?? (fromAddress ? wordsOfAddress(location.pathname, base) : '');
	for (const select of selects) {
		const wanted = params.get(select.name);
		if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
	}

	let pagefind: Promise<Pagefind> | undefined;
	const load = () =>
		(pagefind ??= loadIndex(root.dataset.loader).then(async (loaded) => {
			// The results' addresses carry the base path; no worker: the page's policy allows no worker script.
			await loaded.options({ baseUrl: base, noWorker: true });
			return loaded;
		}));

	let latest = 0;
	let shown: Array<{ data(): Promise<ResultData> }> = [];
	let more: HTMLButtonElement | undefined;

	async function draw(from: number): Promise<void> {
		const slice = await Promise.all(shown.slice(from, from + PAGE).map((result) => result.data()));
		for (const data of slice) list!.append(resultItem(data));
		more?.remove();
		if (from + PAGE < shown.length) {
			more = document.createElement('button');
			more.type = 'button';
			more.className = 'button quiet search-more';
			more.textContent = words.more;
			more.addEventListener('click', () => void draw(from + PAGE));
			list!.after(more);
		}
	}

	function resultItem(data: ResultData): Node {
		const { meta } = data;
		const media = element('span', 'result-media');
		media.setAttribute('aria-hidden', 'true');
		if (sitePath(meta.image)) {
			const image = element('img');
			Object.assign(image, { src: meta.image, alt: '', width: 80, height: 80, loading: 'lazy', decoding: 'async' });
			media.append(image);
		} else {
			const placeholder = element('span', 'placeholder', meta.initials);
			if (/^\d+$/.test(meta.tone ?? '')) placeholder.classList.add(`tone-${meta.tone}`);
			media.append(placeholder);
		}
		const eyebrow = element('p', 'eyebrow', meta.label);
		if (meta.closed) eyebrow.append(' ', element('span', 'badge closed', meta.closed));
		const link = element('a', undefined, meta.title ?? data.url);
		if (sitePath(data.url)) link.href = data.url;
		const title = element(heading, 'result-title');
		title.append(link);
		const body = element('div', 'result-body');
		body.append(eyebrow, title);
		if (meta.detail) body.append(element('p', 'meta', meta.detail));
		const excerpt = element('p', 'result-excerpt');
		excerpt.append(...excerptNodes(data.excerpt));
		body.append(excerpt);
		const item = element('li', 'result');
		item.append(media, body);
		return item;
	}

	async function run(): Promise<void> {
		// Only the latest search draws: an earlier one that answers late is dropped.
		const ticket = ++latest;
		const query = field!.value.trim();
		const filters = Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.name, select.value]));
		if (!fromAddress) {
			const address = new URL(location.href);
			address.search = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters }).toString();
			history.replaceState(null, '', address);
		}
		if (!query && !Object.keys(filters).length) {
			list!.replaceChildren();
			list!.hidden = true;
			more?.remove();
			status!.textContent = '';
			return;
		}
		status!.textContent = words.searching;
		let found: Awaited<ReturnType<Pagefind['search']>>;
		try {
			found = await (await load()).search(query || null, { filters });
		} catch {
			if (ticket === latest) status!.textContent = words.unavailable;
			return;
		}
		if (ticket !== latest) return;
		shown = found.results;
		list!.replaceChildren();
		more?.remove();
		const count = numbers.format(shown.length);
		status!.textContent = shown.length === 0 ? fill(words.noResults, { query }) : fill(forms(query ? words.resultsFor : words.resultsAll, shown.length), { count, query });
		list!.hidden = shown.length === 0;
		if (maybe) maybe.hidden = shown.length === 0;
		// On the 404 page a search that finds nothing says nothing: the page already says what to do.
		if (fromAddress && shown.length === 0) status!.textContent = '';
		await draw(0);
	}

	let pause: ReturnType<typeof setTimeout> | undefined;
	field.addEventListener('input', () => {
		clearTimeout(pause);
		pause = setTimeout(() => void run(), PAUSE);
	});
	for (const select of selects) select.addEventListener('change', () => void run());
	// On the 404 page the form goes to the search page, as it does without JavaScript.
	if (!fromAddress) form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(pause);
		void run();
	});
	void run();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-search]')) enhanceSearch(root);
