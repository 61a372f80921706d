/**
 * A team's alert rules (DESIGN.md "HTTP API": `GET/PUT /api/v1/alerts/rules`), as a valibot schema so the API,
 * the storage and the extension's options page validate the same shape.
 */
import * as v from 'valibot';
import { TimeSchema } from '../schema.ts';

/** The sixteen Länder by their official two-letter codes; public holidays differ between them. */
export const LANDS = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const;
export const LandSchema = v.picklist(LANDS, 'must be the code of a Land (BW, BY, BE, … TH)');
export type Land = v.InferOutput<typeof LandSchema>;

export const MAX_OFFSET_DAYS = 365;
export const MAX_OFFSETS = 10;

const OffsetSchema = v.pipe(
  v.number(),
  v.integer('must be a whole number of days'),
  v.minValue(0, 'must be 0 or more days'),
  v.maxValue(MAX_OFFSET_DAYS, `must be at most ${MAX_OFFSET_DAYS} days`),
);

export const AlertRulesSchema = v.strictObject({
  /** days before each deadline; 0 = on the day itself */
  offsets: v.pipe(
    v.array(OffsetSchema),
    v.maxLength(MAX_OFFSETS, `at most ${MAX_OFFSETS} offsets`),
    v.check((list) => new Set(list).size === list.length, 'offsets must be unique'),
  ),
  /** Europe/Berlin wall-clock time at which alerts and the digest go out */
  at: TimeSchema,
  digest: v.picklist(['weekly', 'off']),
  holidays: LandSchema,
});
export type AlertRules = v.InferOutput<typeof AlertRulesSchema>;

/** The rules a new team starts with (DESIGN.md: 14, 7, 2 and 0 days at 08:00, weekly digest); a fresh copy each call. */
export function defaultAlertRules(): AlertRules {
  return { offsets: [14, 7, 2, 0], at: '08:00', digest: 'weekly', holidays: 'NW' };
}

/** Validates untrusted rules (API body, stored JSON); throws valibot's ValiError with the failing fields. */
export function parseAlertRules(input: unknown): AlertRules {
  return v.parse(AlertRulesSchema, input);
}
