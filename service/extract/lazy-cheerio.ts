/**
 * Cheerio, loaded on first use. Importing it costs ~36 MB of memory (parse5, htmlparser2, undici's fetch for
 * `fromURL`…), and the service imports the modules that use it (sources, scraping, extraction) at start, while an
 * instance without watched sources may never parse a page — `npm run bench` measures the service's memory. Loaded
 * synchronously through its CommonJS build, so its callers stay synchronous.
 */
import { createRequire } from 'node:module';
import type * as Cheerio from 'cheerio';

const require = createRequire(import.meta.url);
let loaded: typeof Cheerio | undefined;

/** cheerio.load, importing cheerio the first time it is called. */
export const load: typeof Cheerio.load = (...args) => (loaded ??= require('cheerio') as typeof Cheerio).load(...args);

export type { CheerioAPI } from 'cheerio';
