/**
 * Whether a path names a file inside a folder, after following symbolic links: a path written in
 * content may never publish a file from outside the repository (`../../../etc/passwd`, an absolute
 * path, or a link in `content/images/` that points elsewhere).
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

export type Containment = { ok: true; file: string } | { ok: false; problem: 'outside' | 'missing' | 'not-a-file' };

/** Whether an absolute path lies strictly inside a folder, as written (follow links first to judge where it leads). */
export function isInside(path: string, root: string): boolean {
	const rel = relative(root, path);
	return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** `path` (absolute) as a file inside `root`: outside it as written or once links are followed, missing, or a folder. */
export function containedFile(path: string, root: string): Containment {
	const absoluteRoot = resolve(root);
	if (!isInside(resolve(path), absoluteRoot)) return { ok: false, problem: 'outside' };
	if (!existsSync(path)) return { ok: false, problem: 'missing' };
	const real = realpathSync(path);
	if (!isInside(real, existsSync(absoluteRoot) ? realpathSync(absoluteRoot) : absoluteRoot)) return { ok: false, problem: 'outside' };
	return statSync(real).isFile() ? { ok: true, file: real } : { ok: false, problem: 'not-a-file' };
}
