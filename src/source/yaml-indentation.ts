/**
 * Indentation mistakes in frontmatter, found on the lines as written, before a YAML parser's words
 * can bury them: the parser notices a mistake where it can no longer go on, often a line or three
 * later, and says it in its own terms ("Nested mappings are not allowed in compact mappings"). Here
 * the line whose indentation goes wrong is named, with what its group uses.
 *
 * Only asked when the YAML cannot be read: frontmatter that reads is never second-guessed.
 */

export interface IndentationProblem {
	/** 0-based line of the text, and 1-based column. */
	index: number;
	column: number;
	message: string;
}

/** A level of nesting: the indentation of its fields, and the field it belongs to (none at the top). */
interface Level {
	indent: number;
	parent: string | undefined;
	/** Its first field, by line and name, and how many fields it has had so far. */
	first?: { index: number; name: string | undefined };
	count: number;
	/** The indentation of the field it belongs to. */
	parentIndent?: number;
}

const KEY = /^([A-Za-z_$][\w$-]*)\s*:(?:\s+(.*))?$/;
const spaces = (n: number) => `${n} ${n === 1 ? 'space' : 'spaces'}`;
const groupOf = (level: Level) => (level.parent ? `the other fields of \`${level.parent}\`` : 'the fields at the top');

/** The first line whose indentation does not fit the lines around it, or undefined. */
export function indentationProblem(text: string): IndentationProblem | undefined {
	const lines = text.split('\n');
	const stack: Level[] = [{ indent: 0, parent: undefined, count: 0 }];
	/** A field with nothing after its colon: its own fields may follow, further in. */
	let opener: { key: string; indent: number } | undefined;
	/** The indentation of a field whose value is a block of text (`|`, `>`): lines further in are its text. */
	let textBlock: number | undefined;
	for (const [index, line] of lines.entries()) {
		const content = line.trimStart();
		if (content === '' || content.startsWith('#')) continue;
		const lead = line.slice(0, line.length - content.length);
		const indent = lead.length;
		if (textBlock !== undefined) {
			if (indent > textBlock) continue;
			textBlock = undefined;
		}
		const item = /^-(\s|$)/.test(content);
		const entry = item ? content.replace(/^-\s*/, '') : content;
		const key = KEY.exec(entry);
		const name = key?.[1];
		if (lead.includes('\t')) {
			const where = stack.at(-1)!;
			const howMany = opener ? `two more than \`${opener.key}\` has` : `as many as ${groupOf(where)} use${where.indent ? ` (${spaces(where.indent)})` : ''}`;
			return {
				index,
				column: lead.indexOf('\t') + 1,
				message: `${name ? `\`${name}\` is` : 'This line is'} indented with a tab. YAML reads only spaces: replace the tab with spaces, ${howMany}.`,
			};
		}
		if (!item && !name) continue; // A continued value, or something the parser will explain.
		if (opener) {
			// (A list may also start at its field's own indentation: `hosts:` then `- rosa` below it.)
			if (indent > opener.indent) stack.push({ indent, parent: opener.key, count: 0, parentIndent: opener.indent });
			opener = undefined;
		}
		let top = stack.at(-1)!;
		const label = name ? `\`${name}\`` : 'This item';
		const usual = top.parentIndent === undefined ? undefined : top.parentIndent + 2;
		// The group's first field alone set its indentation, this one sits the usual two spaces in: the first was the odd one.
		if (indent !== top.indent && top.count === 1 && top.first && top.indent !== usual && indent === usual) {
			return {
				index: top.first.index,
				column: top.indent + 1,
				message: `${top.first.name ? `\`${top.first.name}\`` : 'This item'} is indented ${spaces(top.indent)}; the other fields of \`${top.parent}\` use ${spaces(indent)}. Line it up with them.`,
			};
		}
		if (indent > top.indent) {
			return { index, column: indent + 1, message: `${label} is indented ${spaces(indent)}; ${groupOf(top)} use ${spaces(top.indent)}. Line it up with them, or, if it belongs to the field above, give that field nothing after its colon.` };
		}
		if (indent < top.indent) {
			const inner = top;
			while (stack.length > 1 && stack.at(-1)!.indent > indent) stack.pop();
			top = stack.at(-1)!;
			if (top.indent !== indent) {
				// The group's first field alone set its indentation, and the next one goes back: the first was
				// the odd one, unless it sits the usual two spaces in from its field and this one does not.
				const usual = inner.parentIndent === undefined ? undefined : inner.parentIndent + 2;
				if (inner.count === 1 && inner.first && indent > top.indent && (inner.indent !== usual || indent === usual)) {
					return {
						index: inner.first.index,
						column: inner.indent + 1,
						message: `${inner.first.name ? `\`${inner.first.name}\`` : 'This item'} is indented ${spaces(inner.indent)}; the other fields of \`${inner.parent}\` use ${spaces(indent)}. Line it up with them.`,
					};
				}
				return {
					index,
					column: indent + 1,
					message:
						indent > top.indent && inner.count === 1
							? `${label} is indented ${spaces(indent)}; ${groupOf(inner)} use ${spaces(inner.indent)}. Line it up with them.`
							: `${label} is indented ${spaces(indent)}: ${groupOf(inner)} use ${spaces(inner.indent)}, ${groupOf(top).replace('the other ', 'the ')} ${spaces(top.indent)}. Line it up with the group it belongs to.`,
				};
			}
		}
		top.count++;
		top.first ??= { index, name };
		// A list item's fields continue two spaces further in than its dash.
		if (item && name) stack.push({ indent: indent + 2, parent: top.parent, first: { index, name }, count: 1 });
		const fieldIndent = item ? indent + 2 : indent;
		const value = key?.[2]?.replace(/\s+#.*$/, '').trim() ?? '';
		if (name && value === '') opener = { key: name, indent: fieldIndent };
		else if (name && /^[|>][+-]?\d*$/.test(value)) textBlock = fieldIndent;
	}
	return undefined;
}
