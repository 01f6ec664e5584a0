/** The picture an entry is shown with, whichever field holds it: an action's image, a story's cover, a member's photo. */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { Entry } from './hub.ts';

export interface Picture {
	src: ImageMetadata;
	alt: string;
}

export function pictureOf(entry: Entry): Picture | undefined {
	switch (entry.collection) {
		case 'actions':
			return entry.data.image;
		case 'stories':
			return entry.data.cover;
		case 'members':
			return entry.data.photo;
		case 'resources':
			return entry.data.image;
	}
}

type SizedImage = Awaited<ReturnType<typeof getImage>>;
/** By picture (its metadata object: reading its `src` would make Astro publish the original file too), then widths and sizes. */
const sized = new WeakMap<ImageMetadata, Map<string, Promise<SizedImage>>>();

/**
 * A picture at the widths a place shows it (Astro's `getImage`, as its `<Image>` does), worked out
 * once per build: an entry's picture shows in every list it is in, and each `getImage` hashes its
 * options again.
 */
export function sizedPicture(picture: Picture, widths: readonly number[], sizes: string): Promise<SizedImage> {
	let places = sized.get(picture.src);
	if (!places) sized.set(picture.src, (places = new Map()));
	const key = `${widths.join()} ${sizes}`;
	let known = places.get(key);
	if (!known) places.set(key, (known = getImage({ src: picture.src, alt: '', widths: [...widths], sizes })));
	return known;
}
