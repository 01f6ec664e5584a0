/**
 * Runs the rules on one valid entry. What several rules need is computed once per entry, and only
 * when a rule first asks: one walk of the data, one parse and one walk of the Markdown body.
 */
import type { Node, Nodes, Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import { preOrder } from '../lib/pre-order.ts';
import { positionAt } from '../source/text-position.ts';
import type { Position } from '../source/yaml-source.ts';
import type { DataValue, MarkdownNode, Rule, RuleContext, Severity } from './rules/rule.ts';

/** What the runner knows of an entry; `runRules` adds the shared views and a `report` bound to each rule's id. */
export type EntryFacts = Omit<RuleContext, 'values' | 'tree' | 'nodes' | 'nodePosition' | 'positionIn' | 'report'>;

/** Where a finding goes: the runner turns it into a diagnostic of the entry's file. */
export type Sink = (rule: string, position: Position, message: string, severity: Severity) => void;

/**
 * The body's syntax tree, from Sätteri (Rust; the build's processor, src/markdown/hub-markdown.ts): the
 * same CommonMark tree, positions included, as remark-parse builds (compared on every body of a
 * 10,000-entry generated hub and of the test fixtures), in a twentieth of the time. GitHub's extensions
 * are left out, as remark-parse leaves them, so the rules read the tree they were written for; and the
 * frontmatter is not in the body.
 */
export const parseBody = (body: string) => markdownToMdast(body, { features: { gfm: false, frontmatter: false } }) as Root;

/** Runs every rule on one entry, in order, each reporting under its own id. */
export function runRules(rules: readonly Rule[], facts: EntryFacts, sink: Sink): void {
	const shared = { ...facts, ...lazyViews(facts) };
	for (const rule of rules) {
		rule.check({ ...shared, report: (position, message, severity = rule.severity) => sink(rule.id, position, message, severity) });
	}
}

/** The views of the data and body that rules share, each built on first use. */
function lazyViews({ entry, body, bodyLine }: EntryFacts): Pick<RuleContext, 'values' | 'tree' | 'nodes' | 'nodePosition' | 'positionIn'> {
	let values: DataValue[] | undefined;
	let tree: Root | undefined;
	let byType: Map<string, Node[]> | undefined;
	const parsed = () => (tree ??= parseBody(body));
	const nodePosition = (node: Node): Position => ({ line: (node.position?.start.line ?? 1) + bodyLine - 1, column: node.position?.start.column ?? 1 });
	return {
		values: () => (values ??= flatten(entry.data)),
		tree: parsed,
		nodes: <T extends Nodes['type']>(type: T) => ((byType ??= nodesByType(parsed())).get(type) ?? []) as Array<MarkdownNode<T>>,
		nodePosition,
		positionIn: (node, index) => {
			const start = nodePosition(node);
			const at = positionAt(node.value, index, start.line);
			return { line: at.line, column: at.line === start.line ? start.column + at.column - 1 : at.column };
		},
	};
}

/**
 * Every value of validated data with its path, parents first; class instances (references, images)
 * are leaves. Data shared through YAML aliases may be deep or wide.
 */
function flatten(data: unknown): DataValue[] {
	const values: DataValue[] = [];
	const childrenOf = ({ value, path }: DataValue): DataValue[] | undefined => {
		if (Array.isArray(value)) return value.map((item, index) => ({ value: item, path: [...path, index] }));
		if (value && typeof value === 'object' && value.constructor === Object) return Object.entries(value).map(([key, item]) => ({ value: item, path: [...path, key] }));
		return undefined;
	};
	preOrder<DataValue>({ value: data, path: [] }, childrenOf, (value) => {
		values.push(value);
	});
	return values;
}

/** The nodes of a tree by type, each list in document order. */
function nodesByType(tree: Root): Map<string, Node[]> {
	const byType = new Map<string, Node[]>();
	preOrder<Node>(tree, childrenOf, (node) => {
		const list = byType.get(node.type);
		if (list) list.push(node);
		else byType.set(node.type, [node]);
	});
	return byType;
}

/** A Markdown node's children; undefined for a leaf. */
const childrenOf = (node: Node): Node[] | undefined => (node as { children?: Node[] }).children;
