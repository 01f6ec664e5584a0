/**
 * The share card's design, as the element tree satori lays out: 1200×630, high contrast, large type,
 * so the title still reads in a phone's thumbnail. Pure data in, pure data out.
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardContent {
	/** Small line above the title: "Petition", "Story", "Community leader"… */
	eyebrow: string;
	title: string;
	/** The line that matters below the title: a deadline, an event date, a role. */
	detail: string | undefined;
	/** The community's name, so the card says who is asking. */
	community: string;
	/** Shows the action as closed, in case an old card is seen after the deadline. */
	closed?: boolean;
}

type Element = { type: string; props: { style?: Record<string, string | number>; children?: Array<Element | string> | Element | string } };

const el = (type: string, style: Record<string, string | number>, children?: Element['props']['children']): Element => ({
	type,
	props: { style, ...(children === undefined ? {} : { children }) },
});

/** Long titles step down in size so that three lines always hold them. */
function titleSize(title: string): number {
	if (title.length > 90) return 54;
	if (title.length > 60) return 62;
	return 72;
}

export function cardLayout(card: CardContent): Element {
	const colors = { background: '#103b38', text: '#ffffff', soft: '#bfe6e0', accent: '#f5c451' };
	return el(
		'div',
		{
			width: '100%',
			height: '100%',
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: '64px 80px',
			backgroundColor: colors.background,
			color: colors.text,
			fontFamily: 'Atkinson Hyperlegible',
			borderBottom: `16px solid ${colors.accent}`,
		},
		[
			el('div', { display: 'flex', flexDirection: 'column' }, [
				el('div', { display: 'flex', fontSize: 34, fontWeight: 700, color: card.closed ? colors.accent : colors.soft, letterSpacing: 1, textTransform: 'uppercase' }, card.closed ? `${card.eyebrow} · Closed` : card.eyebrow),
				el('div', { display: 'block', marginTop: 24, maxWidth: CARD_WIDTH - 160, fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.12, lineClamp: 3 }, card.title),
			]),
			el('div', { display: 'flex', flexDirection: 'column' }, [
				...(card.detail ? [el('div', { display: 'flex', fontSize: 36, fontWeight: 700, marginBottom: 12 }, card.detail)] : []),
				el('div', { display: 'flex', fontSize: 32, color: colors.soft }, card.community),
			]),
		],
	);
}
