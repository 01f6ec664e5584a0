/** QR codes of the hub's links, as SVG: sharp on any flyer size, a few kilobytes, no image library. */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { packageVersion } from '../lib/package-version.ts';
import { writeWhole } from '../lib/write-whole.ts';

// Level M survives a smudge or a fold; a four-module quiet zone is what scanners expect.
const OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } } as const;

export async function qrSvg(url: string): Promise<string> {
	return QRCode.toString(url, OPTIONS);
}

/**
 * The file, in `cacheDir`, that holds the QR code of `url`, made if it is not there yet: an action's
 * address rarely changes, so a daily build makes none. The name covers the address, the options and
 * the version of the QR library.
 */
export async function cachedQrSvg(url: string, cacheDir: string, root: string): Promise<{ file: string; cached: boolean }> {
	const file = join(cacheDir, `${createHash('sha256').update(JSON.stringify([url, OPTIONS, packageVersion(root, 'qrcode')])).digest('hex').slice(0, 32)}.svg`);
	if (existsSync(file)) return { file, cached: true };
	writeWhole(file, await qrSvg(url));
	return { file, cached: false };
}
