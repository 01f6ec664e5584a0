/**
 * The files `npm run new` writes: every field present, or commented with what it is for, valid as
 * written. New entries start as drafts, so nothing half-written is published by accident. Every
 * field is described in docs/fields.md.
 */
import { ACTION_KINDS } from '../schemas/action.ts';
import type { CollectionName } from '../schemas/context.ts';
import { RESOURCE_KINDS } from '../schemas/resource.ts';

export interface TemplateInput {
	title: string;
	/** Today, `YYYY-MM-DD`, in the site's time zone. */
	today: string;
	/** Topic slugs declared in site.yaml, listed as a reminder. */
	topics: readonly string[];
	/** The site's time zone, written into an event's `timezone`; left out when site.yaml cannot be read. */
	timezone?: string | undefined;
}

/** A YAML double-quoted string: JSON's string syntax is valid YAML and escapes everything. */
const q = (text: string) => JSON.stringify(text);

const topicsHint = (topics: readonly string[]) => (topics.length ? `# one or more of: ${topics.join(', ')}` : '# declare topics in content/site.yaml first');

/**
 * The words each template writes for the organizer to replace, rendered by the templates below and
 * recognised by the check's `placeholder` rule: one copy of each. `fields` are by path, written with
 * dots (`event.venue.address`); `body` is the text's blocks, paragraphs or headings (`## …`), in order.
 * A field written here is a placeholder wherever it is left; an example that may well be true
 * ("Signed form at the meeting", `stepFree: true`) is not one, and is written in the template itself.
 */
export interface Placeholders {
	readonly fields: Readonly<Record<string, string>>;
	readonly body: readonly string[];
}

export const PLACEHOLDERS = {
	actions: {
		fields: {
			summary: 'Why it matters, in one or two sentences (up to 200 characters show in previews).',
			'cta.url': 'https://example.org/replace-with-the-signup-link',
			'event.venue.name': 'The place people look for on arrival',
			'event.venue.address': 'Street, town, postcode',
			'event.online': 'https://meet.example.org/replace-me',
			'event.accessibility.notes': "Anything else: parking, the lift's entrance, who to ask for help",
			'share.message': 'What to say when sharing it',
		},
		body: ['What to do, why it matters, and what happens next. Write it for someone who arrives from a link on their phone.'],
	},
	stories: {
		fields: {
			summary: 'One or two sentences that make someone want to read on.',
			'cover.src': '../images/replace-me.jpg',
			'cover.alt': 'What the picture shows, for people who cannot see it',
		},
		body: ['Tell the story: what happened, who was there, what changed.'],
	},
	members: {
		fields: {
			role: 'What they do, in a few words',
			place: 'Town, region',
			bio: 'A short introduction in the third person.',
			'links.url': 'mailto:name@example.org',
			'photo.src': '../images/replace-me.jpg',
			'photo.alt': 'What the photo shows',
		},
		body: ['More about them, in their words if possible.'],
	},
	resources: {
		fields: {
			summary: 'What it helps with, in one or two sentences.',
			url: 'https://example.org/where-it-lives',
			file: '/files/replace-me.pdf',
		},
		body: ['The resource itself, when it is neither a link nor a file.'],
	},
} as const satisfies Record<CollectionName, Placeholders>;

/**
 * The times of day the action template writes with today's date, commented out: a deadline or an
 * event left with them is still the template's, dated the day the file was written.
 */
export const TEMPLATE_TIMES = { deadline: '17:00', eventStart: '18:30', eventEnd: '20:00' } as const;

const body = (blocks: readonly string[]) => `${blocks.join('\n\n')}\n`;

const common = (input: TemplateInput) => `# shareImage:          # your own picture for link previews instead of the generated card (best 1200×630)
#   src: ../images/replace-me.jpg
#   alt: "What the picture shows, for people who cannot see it"
topics: []             ${topicsHint(input.topics)}
catalysts: []          # expertise, passions, beliefs, situations: what this speaks to
featured: false        # true to show it first on the home page
draft: true            # set to false when it is ready to publish`;

/** How an action's file ends, event or not: what it links to, its picture and share message, then the common fields and the text. */
const actionEnd = (input: TemplateInput) => `hosts: []              # member file names, without .md
stories: []            # story file names that explain why it matters
resources: []          # resource file names that help
# image:               # the picture at the top of the page and in its share preview
#   src: ../images/replace-me.jpg
#   alt: "What the picture shows, for people who cannot see it"
# share:
#   message: ${q(PLACEHOLDERS.actions.fields['share.message'])}   # default: the title
#   hashtags: [YourHashtag]                  # without #
# publishDate: ${input.today}   # publish later: from this day on
${common(input)}
---

${body(PLACEHOLDERS.actions.body)}`;

export const TEMPLATES: Record<CollectionName, (input: TemplateInput) => string> = {
	actions: (input) => `---
title: ${q(input.title)}
summary: ${q(PLACEHOLDERS.actions.fields.summary)}
kind: sign-up          # ${ACTION_KINDS.join(', ')}
cta:
  # label: "Sign up"   # the button's text; default: the kind's usual verb
  url: ${PLACEHOLDERS.actions.fields['cta.url']}
  # forwardSource: source   # pass the visitor's source on to the external tool as ?source=…
# deadline: ${input.today} ${TEMPLATE_TIMES.deadline}   # the last moment to act (a date alone means the end of that day)
# event:                # for an event: when and where
#   start: ${input.today} ${TEMPLATE_TIMES.eventStart}
#   end: ${input.today} ${TEMPLATE_TIMES.eventEnd}
#   timezone: America/Chicago     # default: the site's time zone
#   venue:
#     name: ${q(PLACEHOLDERS.actions.fields['event.venue.name'])}
#     address: ${q(PLACEHOLDERS.actions.fields['event.venue.address'])}
#   online: ${PLACEHOLDERS.actions.fields['event.online']}
#   accessibility:      # what helps people take part; leave out a line you do not know
#     stepFree: true    # true: no steps from the street to the room and toilets; false: there are steps
#     captions: true    # what is said is captioned live
#     interpretation: [Spanish, American Sign Language]
#     childcare: true
#     quietRoom: true   # a quiet room to step away to
#     notes: ${q(PLACEHOLDERS.actions.fields['event.accessibility.notes'])}
${actionEnd(input)}`,
	stories: (input) => `---
title: ${q(input.title)}
summary: ${q(PLACEHOLDERS.stories.fields.summary)}
date: ${input.today}       # the publish date; a future date schedules it
# updated: ${input.today}  # when it last changed in a way readers should know about
authors: []            # member file names of who wrote it
people: []             # member file names of the people in the story
actions: []            # action file names the story leads to
# cover:
#   src: ${PLACEHOLDERS.stories.fields['cover.src']}
#   alt: ${q(PLACEHOLDERS.stories.fields['cover.alt'])}
${common(input)}
---

${body(PLACEHOLDERS.stories.body)}`,
	members: (input) => `---
name: ${q(input.title)}
role: ${q(PLACEHOLDERS.members.fields.role)}
# place: ${q(PLACEHOLDERS.members.fields.place)}
bio: ${q(PLACEHOLDERS.members.fields.bio)}
expertise: []          # "ask me about": subjects others can come to them with
links: []              # - label: "Email them"
                       #   url: ${PLACEHOLDERS.members.fields['links.url']}
# photo:
#   src: ${PLACEHOLDERS.members.fields['photo.src']}
#   alt: ${q(PLACEHOLDERS.members.fields['photo.alt'])}
leader: false          # true to acknowledge them as a community leader
# consent:             # required to publish: when and how the person agreed to this spotlight
#   date: ${input.today}
#   how: "Signed form at the meeting"
${common(input)}
---

${body(PLACEHOLDERS.members.body)}`,
	resources: (input) => `---
title: ${q(input.title)}
summary: ${q(PLACEHOLDERS.resources.fields.summary)}
kind: guide            # ${RESOURCE_KINDS.join(', ')}
# url: ${PLACEHOLDERS.resources.fields.url}      # when it lives elsewhere on the web
# file: ${PLACEHOLDERS.resources.fields.file}                  # or a file you put in public/files/
# contributedBy: member-file-name
audience: []           # who it is for: [owners, new staff]
updated: ${input.today}    # when it was last checked or changed
# image:               # a picture of it, on its card and page
#   src: ../images/replace-me.jpg
#   alt: "What the picture shows, for people who cannot see it"
${common(input)}
---

${body(PLACEHOLDERS.resources.body)}`,
};

/** An event: an action with its `event:` block written out (start, end, time zone, venue), for `npm run new -- event`. */
export const eventTemplate = (input: TemplateInput) => `---
title: ${q(input.title)}
summary: ${q(PLACEHOLDERS.actions.fields.summary)}
kind: attend           # ${ACTION_KINDS.join(', ')}
cta:
  # label: "Save your seat"   # the button's text; default: the kind's usual verb
  url: ${PLACEHOLDERS.actions.fields['cta.url']}
event:                 # when and where
  start: ${input.today} ${TEMPLATE_TIMES.eventStart}    # date and time on the 24-hour clock, local time where it happens
  end: ${input.today} ${TEMPLATE_TIMES.eventEnd}      # past midnight? write the next day's date
  ${input.timezone ? `timezone: ${input.timezone}` : '# timezone: America/Chicago'}   # the time zone of the place
  venue:               # for an in-person event; remove it for an online one (and write online:)
    name: ${q(PLACEHOLDERS.actions.fields['event.venue.name'])}
    address: ${q(PLACEHOLDERS.actions.fields['event.venue.address'])}
  # online: ${PLACEHOLDERS.actions.fields['event.online']}   # the link to join, for an online event
  # accessibility:     # what helps people take part; leave out a line you do not know
  #   stepFree: true   # true: no steps from the street to the room and toilets; false: there are steps
  #   captions: true   # what is said is captioned live
  #   interpretation: [Spanish, American Sign Language]
  #   childcare: true
  #   quietRoom: true  # a quiet room to step away to
  #   notes: ${q(PLACEHOLDERS.actions.fields['event.accessibility.notes'])}
# deadline: ${input.today} 12:00   # the last moment to sign up, if there is one
${actionEnd(input)}`;
