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

const common = (input: TemplateInput) => `# shareImage:          # your own picture for link previews instead of the generated card (best 1200×630)
#   src: ../images/replace-me.jpg
#   alt: "What the picture shows, for people who cannot see it"
topics: []             ${topicsHint(input.topics)}
catalysts: []          # expertise, passions, beliefs, situations: what this speaks to
featured: false        # true to show it first on the home page
draft: true            # set to false when it is ready to publish`;

export const TEMPLATES: Record<CollectionName, (input: TemplateInput) => string> = {
	actions: (input) => `---
title: ${q(input.title)}
summary: "Why it matters, in one or two sentences (up to 200 characters show in previews)."
kind: sign-up          # ${ACTION_KINDS.join(', ')}
cta:
  # label: "Sign up"   # the button's text; default: the kind's usual verb
  url: https://example.org/replace-with-the-signup-link
  # forwardSource: source   # pass the visitor's source on to the external tool as ?source=…
# deadline: ${input.today} 17:00   # the last moment to act (a date alone means the end of that day)
# event:                # for an event: when and where
#   start: ${input.today} 18:30
#   end: ${input.today} 20:00
#   timezone: America/Chicago     # default: the site's time zone
#   venue:
#     name: "The place people look for on arrival"
#     address: "Street, town, postcode"
#   online: https://meet.example.org/replace-me
#   accessibility:      # what helps people take part; leave out a line you do not know
#     stepFree: true    # true: no steps from the street to the room and toilets; false: there are steps
#     captions: true    # what is said is captioned live
#     interpretation: [Spanish, American Sign Language]
#     childcare: true
#     quietRoom: true   # a quiet room to step away to
#     notes: "Anything else: parking, the lift's entrance, who to ask for help"
hosts: []              # member file names, without .md
stories: []            # story file names that explain why it matters
resources: []          # resource file names that help
# image:               # the picture at the top of the page and in its share preview
#   src: ../images/replace-me.jpg
#   alt: "What the picture shows, for people who cannot see it"
# share:
#   message: "What to say when sharing it"   # default: the title
#   hashtags: [YourHashtag]                  # without #
# publishDate: ${input.today}   # publish later: from this day on
${common(input)}
---

What to do, why it matters, and what happens next. Write it for someone who arrives from a link on their phone.
`,
	stories: (input) => `---
title: ${q(input.title)}
summary: "One or two sentences that make someone want to read on."
date: ${input.today}       # the publish date; a future date schedules it
# updated: ${input.today}  # when it last changed in a way readers should know about
authors: []            # member file names of who wrote it
people: []             # member file names of the people in the story
actions: []            # action file names the story leads to
# cover:
#   src: ../images/replace-me.jpg
#   alt: "What the picture shows, for people who cannot see it"
${common(input)}
---

Tell the story: what happened, who was there, what changed.
`,
	members: (input) => `---
name: ${q(input.title)}
role: "What they do, in a few words"
# place: "Town, region"
bio: "A short introduction in the third person."
expertise: []          # "ask me about": subjects others can come to them with
links: []              # - label: "Email them"
                       #   url: mailto:name@example.org
# photo:
#   src: ../images/replace-me.jpg
#   alt: "What the photo shows"
leader: false          # true to acknowledge them as a community leader
# consent:             # required to publish: when and how the person agreed to this spotlight
#   date: ${input.today}
#   how: "Signed form at the meeting"
${common(input)}
---

More about them, in their words if possible.
`,
	resources: (input) => `---
title: ${q(input.title)}
summary: "What it helps with, in one or two sentences."
kind: guide            # ${RESOURCE_KINDS.join(', ')}
# url: https://example.org/where-it-lives      # when it lives elsewhere on the web
# file: /files/replace-me.pdf                  # or a file you put in public/files/
# contributedBy: member-file-name
audience: []           # who it is for: [owners, new staff]
updated: ${input.today}    # when it was last checked or changed
# image:               # a picture of it, on its card and page
#   src: ../images/replace-me.jpg
#   alt: "What the picture shows, for people who cannot see it"
${common(input)}
---

The resource itself, when it is neither a link nor a file.
`,
};

/** An event: an action with its `event:` block written out (start, end, time zone, venue), for `npm run new -- event`. */
export const eventTemplate = (input: TemplateInput) => `---
title: ${q(input.title)}
summary: "What happens there and why to come, in one or two sentences (up to 200 characters show in previews)."
kind: attend           # ${ACTION_KINDS.join(', ')}
cta:
  # label: "Save your seat"   # the button's text; default: the kind's usual verb
  url: https://example.org/replace-with-the-rsvp-link
event:                 # when and where
  start: ${input.today} 18:30    # date and time on the 24-hour clock, local time where it happens
  end: ${input.today} 20:00      # past midnight? write the next day's date
  ${input.timezone ? `timezone: ${input.timezone}` : '# timezone: America/Chicago'}   # the time zone of the place
  venue:               # for an in-person event; remove it for an online one (and write online:)
    name: "The place people look for on arrival"
    address: "Street, town, postcode"
  # online: https://meet.example.org/replace-me   # the link to join, for an online event
  # accessibility:     # what helps people take part; leave out a line you do not know
  #   stepFree: true   # true: no steps from the street to the room and toilets; false: there are steps
  #   captions: true   # what is said is captioned live
  #   interpretation: [Spanish, American Sign Language]
  #   childcare: true
  #   quietRoom: true  # a quiet room to step away to
  #   notes: "Anything else: parking, the lift's entrance, who to ask for help"
# deadline: ${input.today} 12:00   # the last moment to sign up, if there is one
hosts: []              # member file names, without .md
stories: []            # story file names that explain why it matters
resources: []          # resource file names that help
# image:               # the picture at the top of the page and in its share preview
#   src: ../images/replace-me.jpg
#   alt: "What the picture shows, for people who cannot see it"
# share:
#   message: "What to say when sharing it"   # default: the title
#   hashtags: [YourHashtag]                  # without #
# publishDate: ${input.today}   # publish later: from this day on
${common(input)}
---

What happens, who it is for, what to bring, and how to find the room. Write it for someone who arrives from a link on their phone.
`;
