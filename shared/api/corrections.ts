/**
 * The corrections API's contract (POST/GET /api/v1/corrections, GET …/:id; issue 10, item 1): the body is the
 * correction itself (shared/corrections.ts, built by the extension), the answers are the kept summary rows.
 */
import * as v from 'valibot';
import { CorrectionSchema } from '../corrections.ts';

export { CorrectionSchema };

/** POST /corrections: kept (201), or not stored because the team keeps no corrections (200) */
export const CorrectionKeptSchema = v.object({ id: v.string(), stored: v.literal(true) });
export const CorrectionNotKeptSchema = v.object({ id: v.null(), stored: v.literal(false) });

const ChangedSchema = v.array(v.object({ from: v.nullable(v.number()), fields: v.array(v.string()) }));

/** A correction without its page, as GET /corrections lists it */
export const CorrectionSummarySchema = v.object({
  id: v.string(),
  memberId: v.string(),
  url: v.string(),
  clippedAt: v.string(),
  receivedAt: v.string(),
  changed: ChangedSchema,
  added: v.array(v.number()),
  removed: v.array(v.number()),
});
export const CorrectionListSchema = v.object({ corrections: v.array(CorrectionSummarySchema) });
