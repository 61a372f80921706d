/**
 * The API's valibot schemas that belong to no one resource (the error envelope, health, an id parameter). Each
 * resource's request and response schemas are its contract in shared/api/<resource>.ts, shared with the extension.
 * Routes validate with exactly these, and openapi.ts renders exactly these — one source, so the document cannot drift
 * from what the service accepts.
 */
import * as v from 'valibot';
import { UuidSchema } from '../shared/sync/op.ts';

export const ErrorSchema = v.object({
  error: v.object({
    code: v.string(),
    message: v.pipe(v.string(), v.description('for people: German unless Accept-Language prefers English (Content-Language says which)')),
    details: v.optional(v.unknown()),
  }),
});

export const HealthSchema = v.object({ ok: v.literal(true), version: v.string() });

export const IdParamSchema = v.object({ id: UuidSchema });
