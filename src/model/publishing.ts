/**
 * Which entries a build publishes. Drafts, entries scheduled after "now", and spotlights without the
 * member's consent are left out of production builds entirely: no page, no listing, no link.
 * The dev server shows them, marked, so organizers can preview.
 */
import { epochMs } from '../lib/local-time.ts';

export interface PublishingContext {
	/** The build's "now". */
	now: Date;
	/** The site's time zone, in which publish dates are read. */
	timeZone: string;
	/** True in the dev server: show drafts and scheduled entries, marked. */
	preview: boolean;
}

export type Visibility = 'published' | 'draft' | 'scheduled' | 'no-consent';

interface Publishable {
	collection: string;
	data: { draft?: boolean; date?: string; publishDate?: string | undefined; consent?: unknown };
}

export function visibility(entry: Publishable, context: Pick<PublishingContext, 'now' | 'timeZone'>): Visibility {
	if (entry.data.draft) return 'draft';
	if (entry.collection === 'members' && !entry.data.consent) return 'no-consent';
	const publishAt = entry.data.date ?? entry.data.publishDate;
	if (publishAt && epochMs(publishAt, context.timeZone) > context.now.getTime()) return 'scheduled';
	return 'published';
}

export function isVisible(entry: Publishable, context: PublishingContext): boolean {
	return context.preview || visibility(entry, context) === 'published';
}
