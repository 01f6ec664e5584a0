/** Real parsers for what the hub produces: iCalendar (ical.js) and QR codes (jsQR on pixels from sharp). */
import ICAL from 'ical.js';
import jsQR from 'jsqr';
import sharp from 'sharp';

export interface ParsedEvent {
	uid: string;
	summary: string;
	location: string | null;
	/** Start and end as UTC ISO strings. */
	start: string;
	end: string;
	description: string;
	/** The event's page. */
	url: string | null;
	/** DTSTAMP, as a UTC ISO string. */
	stamp: string;
}

export function parseIcs(text: string): ParsedEvent[] {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return calendar.getAllSubcomponents('vevent').map((component) => {
		const event = new ICAL.Event(component);
		return {
			uid: event.uid,
			summary: event.summary,
			location: event.location,
			start: event.startDate.toJSDate().toISOString(),
			end: event.endDate.toJSDate().toISOString(),
			description: event.description,
			url: component.getFirstPropertyValue('url') as string | null,
			stamp: (component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
		};
	});
}

/** Rasterises an SVG QR code and decodes it, as a phone camera would. */
export async function decodeQrSvg(svg: string | Buffer): Promise<string | undefined> {
	const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).resize(600, 600).flatten({ background: '#ffffff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}
