/**
 * The static files folder (`public/`), which the build copies into the site as it is: nothing in it
 * may replace a page or file the hub generates, leave the folder through a link, or be a kind of file
 * a browser would run from the hub's own address.
 */
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { isInside } from '../../lib/contained-file.ts';
import type { Output } from '../../routes/outputs.ts';
import { RESOURCE_FILE_TYPES, RESOURCE_FILES_PATH } from '../../schemas/resource.ts';
import type { RuleInfo } from './rule.ts';

export const PUBLIC_RULES = {
	shadowsRoute: { id: 'public-shadows-route', description: 'A file in public/ has the address of a page or file the hub generates, and would replace it.' },
	linkOutside: { id: 'public-link-outside', description: 'A file or folder in public/ is a link to something outside public/, which the build would publish.' },
	fileType: { id: 'public-file-type', description: 'A file in public/files/ is a web page, script, SVG or another kind a resource may not offer.' },
} as const satisfies Record<string, RuleInfo>;

/** Where a finding about a file of public/ goes: its absolute path, the rule, and the message. */
export type PublicReport = (file: string, rule: string, message: string) => void;

/** Checks every file of `publicDir` against the build's outputs. Folders are walked without recursion and links are not followed. */
export function checkPublicFolder(publicDir: string, outputs: readonly Output[], rel: (file: string) => string, report: PublicReport): void {
	const generated = new Map(outputs.map((output) => [output.path, output]));
	const filesFolder = join(publicDir, RESOURCE_FILES_PATH);
	const realRoot = followed(publicDir);
	if (!realRoot) return; // No public/ folder: nothing to publish.
	const pending = [publicDir];
	while (pending.length) {
		const dir = pending.pop()!;
		for (const name of readdirSync(dir).sort()) {
			const file = join(dir, name);
			let stat = lstatSync(file);
			if (stat.isSymbolicLink()) {
				const target = followed(file);
				if (!target || !isInside(target, realRoot)) {
					report(file, PUBLIC_RULES.linkOutside.id, `${rel(file)} is a link to ${target ?? 'nothing'}, outside public/. The build would publish what it points to. Copy the file itself into public/ instead, or remove the link.`);
					continue;
				}
				stat = lstatSync(target);
			}
			if (stat.isDirectory()) {
				pending.push(file);
				continue;
			}
			const served = `/${relative(publicDir, file).split(sep).join('/')}`;
			const address = served.endsWith('/index.html') ? served.slice(0, -'index.html'.length) : served;
			const output = generated.get(address) ?? generated.get(served);
			if (output) {
				report(file, PUBLIC_RULES.shadowsRoute.id, `${rel(file)} has the address ${output.path}, where the hub publishes its own ${output.kind === 'file' ? 'file' : 'page'}, and would replace it. Rename or move the file; a page of the hub is changed through its content file.`);
			} else if (file.startsWith(`${filesFolder}`) && !(RESOURCE_FILE_TYPES as readonly string[]).includes(extname(file).slice(1).toLowerCase())) {
				report(file, PUBLIC_RULES.fileType.id, `${rel(file)} is not a kind of file the hub offers for download (${extname(file) || 'no extension'}): a page, script or SVG served from the hub's address could act in its name. Keep documents, spreadsheets, pictures, recordings and archives here (.pdf, .docx, .csv, .jpg, .mp3, .zip…).`);
			}
		}
	}
}

/** Where a path leads once its links are followed, or undefined when it leads nowhere. */
function followed(path: string): string | undefined {
	try {
		return realpathSync(path);
	} catch {
		return undefined;
	}
}
