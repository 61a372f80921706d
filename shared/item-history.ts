/** An item's history as the service answers it (GET /api/v1/items/:id/history) and the extension reads it. */
import * as v from 'valibot';

/** At most this many entries are answered (the newest). */
export const HISTORY_LIMIT = 200;

/** One change: when, who (id and name; null for a writer who is no member), which fields, through which origin. */
export const HistoryEntrySchema = v.object({
  at: v.string(),
  memberId: v.nullable(v.string()),
  memberName: v.nullable(v.string()),
  fields: v.array(v.string()),
  origin: v.string(),
});
export type HistoryEntry = v.InferOutput<typeof HistoryEntrySchema>;

export const ItemHistorySchema = v.object({ entries: v.pipe(v.array(HistoryEntrySchema), v.maxLength(HISTORY_LIMIT)) });
export type ItemHistory = v.InferOutput<typeof ItemHistorySchema>;
