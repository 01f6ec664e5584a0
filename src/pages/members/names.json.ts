/**
 * Every published member's file name and name, in the order of their names: the own-link box of an
 * action page reads it when the hub has too many members to list in every page (OWN_LINK_NAMES_IN_PAGE).
 */
import type { APIRoute } from 'astro';
import { membersByName } from '../../data/hub.ts';
import { memberNames } from '../../views/share.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(memberNames(membersByName())), { headers: { 'Content-Type': 'application/json' } });
