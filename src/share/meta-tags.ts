/**
 * The `<meta>` tags link previews are built from: Open Graph (Facebook, WhatsApp, LinkedIn, Telegram,
 * Slack, iMessage, Mastodon), Twitter Cards (X) and `fediverse:creator` (Mastodon bylines). Every URL
 * is absolute: Facebook and LinkedIn reject relative ones.
 */

export interface ShareImage {
	/** Absolute URL. */
	url: string;
	width: number;
	height: number;
	/** MIME type, such as `image/png`. */
	type: string;
	alt: string;
}

export interface PageMeta {
	title: string;
	description: string;
	/** Canonical absolute URL. */
	url: string;
	/** Open Graph type: `website`, `article` or `profile`. */
	type: 'website' | 'article' | 'profile';
	siteName: string;
	/** BCP 47 (`en-US`); written as Open Graph wants it (`en_US`). */
	locale: string;
	image: ShareImage;
	/** For articles. */
	article?: { publishedTime: string; modifiedTime?: string | undefined; authors: string[]; tags: string[] } | undefined;
	/** Fediverse handles of the authors (`@name@instance`). */
	fediverseCreators?: string[] | undefined;
	/** The community's X handle, without @. */
	xSite?: string | undefined;
}

export type MetaTag = { property: string; content: string } | { name: string; content: string };

export function metaTags(meta: PageMeta): MetaTag[] {
	for (const url of [meta.url, meta.image.url]) {
		if (!/^https?:\/\//.test(url)) throw new Error(`Link previews need absolute URLs; got "${url}". Set \`url\` in site.yaml (or HUB_SITE_URL).`);
	}
	const og = (property: string, content: string | number): MetaTag => ({ property: `og:${property}`, content: String(content) });
	const tags: MetaTag[] = [
		og('type', meta.type),
		og('url', meta.url),
		og('title', meta.title),
		og('description', meta.description),
		og('site_name', meta.siteName),
		og('locale', meta.locale.replace('-', '_')),
		og('image', meta.image.url),
		og('image:secure_url', meta.image.url),
		og('image:type', meta.image.type),
		og('image:width', meta.image.width),
		og('image:height', meta.image.height),
		og('image:alt', meta.image.alt),
		{ name: 'twitter:card', content: 'summary_large_image' },
		{ name: 'twitter:title', content: meta.title },
		{ name: 'twitter:description', content: meta.description },
		{ name: 'twitter:image', content: meta.image.url },
		{ name: 'twitter:image:alt', content: meta.image.alt },
	];
	if (meta.xSite) tags.push({ name: 'twitter:site', content: `@${meta.xSite}` });
	if (meta.article) {
		tags.push({ property: 'article:published_time', content: meta.article.publishedTime });
		if (meta.article.modifiedTime) tags.push({ property: 'article:modified_time', content: meta.article.modifiedTime });
		for (const author of meta.article.authors) tags.push({ property: 'article:author', content: author });
		for (const tag of meta.article.tags) tags.push({ property: 'article:tag', content: tag });
	}
	for (const creator of meta.fediverseCreators ?? []) tags.push({ name: 'fediverse:creator', content: creator });
	return tags;
}
