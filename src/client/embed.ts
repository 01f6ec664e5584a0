/**
 * The one script of an action's card on another site, and only an enhancement: the card's links
 * already say `utm_source=embed`; this adds the host of the site that frames the card, where the
 * browser tells it (`location.ancestorOrigins`, else the referrer the embedding page sends), in the
 * parameter each link names (`data-embedder`).
 */

function embedderHost(): string | undefined {
	// Opened on its own, the card has no embedding site: the referrer would be wherever the visitor came from.
	if (window.parent === window) return undefined;
	const ancestors = location.ancestorOrigins;
	for (const address of [ancestors?.length ? ancestors[ancestors.length - 1] : undefined, document.referrer]) {
		if (!address) continue;
		try {
			const { host, protocol } = new URL(address);
			if (/^https?:$/.test(protocol) && /^[\w.-]{1,253}(?::\d{1,5})?$/.test(host)) return host;
		} catch {
			// Not an address: try the next.
		}
	}
	return undefined;
}

const host = embedderHost();
if (host) {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-embedder]')) {
		const target = new URL(link.href);
		target.searchParams.set(link.dataset.embedder!, host);
		link.href = target.href;
	}
}
