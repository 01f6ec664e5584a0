/** Words the pages use for the content model's values, in one place. */
import type { ActionKind } from '../schemas/action.ts';
import type { Catalyst, CollectionName } from '../schemas/context.ts';
import type { RESOURCE_KINDS } from '../schemas/resource.ts';

export const CATALYST_LABELS: Record<Catalyst, { name: string; question: string }> = {
	expertise: { name: 'Shared expertise', question: 'What we know and teach each other' },
	passions: { name: 'Shared passions', question: 'What we love doing together' },
	beliefs: { name: 'Shared beliefs', question: 'What we stand for' },
	situations: { name: 'Shared situations', question: 'What we face together' },
};

export const ACTION_KIND_LABELS: Record<ActionKind, string> = {
	'learn-more': 'Learn more',
	'visit-website': 'Website',
	'sign-up': 'Sign-up',
	register: 'Registration',
	'buy-tickets': 'Tickets',
	donate: 'Donation',
	volunteer: 'Volunteering',
	petition: 'Petition',
	attend: 'Event',
};

export const RESOURCE_KIND_LABELS: Record<(typeof RESOURCE_KINDS)[number], string> = {
	guide: 'Guide',
	toolkit: 'Toolkit',
	template: 'Template',
	checklist: 'Checklist',
	video: 'Video',
	recording: 'Recording',
	article: 'Article',
	link: 'Link',
};

export const COLLECTION_LABELS: Record<CollectionName, { title: string; intro: string }> = {
	actions: { title: 'Act', intro: 'Opportunities to act: sign, register, volunteer, show up.' },
	stories: { title: 'Stories', intro: 'The community, told through its events, wins and people.' },
	members: { title: 'Members', intro: 'The people of the community, what they know, and how to reach them.' },
	resources: { title: 'Resources', intro: 'Guides, toolkits, templates and recordings: what members know, shared.' },
};
