import { VERSION } from '../version.ts';

/**
 * The User-Agent callwatch sends: names the project, its release (so agencies' logs show which one is calling) and
 * where to reach it, as polite crawlers do.
 */
export const USER_AGENT = `callwatch/${VERSION} (+https://github.com/callwatch/callwatch)`;

/** What callwatch can read: pages, feeds, calendars — anything else last. */
export const ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/calendar;q=0.9,*/*;q=0.5';
