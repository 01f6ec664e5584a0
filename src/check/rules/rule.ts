/**
 * What a content rule is, and the one helper that makes one, as `unified-lint-rule` does for
 * remark-lint: a stable id that every message carries, so that rules can be filtered, silenced and
 * tested one by one.
 */
import type { Node, Nodes, Root } from 'mdast';
import type { CollectionName } from '../../schemas/context.ts';
import type { SiteSettings } from '../../schemas/site.ts';
import type { Position, YamlSource } from '../../source/yaml-source.ts';
import type { CheckedEntry, CheckPaths } from '../checked-entry.ts';
import type { Diagnostic } from '../diagnostic.ts';
import type { RouteTable } from '../route-table.ts';

/** How serious a finding is: an error stops the build, a warning does not. */
export type Severity = Diagnostic['severity'];

/** A value of an entry's validated data, and its path in the data (`['cover', 'src']`). */
export interface DataValue {
	value: unknown;
	path: readonly PropertyKey[];
}

/** The Markdown node of one type (`MarkdownNode<'link'>` is a `Link`). */
export type MarkdownNode<T extends Nodes['type']> = Extract<Nodes, { type: T }>;

/** What a rule sees of one valid entry, and how it reports. */
export interface RuleContext {
	/** The entry: collection, slug, file (relative to the root) and validated data. */
	readonly entry: CheckedEntry;
	/** The entry's file, absolute: paths written in it are relative to its folder. */
	readonly absolute: string;
	/** Positions in the frontmatter: `source.positionOf(['cta', 'url'], 'value')`. Ask only to report: it parses again. */
	readonly source: YamlSource;
	/** The Markdown body, after the frontmatter. */
	readonly body: string;
	/** The line of the file the body starts on. */
	readonly bodyLine: number;
	/** The validated site settings; undefined while site.yaml has errors. */
	readonly site: SiteSettings | undefined;
	/** What is at each address once built: pages, files, and outputs of entries that will not be published. */
	readonly routes: RouteTable;
	/** The slug of every file of each collection, valid or not: a reference to an entry with its own error is not a second error. */
	readonly slugs: ReadonlyMap<CollectionName, ReadonlySet<string>>;
	/** The files of the actions each short link name (`/go/<name>/`) is claimed by: by their file name, or their `short`. */
	readonly shortLinks: ReadonlyMap<string, readonly string[]>;
	/** Valid entries this build will not publish, by `collection/slug`: why ("is a draft"), and their file. */
	readonly unpublished: ReadonlyMap<string, { why: string; file: string }>;
	/** The folders the check reads. */
	readonly paths: CheckPaths;
	/** A path relative to the project root, with forward slashes, as messages name files. */
	rel(file: string): string;
	/** Every value of `entry.data` with its path, parents before children: one walk, shared by every rule. */
	values(): readonly DataValue[];
	/** The body's Markdown tree: one parse, shared by every rule. Walk it without recursion: its depth is the text's. */
	tree(): Root;
	/** The body's Markdown nodes of one type, in document order: one parse, shared by every rule. */
	nodes<T extends Nodes['type']>(type: T): ReadonlyArray<MarkdownNode<T>>;
	/** Where a node of the body starts, as a line and column of the file. */
	nodePosition(node: Node): Position;
	/** Where a place in a node's text (an HTML piece's `value`, by index) is, as a line and column of the file. */
	positionIn(node: Node & { value: string }, index: number): Position;
	/** Reports a finding under this rule's id; the severity defaults to the rule's. */
	report(position: Position, message: string, severity?: Severity): void;
}

/** A rule's name and what it finds; reading steps of the runner have one too. */
export interface RuleInfo {
	/** Stable, kebab-case: printed with every message, and what `--rule` and `--ignore` take. */
	readonly id: string;
	/** One sentence: what the rule finds. */
	readonly description: string;
}

/** A check of one valid entry. */
export interface Rule extends RuleInfo {
	/** The severity of its findings, unless a report says otherwise. */
	readonly severity: Severity;
	check(context: RuleContext): void;
}

/** Makes a rule; its severity defaults to `error`. */
export function defineRule(rule: RuleInfo & { severity?: Severity; check(context: RuleContext): void }): Rule {
	return Object.freeze({ severity: 'error' as const, ...rule });
}

/**
 * Makes a rule that judges each body node of one type on its own, as most rules of the text do:
 * `message` returns what to report about a node that breaks the rule, or nothing.
 */
export function defineNodeRule<T extends Nodes['type']>(
	rule: RuleInfo & { severity?: Severity; node: T; message(node: MarkdownNode<T>, context: RuleContext): string | undefined },
): Rule {
	const { node: type, message, ...info } = rule;
	return defineRule({
		...info,
		check(context) {
			for (const node of context.nodes(type)) {
				const text = message(node, context);
				if (text) context.report(context.nodePosition(node), text);
			}
		},
	});
}
