/**
 * valibot validation at the boundary (@hono/valibot-validator) whose failures are our 400 envelope naming the
 * failing fields: `details.fields = [{ field, message }]`.
 */
import { vValidator } from '@hono/valibot-validator';
import type { ValidationTargets } from 'hono';
import type { GenericSchema } from 'valibot';
import { issuesToFields } from '../services/issues.ts';
import { errorResponse } from './envelope.ts';

/** Validates one part of the request (json, query, param) against a schema. */
export const validate = <T extends GenericSchema, Target extends keyof ValidationTargets>(target: Target, schema: T) =>
  vValidator(target, schema, (result, c) => {
    if (result.success) return;
    const fields = issuesToFields(result.issues);
    const names = fields.map((f) => f.field || '(body)').join(', ');
    return errorResponse(c, 400, 'validation', `invalid ${target === 'json' ? 'body' : target}: ${names}`, { fields });
  });
