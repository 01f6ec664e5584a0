/** Every content schema, one module each, shared by the Astro build, the content check and the tests. */
export { ActionSchema, ACTION_KINDS, type ActionData, type ActionKind } from './action.ts';
export { CATALYSTS, COLLECTIONS, type Catalyst, type CollectionName, type EntryReference, type SchemaContext } from './context.ts';
export { MemberSchema, type MemberData } from './member.ts';
export { RESOURCE_KINDS, ResourceSchema, type ResourceData, type ResourceKind } from './resource.ts';
export { SiteSchema, type SiteSettings } from './site.ts';
export { StorySchema, type StoryData } from './story.ts';

import { ActionSchema } from './action.ts';
import type { CollectionName, SchemaContext } from './context.ts';
import { MemberSchema } from './member.ts';
import { ResourceSchema } from './resource.ts';
import { StorySchema } from './story.ts';

/** The schema factory of each collection. */
export const SCHEMAS: Record<CollectionName, <Image>(context: SchemaContext<Image>) => import('astro/zod').z.ZodType> = {
	stories: StorySchema,
	members: MemberSchema,
	resources: ResourceSchema,
	actions: ActionSchema,
};
