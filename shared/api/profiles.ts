/**
 * The site-profiles API's contract (GET /api/v1/profiles?since=, DELETE /api/v1/profiles/:host, POST …/:host/used;
 * issue 10): the schemas the service validates and documents with, and the form the extension parses the answers
 * with.
 */
import * as v from 'valibot';
import { SiteProfileSchema } from '../extract/profile/schema.ts';
import { PullQuerySchema } from './sync.ts';

/** `?since=`: a rev of the team's sequence (0: all) */
export const ProfilesQuerySchema = v.object({ since: PullQuerySchema.entries.since });

export const ProfileHostParamSchema = v.object({ host: v.pipe(v.string(), v.regex(/^[a-z0-9.-]{1,253}$/, 'host must be a lower-case host name')) });

const entry = <T extends v.GenericSchema>(profile: T) =>
  v.object({
    host: v.string(),
    /** null: deleted */
    profile: v.nullable(profile),
    fields: v.array(v.string()),
    corrections: v.number(),
    updatedAt: v.string(),
    lastUsedAt: v.nullable(v.string()),
    rev: v.number(),
  });

export const ProfilesSchema = v.object({ profiles: v.array(entry(SiteProfileSchema)), cursor: v.number(), more: v.boolean() });

/**
 * The answer as a client takes it: each profile unchecked here, so one the client cannot read is dropped alone
 * (extension/lib/sync/profiles-sync.ts validates each with SiteProfileSchema) instead of failing the round.
 */
export const ProfilesReplySchema = v.object({ ...ProfilesSchema.entries, profiles: v.array(entry(v.unknown())) });
export type ProfilesReply = v.InferOutput<typeof ProfilesReplySchema>;
