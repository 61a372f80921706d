/** The team settings' contract (GET/PUT /api/v1/team/settings): the team's switches. Every member reads, admins write. */
import * as v from 'valibot';

/** `keepCorrections`: the team keeps corrections (default on) */
export const TeamSettingsSchema = v.strictObject({ keepCorrections: v.boolean() });
export type TeamSettings = v.InferOutput<typeof TeamSettingsSchema>;

/**
 * The answer as a client takes it: a setting it does not know is ignored (a newer service may add switches), one left
 * out is its default.
 */
export const TeamSettingsReplySchema = v.object({ keepCorrections: v.optional(v.boolean(), true) });
