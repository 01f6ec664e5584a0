/** Line and column of a place in a text, as every message gives them. */
import type { Position } from './yaml-source.ts';

/** The 1-based line and column (in UTF-16 units, as editors count) of `index` in `text`. */
export function positionAt(text: string, index: number, firstLine = 1): Position {
	return positionsIn(text, firstLine)(index);
}

/**
 * The position of any index of `text`, for a text asked about many times: its lines are found once,
 * each question answered by a binary search. Counted here rather than taken from a parser, which may
 * skip line breaks inside a token it could not read.
 */
export function positionsIn(text: string, firstLine = 1): (index: number) => Position {
	const starts = [0];
	for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
	return (index) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (starts[middle]! <= index) low = middle;
			else high = middle - 1;
		}
		return { line: low + firstLine, column: index - starts[low]! + 1 };
	};
}
