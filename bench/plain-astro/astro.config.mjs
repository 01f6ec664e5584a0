// @ts-check
// The plain Astro 7 site `npm run bench` compares the hub with: Astro's defaults, no integrations.
import { defineConfig } from 'astro/config';

export default defineConfig({});
