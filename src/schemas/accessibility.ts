/**
 * What an event offers so that everyone can take part, as Mobilize asks it: the few things people
 * most often need to know before they decide to come, plus free text for the rest.
 */
import { z } from 'astro/zod';
import { text } from './fields.ts';

/**
 * The yes-or-no features. `false` is worth writing: "no step-free access" tells a wheelchair user
 * not to travel in vain, where silence would not.
 */
export type AccessFeature = 'stepFree' | 'captions' | 'childcare' | 'quietRoom';

/** Features that belong to a place, so an event without a venue cannot offer them. */
export const VENUE_FEATURES = ['stepFree', 'quietRoom'] as const satisfies readonly AccessFeature[];

const yesOrNo = () => z.boolean().optional();

/** An event's accessibility: leave out a line you do not know, rather than guess. */
export const AccessibilitySchema = z
	.strictObject({
		stepFree: yesOrNo().describe('true: no step between the street, the room and the toilets (or a ramp or lift); false: there are steps. false is worth writing: it tells a wheelchair user not to travel in vain.'),
		captions: yesOrNo().describe('true: what is said is captioned live (on screen, or by a captioner in the room).'),
		interpretation: z
			.array(text(60, 'A language name'))
			.min(1, 'List at least one language, such as [Spanish], or remove the line.')
			.optional()
			.meta({ description: 'The languages interpreted, as people call them. The page lists them as written.', examples: [['Spanish', 'American Sign Language']] }),
		childcare: yesOrNo().describe('true: children are looked after during the event.'),
		quietRoom: yesOrNo().describe('true: there is a quiet room to step away to.'),
		notes: text(300, 'The note')
			.optional()
			.meta({ description: 'Anything else people should know: parking, the lift\'s entrance, who to ask for help, how to ask for more.', examples: ['Park behind the store; the lift is by the back door.'] }),
	})
	.refine((access) => Object.values(access).some((value) => value !== undefined), {
		message: 'This says nothing yet. Add at least one of stepFree, captions, interpretation, childcare, quietRoom or notes, or remove `accessibility`.',
		// A misspelt field leaves the group empty too; its "did you mean" says more than this would.
		when: (payload) => payload.issues.length === 0,
	});

export type Accessibility = z.output<typeof AccessibilitySchema>;
