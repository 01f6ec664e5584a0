/** `image-exists`: an image of the frontmatter (cover, share image, photo) is a picture file of the content folder. */
import { statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { containedFile } from '../../lib/contained-file.ts';
import { withField } from '../../schemas/explain-issue.ts';
import { ImageRef } from '../check-context.ts';
import { defineRule, type RuleContext } from './rule.ts';

/**
 * The largest picture the build will resize. A phone photo is 2 to 6 MB; past this, a picture (or a
 * file made to look like one) costs the build its memory, and visitors their data.
 */
export const IMAGE_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Pictures only: an SVG is a document that can carry script, and opened on its own it would run on the
 * hub's address wherever the host sends no Content-Security-Policy header (GitHub Pages).
 */
export const IMAGE_TYPES = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] as const;

/** What is wrong with an image written as `src` in an entry, resolved to `target`: outside content/, missing, not a picture, or too large. */
export function imageProblem(src: string, target: string, { paths, rel }: Pick<RuleContext, 'paths' | 'rel'>): string | undefined {
	const found = containedFile(target, paths.contentDir);
	if (!found.ok) {
		return found.problem === 'outside'
			? `"${src}" leads out of ${rel(paths.contentDir)}/ (or is a link to a file outside it). The hub only publishes images kept in the repository's content folder: copy the picture into ${rel(paths.contentDir)}/images/ and write ../images/<name>.`
			: `No image at "${src}" (looked for ${rel(target)}). Paths are relative to this file, such as ../images/photo.jpg.`;
	}
	const type = extname(target).slice(1).toLowerCase();
	if (!(IMAGE_TYPES as readonly string[]).includes(type)) {
		return `"${src}" is not a picture the hub publishes (${type ? `.${type}` : 'no extension'}). Use a JPEG, PNG, WebP, AVIF or GIF${type === 'svg' ? ': an SVG can carry script' : ''}.`;
	}
	const size = statSync(found.file).size;
	if (size > IMAGE_MAX_BYTES) {
		return `"${src}" is ${Math.round(size / 1024 / 1024)} MB; pictures may be ${IMAGE_MAX_BYTES / 1024 / 1024} MB at most. Resize it (2000 pixels wide is plenty) and save it again.`;
	}
	return undefined;
}

/** An image path in the frontmatter with no file at it, outside the content folder, or too large. */
export const imageExists = defineRule({
	id: 'image-exists',
	description: 'An image of the frontmatter (cover, share image, photo) has no file at its path, relative to the entry, leads out of the content folder, is not a JPEG, PNG, WebP, AVIF or GIF, or is larger than 20 MB.',
	check(context) {
		for (const { value, path } of context.values()) {
			if (!(value instanceof ImageRef)) continue;
			const problem = imageProblem(value.src, resolve(dirname(context.absolute), value.src), context);
			if (problem) context.report(context.source.positionOf(path, 'value'), withField(path, problem));
		}
	},
});
