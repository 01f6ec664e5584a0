/**
 * The share card's design, as the element tree satori lays out: 1200×630, high contrast, large type,
 * so the title still reads in a phone's thumbnail. Pure data in, pure data out: the words come with
 * the content, in the hub's language, and the picture as an address the renderer has made.
 */
import { mix, withContrast } from '../../lib/color.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** A line under the title; `icon` marks the when and where of an action. */
export interface CardFact {
	text: string;
	icon?: 'date' | 'place';
}

/** A picture of the entry: a member's photo in a circle, or a cover beside the text. */
export interface CardPicture {
	/** The image file (JPEG, PNG, WebP, AVIF or GIF), read and resized by the renderer. */
	file: string;
	shape: 'round' | 'side';
}

export interface CardContent {
	/** Small line above the title: "Petition", "Story", "Community leader"… */
	eyebrow: string;
	title: string;
	/** The lines that matter below the title: when and where, a date, a role. */
	facts: CardFact[];
	/** The call to action's words ("RSVP", "Sign the petition"), drawn as its button while the action is open. */
	action?: string | undefined;
	picture?: CardPicture | undefined;
	/** The community's name, so the card says who is asking. */
	community: string;
	/** Shows the action as closed, in case an old card is seen after the deadline. */
	closed?: boolean;
	/** The interface's words the card draws itself. */
	words: { closed: string };
	/** The hub's accent colour (`theme.accent` in site.yaml): the card is its deepest shade, so previews look like the hub. */
	accent?: string | undefined;
}

/** What the renderer hands the layout besides the content: the picture as an address satori can read. */
export interface CardAssets {
	picture?: string | undefined;
}

type Style = Record<string, string | number>;
type Child = Element | string;
export type Element = { type: string; props: { style?: Style; children?: Child[] | Child; src?: string; width?: number; height?: number } };

const el = (type: string, style: Style, children?: Element['props']['children']): Element => ({
	type,
	props: { style, ...(children === undefined ? {} : { children }) },
});
const img = (src: string, size: { width: number; height: number }, style: Style = {}): Element => ({ type: 'img', props: { src, ...size, style } });

const COLORS = { background: '#103b38', text: '#ffffff', soft: '#bfe6e0', accent: '#f5c451', ink: '#103b38' };

/**
 * The card's colours for a hub's accent: the background is the accent darkened (same hue) until white
 * reads on it at 10:1, so any accent an organizer picks gives a card as legible as the default.
 */
function palette(accent: string | undefined): typeof COLORS {
	if (!accent) return COLORS;
	const background = withContrast(accent, '#ffffff', 10);
	return { ...COLORS, background, ink: background, soft: mix(background, '#ffffff', 0.72) };
}
const PADDING = { x: 80, y: 60 };
const BORDER = 16;
const PHOTO = 300;
const SIDE = 440;

const svg = (body: string) => `data:image/svg+xml;utf8,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="${COLORS.accent}" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`)}`;
const ICONS = {
	date: svg('<rect x="3" y="5" width="18" height="16" rx="2.5"/><path d="M3 10h18M8 3v4M16 3v4"/>'),
	place: svg('<path d="M12 21.5s7-6.1 7-11.5a7 7 0 0 0-14 0c0 5.4 7 11.5 7 11.5z"/><circle cx="12" cy="10" r="2.5"/>'),
};

/** Right-to-left scripts: a text whose first letter is of one is laid out from the right. */
const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;
export const directionOf = (text: string): 'rtl' | 'ltr' => (RTL.test(text.match(/\p{L}/u)?.[0] ?? '') ? 'rtl' : 'ltr');
const directed = (text: string): Style => (directionOf(text) === 'rtl' ? { direction: 'rtl', textAlign: 'right' } : {});

/** East Asian characters and emoji are about twice as wide as Latin letters: a text of them wraps sooner. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Extended_Pictographic}\u3000-\u303f\uff00-\uffef]/u;
const ems = (text: string) => [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 1 : 0.56), 0);
/** About how many lines a text takes: lines break between words, so count on 85% of each. */
const linesOf = (text: string, size: number, width: number) => Math.max(1, Math.ceil((ems(text) * size) / (width * 0.85)));

const EYEBROW = { size: 28, gap: 20, lineHeight: 1.25, maxLines: 2 };
const TITLE = { sizes: [72, 64, 56, 50, 44], lineHeight: 1.12, maxLines: 3 };
const FACT = { lineHeight: 1.25, maxLines: 2, gap: 10, icon: 16, above: 22 };
const FOOTER = { size: 28, height: 62, gap: 12 };
const BUTTON = { size: 30, small: 24, padding: 30, gap: 24 };
/** Never cut a word unless it is wider than the line (a long address, 120 W's). */
const WRAP: Style = { wordBreak: 'break-word' };

/** How the card's parts fit its text column: sizes and line limits, from estimated text widths. */
export interface CardFit {
	title: { size: number; lines: number };
	factSize: number;
	/** The button's size, and whether it stands above the community's name (`stacked`) or beside it. */
	button: { size: number; stacked: boolean } | undefined;
}

/**
 * The largest title that fits in three lines with the facts under it and the footer below, and a
 * button beside the community's name when both fit on one line. lineClamp cuts what estimates miss.
 */
export function fitCard(card: Pick<CardContent, 'eyebrow' | 'title' | 'facts' | 'community'> & { button?: string | undefined }, width: number): CardFit {
	// Capitals and letter spacing make the eyebrow about a fifth wider than its letters in lower case.
	const eyebrowLines = Math.min(EYEBROW.maxLines, linesOf(card.eyebrow, EYEBROW.size * 1.2, width));
	const factSize = width < 800 ? 28 : 30;
	const factLines = card.facts.map(({ text, icon }) => Math.min(FACT.maxLines, linesOf(text, factSize, width - (icon ? factSize + FACT.icon : 0))));
	const factsHeight = card.facts.length ? FACT.above + factLines.reduce((sum, lines) => sum + lines * factSize * FACT.lineHeight + FACT.gap, 0) : 0;
	const buttonWidth = (size: number) => (card.button ? ems(card.button) * size + 2 * BUTTON.padding : 0);
	const buttonSize = card.button && buttonWidth(BUTTON.size) > width ? BUTTON.small : BUTTON.size;
	const stacked = card.button !== undefined && buttonWidth(buttonSize) + BUTTON.gap + ems(card.community) * FOOTER.size > width;
	const footer = FOOTER.height + (stacked ? FOOTER.gap + FOOTER.size * 1.25 : 0);
	const room = CARD_HEIGHT - BORDER - 2 * PADDING.y - eyebrowLines * EYEBROW.size * EYEBROW.lineHeight - EYEBROW.gap - factsHeight - footer - 16;
	const fits = (size: number) => Math.min(TITLE.maxLines, Math.floor(room / (size * TITLE.lineHeight)));
	const size = TITLE.sizes.find((candidate) => linesOf(card.title, candidate, width) <= fits(candidate)) ?? TITLE.sizes.at(-1)!;
	return { title: { size, lines: Math.max(1, fits(size)) }, factSize, button: card.button ? { size: buttonSize, stacked } : undefined };
}

function fact({ text, icon }: CardFact, size: number): Element {
	return el('div', { display: 'flex', alignItems: 'center', marginTop: FACT.gap, ...directed(text) }, [
		...(icon ? [img(ICONS[icon], { width: size, height: size }, { flexShrink: 0, margin: directionOf(text) === 'rtl' ? `0 0 0 ${FACT.icon}px` : `0 ${FACT.icon}px 0 0` })] : []),
		el('div', { display: 'block', fontSize: size, fontWeight: 700, lineHeight: FACT.lineHeight, lineClamp: FACT.maxLines, flexShrink: 1, ...WRAP }, text),
	]);
}

export function cardLayout(card: CardContent, assets: CardAssets = {}): Element {
	const picture = card.picture && assets.picture ? { shape: card.picture.shape, src: assets.picture } : undefined;
	const aside = picture?.shape === 'side' ? SIDE : picture?.shape === 'round' ? PHOTO + PADDING.x : 0;
	const width = CARD_WIDTH - 2 * PADDING.x - aside;
	const label = card.action && !card.closed ? card.action : undefined;
	const eyebrow = card.closed ? `${card.eyebrow} · ${card.words.closed}` : card.eyebrow;
	const fit = fitCard({ ...card, eyebrow, button: label }, width);
	const colors = palette(card.accent);

	const community = el('div', { display: 'block', fontSize: FOOTER.size, color: colors.soft, lineClamp: 1, flexShrink: 1, ...directed(card.community) }, card.community);
	const button =
		label && fit.button
			? el(
					'div',
					{ display: 'block', flexShrink: 0, maxWidth: width, padding: `12px ${BUTTON.padding}px`, borderRadius: 999, backgroundColor: COLORS.accent, color: colors.ink, fontSize: fit.button.size, fontWeight: 700, lineClamp: 1, ...directed(label) },
					label,
				)
			: undefined;
	const footer = !button
		? el('div', { display: 'flex', alignItems: 'center', minHeight: FOOTER.height }, [community])
		: fit.button?.stacked
			? el('div', { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' }, [button, el('div', { display: 'flex', marginTop: FOOTER.gap }, [community])])
			: el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', minHeight: FOOTER.height }, [community, el('div', { display: 'flex', marginLeft: BUTTON.gap }, [button])]);

	const text = el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: width + 2 * PADDING.x, height: '100%', padding: `${PADDING.y}px ${PADDING.x}px`, boxSizing: 'border-box' }, [
		el('div', { display: 'flex', flexDirection: 'column' }, [
			el(
				'div',
				{ display: 'block', fontSize: EYEBROW.size, fontWeight: 700, lineHeight: EYEBROW.lineHeight, letterSpacing: 2, textTransform: 'uppercase', lineClamp: EYEBROW.maxLines, color: card.closed ? COLORS.accent : colors.soft, ...directed(eyebrow) },
				eyebrow,
			),
			el('div', { display: 'block', marginTop: EYEBROW.gap, width, fontSize: fit.title.size, fontWeight: 700, lineHeight: TITLE.lineHeight, lineClamp: fit.title.lines, ...WRAP, ...directed(card.title) }, card.title),
			...(card.facts.length ? [el('div', { display: 'flex', flexDirection: 'column', marginTop: FACT.above - FACT.gap }, card.facts.map((line) => fact(line, fit.factSize)))] : []),
		]),
		footer,
	]);

	return el(
		'div',
		{ width: '100%', height: '100%', display: 'flex', backgroundColor: colors.background, color: COLORS.text, borderBottom: `${BORDER}px solid ${COLORS.accent}`, boxSizing: 'border-box' },
		[
			text,
			...(picture?.shape === 'round'
				? [el('div', { display: 'flex', alignItems: 'center', paddingRight: PADDING.x }, [img(picture.src, { width: PHOTO, height: PHOTO }, { borderRadius: PHOTO / 2, border: `8px solid ${COLORS.accent}` })])]
				: picture?.shape === 'side'
					? [img(picture.src, { width: SIDE, height: CARD_HEIGHT - BORDER }, { objectFit: 'cover' })]
					: []),
		],
	);
}
