/**
 * The error envelope everywhere (DESIGN.md "HTTP API"): `{ error: { code, message, details? } }`, never a stack
 * trace. Service errors keep their status; Hono's own (malformed JSON 400, body limit 413) are wrapped; anything
 * else is a logged 500 with a generic message.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ServiceError } from '../errors.ts';
import type { AppEnv } from '../env.ts';

const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};

/** A JSON error response in the envelope. */
export function errorResponse(c: Context, status: ContentfulStatusCode, code: string, message: string, details?: unknown): Response {
  return c.json({ error: details === undefined ? { code, message } : { code, message, details } }, status);
}

export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof ServiceError) return errorResponse(c, err.status, err.code, err.message, err.details);
  if (err instanceof HTTPException && err.status < 500) {
    const status = err.status as ContentfulStatusCode;
    const message = status === 400 && /json/i.test(err.message) ? 'malformed JSON in request body' : err.message || CODES[status] || 'error';
    return errorResponse(c, status, CODES[status] ?? 'error', message);
  }
  c.get('deps')?.logger.error({ reqId: c.get('requestId'), err: { name: err.name, message: err.message, stack: err.stack } }, 'unhandled error');
  return errorResponse(c, 500, 'internal', 'internal error');
};

export const notFound: NotFoundHandler<AppEnv> = (c) => errorResponse(c, 404, 'not_found', 'no such route');
