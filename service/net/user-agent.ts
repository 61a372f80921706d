import { readFileSync } from 'node:fs';

// read once at start: the package's own version, so agencies' logs show which callwatch release is calling
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };

/** The User-Agent callwatch sends: names the project and where to reach it, as polite crawlers do. */
export const USER_AGENT = `callwatch/${pkg.version ?? '0.0.0'} (+https://github.com/callwatch/callwatch)`;

/** What callwatch can read: pages, feeds, calendars — anything else last. */
export const ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/calendar;q=0.9,*/*;q=0.5';
