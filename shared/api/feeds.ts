/** The calendar-feed API's contract (GET/DELETE /api/v1/feeds/ics): the caller's personal feed address. */
import * as v from 'valibot';

/** GET /feeds/ics: the address, with its own secret token (not the API token) */
export const FeedUrlSchema = v.object({ url: v.string() });
