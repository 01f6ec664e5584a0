/**
 * The folders a build works in, next to the folder it publishes to (`dist/`), so that putting the new
 * site in place is a rename on the same disk:
 *
 * - `.dist.building-<pid>`: where Astro writes; it becomes `dist/` only once the site is complete.
 * - `.dist.previous-<pid>`: the last good site, for the instant between moving it aside and moving the
 *   new one in.
 *
 * A build killed at any moment leaves at most these behind, named by its process id, and the next
 * build clears them away (or puts the last good site back, if the kill came in that instant).
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

type Kind = 'building' | 'previous';

/** The folder a build of process `pid` writes into, before it becomes `target`. */
export const buildingFolder = (target: string, pid: number): string => sibling(target, 'building', pid);

/** Where the last good site waits while the new one moves into `target`. */
export const previousFolder = (target: string, pid: number): string => sibling(target, 'previous', pid);

const sibling = (target: string, kind: Kind, pid: number) => join(dirname(target), `.${basename(target)}.${kind}-${pid}`);

/** What `clearLeftovers` did, for the build to say. */
export interface Cleared {
	/** Folders of dead builds, removed. */
	removed: string[];
	/** The last good site, moved back to `target` because a build died while swapping it out. */
	restored: string | undefined;
}

/**
 * Clears what builds that are no longer running left next to `target`: their half-built sites go,
 * and a last good site caught mid-swap goes back in place if `target` is missing.
 */
export function clearLeftovers(target: string, isRunning: (pid: number) => boolean): Cleared {
	const cleared: Cleared = { removed: [], restored: undefined };
	const parent = dirname(target);
	if (!existsSync(parent)) return cleared;
	const pattern = new RegExp(`^\\.${escape(basename(target))}\\.(building|previous)-(\\d+)$`);
	// Previous sites first, so that one can be restored before anything else is judged.
	const leftovers = readdirSync(parent)
		.flatMap((name) => {
			const match = pattern.exec(name);
			return match ? [{ path: join(parent, name), kind: match[1] as Kind, pid: Number(match[2]) }] : [];
		})
		.filter((leftover) => !isRunning(leftover.pid))
		.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'previous' ? -1 : 1));
	for (const leftover of leftovers) {
		if (leftover.kind === 'previous' && !existsSync(target) && !cleared.restored) {
			renameSync(leftover.path, target);
			cleared.restored = leftover.path;
		} else {
			rmSync(leftover.path, { recursive: true, force: true });
			cleared.removed.push(leftover.path);
		}
	}
	return cleared;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Puts a complete site in place of the last one: the old folder is moved aside, the new one renamed
 * in, the old one removed. Each step is a rename, so `target` is always a whole site (for the instant
 * between the two renames it is missing, and `clearLeftovers` restores it if the build dies then).
 */
export function swapIn(built: string, target: string, aside: string): void {
	const hadOne = existsSync(target);
	if (hadOne) renameSync(target, aside);
	try {
		renameSync(built, target);
	} catch (error) {
		if (hadOne) renameSync(aside, target);
		throw error;
	}
	if (!hadOne) return;
	try {
		rmSync(aside, { recursive: true, force: true });
	} catch {
		// The new site is in place: an old one that will not go away is no failure (the next build clears it).
	}
}
