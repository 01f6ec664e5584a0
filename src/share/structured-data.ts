/**
 * JSON-LD for what each page is (schema.org), read by search engines and by Mastodon's link previews,
 * which prefer it to Open Graph. Serialized so that no content can close the script element.
 */

type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };
export type JsonLd = { [key: string]: Json };

/**
 * JSON for an inline `<script type="application/ld+json">`. `<`, `>` and `&` are escaped as JSON
 * unicode escapes, so `</script>` or `<!--` in a title stays data; U+2028/9 are escaped for old parsers.
 */
export function serializeJsonLd(data: JsonLd): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

export interface Organization {
	name: string;
	url: string;
	description: string;
	sameAs: string[];
	logo?: string;
}

export const organization = (org: Organization): JsonLd => ({
	'@type': 'Organization',
	name: org.name,
	url: org.url,
	description: org.description,
	...(org.sameAs.length ? { sameAs: org.sameAs } : {}),
	...(org.logo ? { logo: org.logo } : {}),
});

/** Wraps a page's main thing with the schema.org context. */
export const withContext = (thing: JsonLd): JsonLd => ({ '@context': 'https://schema.org', ...thing });

export interface PersonRef {
	name: string;
	url: string;
}

export const person = (p: PersonRef & { jobTitle?: string; description?: string; image?: string; knowsAbout?: string[]; sameAs?: string[]; homeLocation?: string }): JsonLd => ({
	'@type': 'Person',
	name: p.name,
	url: p.url,
	...(p.jobTitle ? { jobTitle: p.jobTitle } : {}),
	...(p.description ? { description: p.description } : {}),
	...(p.image ? { image: p.image } : {}),
	...(p.knowsAbout?.length ? { knowsAbout: p.knowsAbout } : {}),
	...(p.sameAs?.length ? { sameAs: p.sameAs } : {}),
	...(p.homeLocation ? { homeLocation: { '@type': 'Place', name: p.homeLocation } } : {}),
});

export const article = (a: {
	headline: string;
	description: string;
	url: string;
	image: string;
	datePublished: string;
	dateModified?: string | undefined;
	authors: PersonRef[];
	publisher: JsonLd;
}): JsonLd => ({
	'@type': 'Article',
	headline: a.headline,
	description: a.description,
	url: a.url,
	mainEntityOfPage: a.url,
	image: a.image,
	datePublished: a.datePublished,
	dateModified: a.dateModified ?? a.datePublished,
	author: a.authors.length ? a.authors.map((author) => ({ '@type': 'Person', ...author })) : a.publisher,
	publisher: a.publisher,
});

export interface EventPlace {
	venue?: { name: string; address: string } | undefined;
	online?: string | undefined;
}

export const event = (e: {
	name: string;
	description: string;
	url: string;
	image: string;
	/** ISO 8601 with the offset in force at the place. */
	startDate: string;
	endDate: string;
	place: EventPlace;
	organizer: JsonLd;
	/** Where to register or act. */
	offerUrl?: string | undefined;
}): JsonLd => {
	const locations: JsonLd[] = [];
	if (e.place.venue) locations.push({ '@type': 'Place', name: e.place.venue.name, address: e.place.venue.address });
	if (e.place.online) locations.push({ '@type': 'VirtualLocation', url: e.place.online });
	const mode = e.place.venue && e.place.online ? 'Mixed' : e.place.online ? 'Online' : 'Offline';
	return {
		'@type': 'Event',
		name: e.name,
		description: e.description,
		url: e.url,
		image: e.image,
		startDate: e.startDate,
		endDate: e.endDate,
		eventStatus: 'https://schema.org/EventScheduled',
		eventAttendanceMode: `https://schema.org/${mode}EventAttendanceMode`,
		location: locations.length === 1 ? locations[0] : locations,
		organizer: e.organizer,
		...(e.offerUrl ? { offers: { '@type': 'Offer', url: e.offerUrl, availability: 'https://schema.org/InStock' } } : {}),
	};
};

export const webPage = (p: { name: string; description: string; url: string; image: string; publisher: JsonLd; type?: string }): JsonLd => ({
	'@type': p.type ?? 'WebPage',
	name: p.name,
	description: p.description,
	url: p.url,
	image: p.image,
	publisher: p.publisher,
});
