/** Words the pages use for the content model's values that are not the kinds' own (see the schemas), in one place. */
import type { Catalyst, CollectionName } from '../schemas/context.ts';

export const CATALYST_LABELS: Record<Catalyst, { name: string; question: string }> = {
	expertise: { name: 'Shared expertise', question: 'What we know and teach each other' },
	passions: { name: 'Shared passions', question: 'What we love doing together' },
	beliefs: { name: 'Shared beliefs', question: 'What we stand for' },
	situations: { name: 'Shared situations', question: 'What we face together' },
};

export const COLLECTION_LABELS: Record<CollectionName, { title: string; intro: string }> = {
	actions: { title: 'Act', intro: 'Opportunities to act: sign, register, volunteer, show up.' },
	stories: { title: 'Stories', intro: 'The community, told through its events, wins and people.' },
	members: { title: 'Members', intro: 'The people of the community, what they know, and how to reach them.' },
	resources: { title: 'Resources', intro: 'Guides, toolkits, templates and recordings: what members know, shared.' },
};
