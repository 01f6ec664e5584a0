/** QR codes of the hub's links, as SVG: sharp on any flyer size, a few kilobytes, no image library. */
import QRCode from 'qrcode';

export async function qrSvg(url: string): Promise<string> {
	// Level M survives a smudge or a fold; a four-module quiet zone is what scanners expect.
	return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}
