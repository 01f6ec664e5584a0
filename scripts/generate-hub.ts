/**
 * A generated hub of any size, made from the example hub: for tests of the built site on a hub of
 * realistic size (1,000 entries) and for benchmarks (1,000 and 10,000).
 *
 *   npx node scripts/generate-hub.ts 1000 /tmp/hub-1000                       1,000 entries, seed 1
 *   npx node scripts/generate-hub.ts 1000 /tmp/hub-1000 --seed 7 --now 2026-11-25T12:00:00Z
 *
 * `generateHub()` writes a complete content folder (site.yaml, the four collections, images) and
 * returns a manifest of what it wrote: every entry's collection, slug, title, status (published,
 * draft, scheduled, no-consent, closed), topics, catalysts and, for an event, its start and end as
 * instants. Tests compute what the built site must hold from that manifest, never from the hub's own
 * model. The same options always write the same files: every choice comes from a seeded PRNG, every
 * date from `now`.
 *
 * The mix: about 12% member spotlights, 40% stories, 23% resources, 25% actions (open petitions
 * and pledges, upcoming events in several time zones, online and in person, evergreen actions, a few
 * closed and past ones); a few drafts, scheduled entries and spotlights without consent in each
 * collection that has them. Every title is different; every reference (authors, people, hosts,
 * actions, stories, resources, contributors, topics, links in bodies) points at a published entry;
 * about half the entries have a picture, reusing the example's images and their alt text.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Temporal } from 'temporal-polyfill';
import YAML from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE = join(ROOT, 'content');

export type Collection = 'stories' | 'members' | 'resources' | 'actions';
/** What a build at `now` does with an entry: `closed` is a published action whose deadline or event has passed. */
export type Status = 'published' | 'draft' | 'scheduled' | 'no-consent' | 'closed';

export interface ManifestEntry {
	collection: Collection;
	slug: string;
	/** The title (a member's name). */
	title: string;
	status: Status;
	topics: string[];
	catalysts: string[];
	/** An action's event, as instants (ms since the epoch) and its time zone. */
	event?: { start: number; end: number; timezone: string };
	/** An action's deadline, as an instant. */
	deadline?: number;
}

export interface Manifest {
	/** The content folder written. */
	dir: string;
	seed: number;
	/** The "now" the dates were written for. */
	now: string;
	/** What site.yaml says: the topics by slug, with their names. */
	site: { name: string; tagline: string; url: string; timezone: string; pageSize: number; topics: Record<string, string> };
	entries: ManifestEntry[];
}

export interface GenerateOptions {
	/** The content folder to write (emptied first). */
	outDir: string;
	/** How many entries, across the four collections. At least 20. */
	entries: number;
	/** Default 1. */
	seed?: number;
	/** The moment the dates are written around, ISO. Default 2026-11-25T12:00:00Z (the example's). */
	now?: string;
	/** Cards on each page of a list (site.yaml's `pageSize`). Default 24. */
	pageSize?: number;
}

/** Whether a build publishes the entry (an entry page, in its collection's index). */
export const isPublic = (entry: ManifestEntry) => entry.status === 'published' || entry.status === 'closed';

// ---------------------------------------------------------------------------------------------
// Randomness and words

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
	const chance = (p: number) => next() < p;
	/** `count` different items, in a random order. */
	const some = <T>(items: readonly T[], count: number): T[] => {
		const pool = [...items];
		const chosen: T[] = [];
		while (chosen.length < count && pool.length) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
		return chosen;
	};
	return { next, int, pick, chance, some };
}

const FIRST = ['Ada', 'Amir', 'Ana', 'Ben', 'Carla', 'Chen', 'Dana', 'Darius', 'Elena', 'Emeka', 'Fatima', 'Frank', 'Grace', 'Gus', 'Hana', 'Hector', 'Ines', 'Isaac', 'Jada', 'Jonas', 'Karin', 'Kofi', 'Lars', 'Leila', 'Lucia', 'Malik', 'Maren', 'Nadia', 'Noah', 'Olga', 'Omar', 'Pablo', 'Paula', 'Quinn', 'Rachel', 'Ravi', 'Sara', 'Sven', 'Tariq', 'Tess', 'Uma', 'Victor', 'Wanda', 'Walt', 'Xavier', 'Yara', 'Yusuf', 'Zoe', 'Bridget', 'Cormac', 'Dolores', 'Ernesto', 'Gloria', 'Ingrid', 'Kwame', 'Lorenzo', 'Mei', 'Nils', 'Oksana', 'Pedro'];
const LAST = ['Anders', 'Baptiste', 'Brennan', 'Castillo', 'Dahl', 'Eriksen', 'Fischer', 'Garcia', 'Haugen', 'Ibrahim', 'Jensen', 'Kowalski', 'Larsen', 'Moreno', 'Nakamura', 'Novak', 'Olson', 'Petrov', 'Quist', 'Rahman', 'Reyes', 'Schmidt', 'Sorensen', 'Thompson', 'Usman', 'Vang', 'Walsh', 'Xiong', 'Yilmaz', 'Zielinski', 'Berg', 'Carver', 'Duval', 'Engstrom', 'Farouk', 'Gunderson', 'Hoang', 'Iverson', 'Jaramillo', 'Kaur', 'Lindgren', 'Mbeki', 'Nilsen', 'Okonkwo', 'Pham', 'Ruiz', 'Strand', 'Tanaka', 'Varga', 'Weiss'];
const TOWNS = [
	['Duluth', 'Minnesota'], ['Saint Paul', 'Minnesota'], ['Minneapolis', 'Minnesota'], ['Eau Claire', 'Wisconsin'], ['Ashland', 'Wisconsin'], ['Superior', 'Wisconsin'], ['Rochester', 'Minnesota'], ['Mankato', 'Minnesota'], ['Winona', 'Minnesota'], ['La Crosse', 'Wisconsin'], ['Wausau', 'Wisconsin'], ['Bemidji', 'Minnesota'], ['Brainerd', 'Minnesota'], ['Hibbing', 'Minnesota'], ['Stillwater', 'Minnesota'], ['Red Wing', 'Minnesota'], ['Marquette', 'Michigan'], ['Houghton', 'Michigan'], ['Fargo', 'North Dakota'], ['Moorhead', 'Minnesota'], ['Grand Marais', 'Minnesota'], ['Bayfield', 'Wisconsin'], ['Rice Lake', 'Wisconsin'], ['Menomonie', 'Wisconsin'], ['Northfield', 'Minnesota'],
] as const;
const STORES = ['Hardware', 'Hardware & Paint', 'Supply Co.', 'Hardware & Rental', 'Lumber & Hardware', 'Farm & Home', 'Hardware & Garden', 'Home Center'] as const;
const ROLES = ['Owner', 'Co-owner', 'Store manager', 'Counter lead', 'Bookkeeper', 'Paint department lead', 'Small engine mechanic', 'Key cutting specialist', 'Buyer', 'Future owner', 'Repair café volunteer', 'Retired owner and mentor'];
const EXPERTISE = ['Commercial leases and renewals', 'Paint departments', 'Running a family store', 'Cash flow and bookkeeping', 'Pricing and margins', 'Key cutting and rekeying', 'Small engine repair', 'Lamp and appliance repair', 'Group buying', 'Freight and logistics', 'Training new staff', 'Point-of-sale systems', 'Rental departments', 'Window displays', 'Contractor accounts', 'Seasonal inventory', 'Renovating old retail buildings', 'Talking to city councils', 'Succession planning', 'Lawn and garden'];
const TZS = ['America/Chicago', 'America/Chicago', 'America/Chicago', 'America/New_York', 'America/Denver', 'America/Los_Angeles', 'America/Winnipeg', 'Europe/London', 'Pacific/Auckland'] as const;

/** Subjects, each with the topic it belongs to. */
const SUBJECTS: ReadonlyArray<[string, string]> = [
	['a lease renewal', 'leases-and-rent'], ['a rent increase', 'leases-and-rent'], ['a new landlord', 'leases-and-rent'], ['a five-year lease', 'leases-and-rent'], ['sharing a storefront', 'leases-and-rent'],
	['a shared pallet of ice melt', 'buying-together'], ['the spring group order', 'buying-together'], ['splitting freight', 'buying-together'], ['a new supplier', 'buying-together'], ['the fall group order', 'buying-together'],
	['a repair café', 'repairs-and-skills'], ['key cutting', 'repairs-and-skills'], ['small engine repair', 'repairs-and-skills'], ['training new staff', 'repairs-and-skills'], ['a tool library', 'repairs-and-skills'],
	['weekly cash flow', 'money-matters'], ['holiday sales', 'money-matters'], ['pricing paint', 'money-matters'], ['a slow January', 'money-matters'], ['a new point-of-sale system', 'money-matters'],
	['opening day', 'starting-a-store'], ['buying a store from its founder', 'starting-a-store'], ['a first inventory', 'starting-a-store'], ['a small business loan', 'starting-a-store'], ['an empty storefront', 'starting-a-store'],
	['a Main Street festival', 'main-street'], ['a city council hearing', 'main-street'], ['a storm that closed the street', 'main-street'], ['a neighborhood cleanup', 'main-street'], ['a sidewalk sale', 'main-street'],
	['a winter without snow', 'seasons'], ['the first warm weekend', 'seasons'], ['canning season', 'seasons'],
	['a teenager\'s first job', 'people'], ['forty years at the counter', 'people'], ['a retirement party', 'people'],
];
const EXTRA_TOPICS = {
	seasons: { name: 'Seasons', description: 'Snow shovels in November, seed in March: running a store through the year.' },
	people: { name: 'People of the guild', description: 'The owners, clerks and volunteers who keep our stores open.' },
};
const STORY_TITLES = [
	(s: string, t: string) => `What ${t} learned from ${s}`,
	(s: string, t: string) => `How a store in ${t} got through ${s}`,
	(s: string, t: string) => `${cap(s)} in ${t}: a year later`,
	(s: string, t: string) => `Notes from ${t} on ${s}`,
	(s: string, t: string) => `${cap(s)}, told by the owners of ${t}`,
	(s: string, t: string) => `Three lessons from ${s} in ${t}`,
	(s: string, t: string) => `Why ${t} stores still talk about ${s}`,
	(s: string, t: string) => `${t} and ${s}: what worked and what did not`,
];
const RESOURCE_TITLES = [
	(s: string, t: string) => `A checklist for ${s} (${t} edition)`,
	(s: string, t: string) => `Guide to ${s}, from the ${t} stores`,
	(s: string, t: string) => `Template: planning ${s} in ${t}`,
	(s: string, t: string) => `Recording: the ${t} evening on ${s}`,
	(s: string, t: string) => `${cap(s)}: the ${t} toolkit`,
	(s: string, t: string) => `Video: ${s} at a ${t} store`,
];
const RESOURCE_KIND_BY_TEMPLATE = ['checklist', 'guide', 'template', 'recording', 'toolkit', 'video'] as const;
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const SENTENCES = [
	'Nobody in the room had done it before, and that turned out to be the point.',
	'The numbers came in slowly, one store at a time, and most of them were better than we feared.',
	'We wrote down the rules before the first order, which saved an argument or two later.',
	'Customers noticed before we did: they started asking for the same things at every store.',
	'The hardest part was not the work but finding a Saturday that suited everyone.',
	'Two owners drove three hours each way, and both said it was worth it.',
	'A landlord who would not answer an email answered a letter signed by eleven stores.',
	'We kept the spreadsheet boring: one sheet, one tab per supplier, one person who owns it.',
	'Half of the people who came had never been inside the store before.',
	'The first attempt failed, and the second one worked because of what the first one taught us.',
	'By the end of the season the shared order had paid for itself twice over.',
	'Staff from the smaller stores learned as much as the owners did, and they taught it back.',
	'Every store kept its own name on the sign, and that mattered more than any discount.',
	'The city council listened for seven minutes, which is four more than usual.',
	'Neighbors brought lamps, chairs and a lawn mower that had not started since 2019.',
	'We still do not agree on everything, but we agree on what to try next.',
	'Freight was the largest cost nobody talked about, until we put it on one page.',
	'A retired owner came back for an afternoon and stayed for the whole winter.',
	'The bank wanted a plan, so we wrote one together in two evenings.',
	'It took a year to see the difference in the books, and another to trust it.',
];
const HEADINGS = ['What we tried', 'What it cost', 'What we learned', 'What comes next', 'In their own words', 'The numbers', 'How to start'];
const LIST_ITEMS = ['Start small: one product, one supplier, one season.', 'Write the rules down before the first order.', 'Ask your neighbors what they pay.', 'Keep one person in charge of the spreadsheet.', 'Tell customers why it matters.', 'Share the results with every store, good or bad.', 'Meet in person at least once a season.', 'Budget for freight as a line of its own.'];

// ---------------------------------------------------------------------------------------------
// Dates

const DEFAULT_NOW = '2026-11-25T12:00:00Z';

/** A wall-clock date and time in a time zone, `days` days from now's date there, and its instant. */
function localMoment(now: Temporal.Instant, timeZone: string, days: number, time: string): { local: string; epochMs: number } {
	const date = now.toZonedDateTimeISO(timeZone).toPlainDate().add({ days });
	const local = date.toPlainDateTime(Temporal.PlainTime.from(time));
	return { local: `${local.toPlainDate().toString()} ${local.toPlainTime().toString({ smallestUnit: 'minute' })}`, epochMs: local.toZonedDateTime(timeZone).epochMilliseconds };
}
/** A date `days` days from now's date in a time zone, `YYYY-MM-DD`. */
const localDate = (now: Temporal.Instant, timeZone: string, days: number) => now.toZonedDateTimeISO(timeZone).toPlainDate().add({ days }).toString();

// ---------------------------------------------------------------------------------------------
// The generator

interface Picture {
	src: string;
	alt: string;
}

/** The example's pictures that are not portraits, with the alt text written for each. */
function examplePictures(): Picture[] {
	const pictures = new Map<string, string>();
	for (const collection of ['stories', 'resources', 'actions']) {
		for (const file of readdirSync(join(EXAMPLE, collection))) {
			const text = readFileSync(join(EXAMPLE, collection, file), 'utf8');
			const data = YAML.parse(text.split(/^---$/m)[1] ?? '') as Record<string, { src?: string; alt?: string } | undefined>;
			for (const image of [data.image, data.cover]) if (image?.src && image.alt) pictures.set(image.src, image.alt);
		}
	}
	return [...pictures].map(([src, alt]) => ({ src, alt })).sort((a, b) => a.src.localeCompare(b.src));
}
const PORTRAITS = ['../images/priya-raman.jpg', '../images/rosa-delgado.jpg', '../images/tom-okafor.jpg'];

const slugify = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 80)
		.replace(/-$/, '');

const yamlString = (text: string) => JSON.stringify(text);
const list = (items: readonly string[]) => `[${items.join(', ')}]`;

interface Draft extends ManifestEntry {
	/** The entry's main subject's topic, so that its other fields agree with its title. */
	subjectTopic: string;
	/** What its title is about. */
	subject: string;
	town: string;
	/** For actions: which shape it takes. */
	shape?: 'upcoming-event' | 'recent-event' | 'old-event' | 'open-deadline' | 'passed-deadline' | 'evergreen';
	/** For resources: its kind, from its title. */
	kind?: string;
}

export function generateHub(options: GenerateOptions): Manifest {
	const total = Math.max(20, Math.floor(options.entries));
	const seed = options.seed ?? 1;
	const nowText = options.now ?? DEFAULT_NOW;
	const now = Temporal.Instant.fromEpochMilliseconds(new Date(nowText).getTime());
	const random = prng(seed);
	const { outDir } = options;

	// site.yaml: the example's, with two more topics.
	const siteText = readFileSync(join(EXAMPLE, 'site.yaml'), 'utf8');
	const pageSize = options.pageSize ?? 24;
	const site = YAML.parse(siteText) as { name: string; tagline: string; url: string; timezone: string; topics: Record<string, { name: string; description: string }> };
	const topicsYaml = Object.entries(EXTRA_TOPICS)
		.map(([slug, topic]) => `  ${slug}:\n    name: ${yamlString(topic.name)}\n    description: ${yamlString(topic.description)}\n`)
		.join('');
	const topics = { ...site.topics, ...EXTRA_TOPICS };
	const topicSlugs = Object.keys(topics);

	rmSync(outDir, { recursive: true, force: true });
	for (const collection of ['stories', 'members', 'resources', 'actions']) mkdirSync(join(outDir, collection), { recursive: true });
	cpSync(join(EXAMPLE, 'images'), join(outDir, 'images'), { recursive: true });
	writeFileSync(join(outDir, 'site.yaml'), `# A hub of ${total} generated entries (scripts/generate-hub.ts, seed ${seed}, now ${nowText}).\n${siteText.trimEnd()}\n${topicsYaml}pageSize: ${pageSize}\n`);
	const pictures = examplePictures();

	// 1. Every entry's collection, title, slug and status, so that references can point anywhere.
	const counts = { members: Math.max(5, Math.round(total * 0.12)), actions: Math.round(total * 0.25), resources: Math.round(total * 0.23), stories: 0 };
	counts.stories = total - counts.members - counts.actions - counts.resources;
	const titles = new Set<string>();
	const slugs = new Set<string>();
	const unique = (collection: Collection, make: (attempt: number) => string) => {
		for (let attempt = 0; ; attempt++) {
			const title = make(attempt);
			const slug = slugify(title);
			if (!titles.has(title) && !slugs.has(`${collection}/${slug}`) && slug) {
				titles.add(title);
				slugs.add(`${collection}/${slug}`);
				return { title, slug };
			}
		}
	};
	const drafts: Draft[] = [];
	const subjectOf = () => random.pick(SUBJECTS);
	const townOf = () => random.pick(TOWNS)[0];
	const statusOf = (collection: Collection): Status => {
		const roll = random.next();
		if (roll < 0.03) return 'draft';
		if (roll < 0.06 && (collection === 'stories' || collection === 'actions')) return 'scheduled';
		if (roll < 0.06 && collection === 'members') return 'no-consent';
		return 'published';
	};

	for (let i = 0; i < counts.members; i++) {
		const { title, slug } = unique('members', (attempt) => `${random.pick(FIRST)} ${attempt > 3 ? `${String.fromCharCode(65 + random.int(0, 25))}. ` : ''}${random.pick(LAST)}`);
		drafts.push({ collection: 'members', slug, title, status: statusOf('members'), topics: [], catalysts: [], subjectTopic: random.pick(topicSlugs), subject: '', town: townOf() });
	}
	for (const [collection, templates] of [['stories', STORY_TITLES], ['resources', RESOURCE_TITLES]] as const) {
		for (let i = 0; i < counts[collection]; i++) {
			const [subject, topic] = subjectOf();
			const town = townOf();
			const template = random.int(0, templates.length - 1);
			const { title, slug } = unique(collection, (attempt) => `${templates[(template + attempt) % templates.length]!(subject, town)}${attempt >= templates.length ? `, part ${Math.floor(attempt / templates.length) + 1}` : ''}`);
			drafts.push({ collection, slug, title, status: statusOf(collection), topics: [], catalysts: [], subjectTopic: topic, subject, town, kind: RESOURCE_KIND_BY_TEMPLATE[template % RESOURCE_KIND_BY_TEMPLATE.length]! });
		}
	}
	const SHAPES: Array<[Draft['shape'] & string, number]> = [['upcoming-event', 0.34], ['recent-event', 0.05], ['old-event', 0.06], ['open-deadline', 0.22], ['passed-deadline', 0.07], ['evergreen', 0.26]];
	const ACTION_TITLES: Record<NonNullable<Draft['shape']>, Array<(s: string, t: string) => string>> = {
		'upcoming-event': [(s, t) => `Meetup in ${t}: ${s}`, (s, t) => `Workshop on ${s} in ${t}`, (s, t) => `Evening class: ${s} (${t})`, (s, t) => `Come to the ${t} open house on ${s}`],
		'recent-event': [(s, t) => `Round table in ${t} on ${s}`, (s, t) => `Saturday session: ${s} at ${t}`],
		'old-event': [(s, t) => `Summer gathering in ${t} about ${s}`, (s, t) => `Spring workshop in ${t}: ${s}`],
		'open-deadline': [(s, t) => `Sign the ${t} pledge on ${s}`, (s, t) => `Add your store to the ${t} letter about ${s}`, (s, t) => `Sign up for ${s} with the ${t} stores`],
		'passed-deadline': [(s, t) => `Petition in ${t} about ${s}`, (s, t) => `Survey of ${t} stores on ${s}`],
		evergreen: [(s, t) => `Give to the ${t} fund for ${s}`, (s, t) => `Volunteer in ${t} for ${s}`, (s, t) => `Read the ${t} guide to ${s}`, (s, t) => `Find a mentor in ${t} for ${s}`],
	};
	for (let i = 0; i < counts.actions; i++) {
		let roll = random.next();
		const shape = SHAPES.find(([, share]) => (roll -= share) < 0)?.[0] ?? 'evergreen';
		const [subject, topic] = subjectOf();
		const town = townOf();
		const templates = ACTION_TITLES[shape];
		const template = random.int(0, templates.length - 1);
		const { title, slug } = unique('actions', (attempt) => `${templates[(template + attempt) % templates.length]!(subject, town)}${attempt >= templates.length ? `, round ${Math.floor(attempt / templates.length) + 1}` : ''}`);
		let status = statusOf('actions');
		// Only an action that is still open when it comes out is scheduled; a past one is a draft.
		if (status === 'scheduled' && !['upcoming-event', 'open-deadline', 'evergreen'].includes(shape)) status = 'draft';
		drafts.push({ collection: 'actions', slug, title, status, topics: [], catalysts: [], subjectTopic: topic, subject, town, shape });
	}
	// The example's own slugs are not used, so nothing collides with them (the folder holds only generated files).

	// Topics and catalysts, for every entry.
	const CATALYSTS = ['expertise', 'passions', 'beliefs', 'situations'];
	for (const entry of drafts) {
		entry.topics = [entry.subjectTopic, ...(random.chance(0.4) ? random.some(topicSlugs.filter((t) => t !== entry.subjectTopic), 1) : [])];
		entry.catalysts = random.some(CATALYSTS, random.int(1, 2));
	}

	const published = (collection: Collection) => drafts.filter((entry) => entry.collection === collection && entry.status === 'published');
	const pub = { members: published('members'), stories: published('stories'), resources: published('resources'), actions: published('actions') };
	const someOf = (collection: Collection, max: number, min = 0) => random.some(pub[collection], random.int(min, max)).map((entry) => entry.slug);

	const body = (paragraphs: number, extra: { links?: Array<{ text: string; href: string }> } = {}) => {
		const parts: string[] = [];
		for (let p = 0; p < paragraphs; p++) {
			if (p > 0 && p % 2 === 0 && random.chance(0.6)) parts.push(`## ${HEADINGS[(p / 2 - 1 + random.int(0, HEADINGS.length - 1)) % HEADINGS.length]}`);
			if (random.chance(0.15)) parts.push(random.some(LIST_ITEMS, random.int(2, 4)).map((item) => `- ${item}`).join('\n'));
			else parts.push(wrap(random.some(SENTENCES, random.int(2, 5)).join(' ')));
		}
		for (const link of extra.links ?? []) parts.push(`For more, read [${link.text}](${link.href}).`);
		return `${parts.join('\n\n')}\n`;
	};
	const picture = (probability: number): Picture | undefined => (random.chance(probability) ? random.pick(pictures) : undefined);
	const imageYaml = (field: string, image: Picture | undefined) => (image ? [`${field}:`, `  src: ${image.src}`, `  alt: ${yamlString(image.alt)}`] : []);
	const tags = (entry: Draft) => [`topics: ${list(entry.topics)}`, `catalysts: ${list(entry.catalysts)}`];
	const flags = (entry: Draft) => [...(entry.status === 'draft' ? ['draft: true'] : []), ...(entry.status === 'published' && random.chance(0.02) ? ['featured: true'] : [])];
	const write = (entry: Draft, fields: Array<string | undefined>, text: string) =>
		writeFileSync(join(outDir, entry.collection, `${entry.slug}.md`), `---\n${fields.filter((field) => field !== undefined).join('\n')}\n---\n\n${text}`);
	const titleOf = new Map(drafts.map((entry) => [`${entry.collection}/${entry.slug}`, entry.title]));

	// 2. The files.
	const eventStarts = new Set<number>();
	for (const entry of drafts) {
		if (entry.collection === 'members') {
			const [town, state] = TOWNS.find(([name]) => name === entry.town)!;
			const store = `${entry.title.split(' ').at(-1)} ${random.pick(STORES)}`;
			const photo = random.chance(0.4) ? { src: random.pick(PORTRAITS), alt: `An illustrated portrait of ${entry.title} at the counter of ${store}.` } : undefined;
			write(
				entry,
				[
					`name: ${yamlString(entry.title)}`,
					`role: ${yamlString(`${random.pick(ROLES)}, ${store}`)}`,
					`place: ${yamlString(`${town}, ${state}`)}`,
					...imageYaml('photo', photo),
					`bio: ${yamlString(`${entry.title.split(' ')[0]} has worked at ${store} in ${town} for ${random.int(2, 38)} years. ${random.pick(SENTENCES)}`)}`,
					`expertise:\n${random.some(EXPERTISE, random.int(1, 4)).map((item) => `  - ${item}`).join('\n')}`,
					...(random.chance(0.5) ? [`links:\n  - label: ${store}\n    url: https://${entry.slug}.example.com`] : []),
					...(random.chance(0.1) ? ['leader: true'] : []),
					...tags(entry),
					...(entry.status === 'no-consent' ? [] : [`consent:\n  date: ${localDate(now, site.timezone, -random.int(10, 700))}\n  how: Signed spotlight consent form at a member meeting`]),
					...flags(entry),
				],
				body(random.int(1, 4)),
			);
		} else if (entry.collection === 'stories') {
			const date = entry.status === 'scheduled' ? localDate(now, site.timezone, random.int(3, 60)) : localDate(now, site.timezone, -random.int(1, 1200));
			const links = random.chance(0.3) && pub.resources.length ? [random.pick(pub.resources)].map((r) => ({ text: r.title, href: `/resources/${r.slug}/` })) : [];
			write(
				entry,
				[
					`title: ${yamlString(entry.title)}`,
					`summary: ${yamlString(`${random.pick(SENTENCES)} ${entry.town} owners look back on ${entry.subject}.`)}`,
					...imageYaml('cover', picture(0.5)),
					`date: ${date}`,
					`authors: ${list(someOf('members', 2, 1))}`,
					`people: ${list(someOf('members', 3))}`,
					`actions: ${list(someOf('actions', 2))}`,
					...tags(entry),
					...flags(entry),
				],
				body(random.int(3, 9), { links }),
			);
		} else if (entry.collection === 'resources') {
			const kind = entry.kind ?? 'guide';
			const online = kind === 'video' || kind === 'recording' || random.chance(0.15);
			write(
				entry,
				[
					`title: ${yamlString(entry.title)}`,
					`summary: ${yamlString(`What the ${entry.town} stores know about ${entry.title.toLowerCase().includes('lease') ? 'leases' : 'it'}, in a form you can copy. ${random.pick(SENTENCES)}`)}`,
					...imageYaml('image', picture(0.45)),
					`kind: ${online && kind !== 'video' && kind !== 'recording' ? 'link' : kind}`,
					...(online ? [`url: https://video.example.org/guild/${entry.slug}`] : kind === 'template' && random.chance(0.5) ? ['file: /files/weekly-cash-flow-template.csv'] : []),
					...(random.chance(0.8) ? [`contributedBy: ${random.pick(pub.members).slug}`] : []),
					`audience: ${list(random.some(['owners', 'staff', 'future owners', 'bookkeepers', 'new hires', 'members'], random.int(1, 2)))}`,
					...tags(entry),
					`updated: ${localDate(now, site.timezone, -random.int(1, 900))}`,
					...flags(entry),
				],
				online ? '' : body(random.int(2, 7)),
			);
		} else {
			const shape = entry.shape!;
			const fields: string[] = [];
			const event = shape.endsWith('event');
			const timeZone = event ? random.pick(TZS) : site.timezone;
			let kind: string;
			let label: string | undefined;
			if (event) {
				const day = shape === 'upcoming-event' ? random.int(entry.status === 'scheduled' ? 5 : 2, 150) : shape === 'recent-event' ? -random.int(3, 25) : -random.int(40, 400);
				let start = localMoment(now, timeZone, day, `${String(random.int(9, 19)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}`);
				// Every event starts at its own instant, so that "soonest first" has one answer.
				for (let nudge = 1; eventStarts.has(start.epochMs); nudge++) start = localMoment(now, timeZone, day + nudge * 7, start.local.slice(11));
				eventStarts.add(start.epochMs);
				const hours = random.int(1, 4);
				const endTime = Temporal.PlainDateTime.from(start.local.replace(' ', 'T')).add({ hours, minutes: 30 });
				const end = { local: `${endTime.toPlainDate().toString()} ${endTime.toPlainTime().toString({ smallestUnit: 'minute' })}`, epochMs: endTime.toZonedDateTime(timeZone).epochMilliseconds };
				const online = random.chance(0.35);
				const inPerson = !online || random.chance(0.3);
				kind = random.pick(['register', 'attend', 'buy-tickets']);
				fields.push(
					'event:',
					`  start: ${start.local}`,
					`  end: ${end.local}`,
					...(timeZone === site.timezone && random.chance(0.5) ? [] : [`  timezone: ${timeZone}`]),
					...(inPerson ? ['  venue:', `    name: ${yamlString(`${entry.town} ${random.pick(['Public Library, meeting room', 'Community Center', 'Guild Hall', 'Lodge, lake room', 'Fire Hall'])}`)}`, `    address: ${yamlString(`${random.int(10, 4999)} Main Street, ${entry.town}`)}`] : []),
					...(online ? [`  online: https://meet.example.org/hardware-guild/${entry.slug}`] : []),
					...(random.chance(0.4) ? ['  accessibility:', ...(inPerson ? [`    stepFree: ${random.chance(0.8)}`] : []), `    captions: ${random.chance(0.5)}`] : []),
				);
				entry.event = { start: start.epochMs, end: end.epochMs, timezone: timeZone };
				if (shape === 'upcoming-event' && day > 4 && random.chance(0.4)) {
					const deadline = localMoment(now, timeZone, random.int(2, day - 1), '12:00');
					fields.unshift(`deadline: ${deadline.local}`);
					entry.deadline = deadline.epochMs;
				}
				if (shape !== 'upcoming-event') entry.status = entry.status === 'published' ? 'closed' : entry.status;
			} else if (shape === 'open-deadline' || shape === 'passed-deadline') {
				kind = random.pick(['petition', 'pledge', 'sign-up']);
				const days = shape === 'open-deadline' ? random.int(3, 120) : -random.int(3, 200);
				const deadline = localMoment(now, timeZone, days, random.chance(0.5) ? '17:00' : '23:59');
				fields.push(`deadline: ${deadline.local}`);
				entry.deadline = deadline.epochMs;
				if (shape === 'passed-deadline' && entry.status === 'published') entry.status = 'closed';
			} else {
				kind = random.pick(['donate', 'volunteer', 'learn-more', 'visit-website']);
				label = { donate: 'Give to the fund', volunteer: 'Volunteer', 'learn-more': 'Read the guide', 'visit-website': 'Open the map' }[kind];
			}
			const publishDate = entry.status === 'scheduled' ? localDate(now, site.timezone, random.int(1, 2)) : random.chance(0.2) ? localDate(now, site.timezone, -random.int(1, 300)) : undefined;
			const stories = someOf('stories', 2);
			write(
				entry,
				[
					`title: ${yamlString(entry.title)}`,
					`summary: ${yamlString(`${random.pick(SENTENCES)} Owners and staff from ${entry.town} and nearby towns are welcome.`)}`,
					...imageYaml('image', picture(0.5)),
					`kind: ${kind}`,
					'cta:',
					...(label ? [`  label: ${label}`] : []),
					`  url: https://act.example.org/hardware-guild/${entry.slug}`,
					...fields,
					`hosts: ${list(someOf('members', 2, 1))}`,
					`stories: ${list(stories)}`,
					`resources: ${list(someOf('resources', 2))}`,
					...tags(entry),
					...(publishDate ? [`publishDate: ${publishDate}`] : []),
					...flags(entry),
				],
				body(random.int(1, 5), { links: stories.slice(0, 1).map((slug) => ({ text: titleOf.get(`stories/${slug}`)!, href: `/stories/${slug}/` })) }),
			);
		}
	}

	const entries: ManifestEntry[] = drafts.map(({ subjectTopic: _topic, subject: _subject, town: _town, shape: _shape, kind: _kind, ...entry }) => entry);
	return {
		dir: outDir,
		seed,
		now: nowText,
		site: { name: site.name, tagline: site.tagline, url: site.url, timezone: site.timezone, pageSize, topics: Object.fromEntries(Object.entries(topics).map(([slug, topic]) => [slug, topic.name])) },
		entries,
	};
}

/** Lines of at most about 100 characters, as people write Markdown. */
function wrap(text: string): string {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line && line.length + word.length + 1 > 100) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	return [...lines, line].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const [count, dir, ...rest] = process.argv.slice(2);
	const option = (name: string) => {
		const index = rest.indexOf(`--${name}`);
		return index >= 0 ? rest[index + 1] : undefined;
	};
	if (!count || !dir || !/^\d+$/.test(count)) {
		console.error('Usage: npx node scripts/generate-hub.ts <entries> <content folder> [--seed N] [--now 2026-11-25T12:00:00Z]');
		process.exit(2);
	}
	const seedText = option('seed');
	const nowText = option('now');
	const manifest = generateHub({ outDir: resolve(dir), entries: Number(count), ...(seedText ? { seed: Number(seedText) } : {}), ...(nowText ? { now: nowText } : {}) });
	const tally = new Map<string, number>();
	for (const entry of manifest.entries) tally.set(`${entry.collection} ${entry.status}`, (tally.get(`${entry.collection} ${entry.status}`) ?? 0) + 1);
	console.log(`Wrote ${manifest.entries.length} entries to ${manifest.dir} (seed ${manifest.seed}, now ${manifest.now}):`);
	for (const [key, value] of [...tally].sort()) console.log(`  ${key.padEnd(28)}${value}`);
	const events = manifest.entries.filter((entry) => entry.event);
	console.log(`  events                      ${events.length} (${events.filter((e) => e.event!.end > Date.parse(manifest.now)).length} upcoming) in ${new Set(events.map((e) => e.event!.timezone)).size} time zones`);
	console.log(`Check it with: HUB_CONTENT_DIR=${dir} HUB_NOW=${manifest.now} npm run check`);
}
