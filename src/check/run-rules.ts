/**
 * Runs the rules on one valid entry. What several rules need is computed once per entry, and only
 * when a rule first asks: one walk of the data, one parse and one walk of the Markdown body.
 */
import type { Node, Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Position } from '../source/yaml-source.ts';
import type { DataValue, MarkdownNode, Rule, RuleContext, Severity } from './rules/rule.ts';

/** What the runner knows of an entry; `runRules` adds the shared views and a `report` bound to each rule's id. */
export type EntryFacts = Omit<RuleContext, 'values' | 'nodes' | 'nodePosition' | 'report'>;

/** Where a finding goes: the runner turns it into a diagnostic of the entry's file. */
export type Sink = (rule: string, position: Position, message: string, severity: Severity) => void;

const parser = unified().use(remarkParse);

/** Runs every rule on one entry, in order, each reporting under its own id. */
export function runRules(rules: readonly Rule[], facts: EntryFacts, sink: Sink): void {
	const shared = { ...facts, ...lazyViews(facts) };
	for (const rule of rules) {
		rule.check({ ...shared, report: (position, message, severity = rule.severity) => sink(rule.id, position, message, severity) });
	}
}

/** The views of the data and body that rules share, each built on first use. */
function lazyViews({ entry, body, bodyLine }: EntryFacts): Pick<RuleContext, 'values' | 'nodes' | 'nodePosition'> {
	let values: DataValue[] | undefined;
	let byType: Map<string, Node[]> | undefined;
	return {
		values: () => (values ??= flatten(entry.data)),
		nodes: <T extends Nodes['type']>(type: T) => ((byType ??= nodesByType(parser.parse(body) as Root)).get(type) ?? []) as Array<MarkdownNode<T>>,
		nodePosition: (node) => ({ line: (node.position?.start.line ?? 1) + bodyLine - 1, column: node.position?.start.column ?? 1 }),
	};
}

/** Every value of validated data with its path, parents first; class instances (references, images) are leaves. */
function flatten(data: unknown): DataValue[] {
	const values: DataValue[] = [];
	const walk = (value: unknown, path: PropertyKey[]) => {
		values.push({ value, path });
		if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
		else if (value && typeof value === 'object' && value.constructor === Object) {
			for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
		}
	};
	walk(data, []);
	return values;
}

/** The nodes of a tree by type, each list in document order. */
function nodesByType(tree: Root): Map<string, Node[]> {
	const byType = new Map<string, Node[]>();
	visit(tree, (node) => {
		const list = byType.get(node.type);
		if (list) list.push(node);
		else byType.set(node.type, [node]);
	});
	return byType;
}
