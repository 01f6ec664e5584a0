import { prepareBrowser } from './browser.ts';
import { buildSite } from './build-site.ts';
import { SITES } from './sites.ts';

export default async function setup() {
	for (const site of Object.values(SITES)) buildSite(site);
	await prepareBrowser();
}
