/**
 * valibot validation at the boundary (hono/validator with valibot's synchronous safeParse: none of our schemas is
 * async, and @hono/valibot-validator's safeParseAsync cost every validated request two more promise turns) whose
 * failures are our 400 envelope naming the failing fields: `details.fields = [{ field, message }]`.
 */
import type { ValidationTargets } from 'hono';
import { validator } from 'hono/validator';
import * as v from 'valibot';
import { issuesToFields } from '../services/issues.ts';
import { errorResponse } from './envelope.ts';

/** Validates one part of the request (json, query, param) against a schema. */
export const validate = <T extends v.GenericSchema, Target extends keyof ValidationTargets>(target: Target, schema: T) =>
  validator(target, (value, c) => {
    const result = v.safeParse(schema, value);
    if (result.success) return result.output as v.InferOutput<T>;
    const fields = issuesToFields(result.issues);
    // the field paths are the message's only dynamic part (the whole body, "", is said by the message alone)
    const names = [...new Set(fields.map((f) => f.field).filter((field) => field !== ''))].join(', ');
    const part = target === 'json' ? 'body' : target;
    return errorResponse(c, 400, 'validation', names ? `invalid ${part}: ${names}` : `invalid ${part}`, { fields });
  });
