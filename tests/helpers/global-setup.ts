import { buildSite } from './build-site.ts';
import { SITES } from './sites.ts';

export default function setup() {
	for (const site of Object.values(SITES)) buildSite(site);
}
