/** The picture an entry is shown with, whichever field holds it: an action's image, a story's cover, a member's photo. */
import type { ImageMetadata } from 'astro';
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
