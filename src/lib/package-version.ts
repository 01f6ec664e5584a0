/** The installed version of a package, as the project at `root` resolves it: read once per package. */
import { createRequire } from 'node:module';
import { join } from 'node:path';

const versions = new Map<string, string>();

/** Part of cache keys (share cards, QR codes): a new version of what draws a file draws it again. */
export function packageVersion(root: string, name: string): string {
	const key = `${root}|${name}`;
	let version = versions.get(key);
	if (!version) versions.set(key, (version = (createRequire(join(root, 'package.json'))(`${name}/package.json`) as { version: string }).version));
	return version;
}
