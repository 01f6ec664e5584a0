/**
 * The script of the pages that pass an entry on, and only an enhancement: every link it touches works without
 * it. It reveals the native share button where the browser has one, makes "copy link" (and "copy
 * code", beside the code that embeds an action on another site) a button, makes a member's own
 * link as they pick their name, and passes the visitor's incoming source, and the member whose link
 * brought them (`?ref=`), on to the call to action's external tool.
 */

function enhanceShareBar(bar: HTMLElement): void {
	// The words come from the page, in the hub's language.
	const { url = location.href, title = document.title, text = '' } = bar.dataset;
	const native = bar.querySelector<HTMLButtonElement>('[data-native-share]');
	if (native && typeof navigator.share === 'function' && (!navigator.canShare || navigator.canShare({ url }))) {
		native.hidden = false;
		native.addEventListener('click', () => {
			// Cancelling the share sheet rejects with AbortError: a normal outcome, nothing to report.
			navigator.share({ title, text, url }).catch(() => undefined);
		});
	}
	enhanceCopy(bar);
}

/**
 * Makes a box's "copy" button work: its field's text to the clipboard, then the box's
 * words for it (`data-copied`, `data-copy-failed`); where the clipboard refuses, the field is selected.
 */
function enhanceCopy(box: HTMLElement): void {
	const { copied = '', copyFailed = '' } = box.dataset;
	const copy = box.querySelector<HTMLButtonElement>('[data-copy-link]');
	const field = box.querySelector<HTMLInputElement | HTMLTextAreaElement>('[data-link-field]');
	const status = box.querySelector<HTMLElement>('[data-copy-status]');
	if (!copy || !field || !status) return;
	copy.hidden = false;
	copy.addEventListener('click', async () => {
		try {
			await navigator.clipboard.writeText(field.value);
			status.textContent = copied;
		} catch {
			field.select();
			status.textContent = copyFailed;
		}
	});
}

/** `utm_source` of the link that brought the visitor, if it looks like one. */
function incomingSource(): string | undefined {
	const source = new URLSearchParams(location.search).get('utm_source');
	return source && /^[\w.-]{1,40}$/.test(source) ? source : undefined;
}

/** "Share it with your own link": the member's name chosen, their link is shown at once, ready to copy. */
function enhanceOwnLink(form: HTMLFormElement): void {
	const select = form.querySelector<HTMLSelectElement>('select[name="ref"]');
	const field = form.querySelector<HTMLInputElement>('[data-link-field]');
	const result = form.querySelector<HTMLElement>('[data-own-link-result]');
	const submit = form.querySelector<HTMLButtonElement>('[data-own-link-submit]');
	const base = form.dataset.ownLink;
	if (!select || !field || !result || !submit || !base) return;
	submit.hidden = true;
	// A hub with many members lists them in one file rather than in every page: read when the box opens.
	const names = select.dataset.memberNames;
	if (names) {
		let loading: Promise<void> | undefined;
		const load = () =>
			(loading ??= fetch(names)
				.then((response) => (response.ok ? (response.json() as Promise<Array<{ id: unknown; name: unknown }>>) : Promise.reject(new Error(String(response.status)))))
				.then((members) => {
					for (const { id, name } of members) if (typeof id === 'string' && /^[a-z0-9-]+$/.test(id) && typeof name === 'string') select.add(new Option(name, id));
				})
				.catch(() => {
					loading = undefined;
				}));
		select.closest('details')?.addEventListener('toggle', load);
		select.addEventListener('focus', load);
	}
	const show = () => {
		const url = new URL(base);
		url.searchParams.set('ref', select.value);
		field.value = url.href;
		result.hidden = !select.value;
	};
	select.addEventListener('change', show);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		show();
	});
}

/** The member whose own link brought the visitor (`?ref=<member file name>`), if it looks like one. */
function incomingReferrer(): string | undefined {
	const ref = new URLSearchParams(location.search).get('ref');
	return ref && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(ref) && ref.length <= 80 ? ref : undefined;
}

/** Credit for who shared: the member of `?ref=` goes on to the external tool, under the parameter it reads. */
function forwardReferrer(): void {
	const ref = incomingReferrer();
	if (!ref) return;
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-forward-referrer]')) {
		const target = new URL(link.href);
		target.searchParams.set(link.dataset.forwardReferrer!, ref);
		link.href = target.href;
	}
}

function forwardSource(): void {
	const source = incomingSource();
	if (!source) return;
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-forward-source]')) {
		const target = new URL(link.href);
		target.searchParams.set(link.dataset.forwardSource!, source);
		link.href = target.href;
	}
}

for (const bar of document.querySelectorAll<HTMLElement>('[data-share-bar]')) enhanceShareBar(bar);
for (const box of document.querySelectorAll<HTMLElement>('[data-copy-box]')) enhanceCopy(box);
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-own-link]')) enhanceOwnLink(form);
forwardSource();
forwardReferrer();
