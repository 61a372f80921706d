/**
 * The error envelope everywhere (DESIGN.md "HTTP API"): `{ error: { code, message, details? } }`, never a stack
 * trace. Service errors keep their status; Hono's own (malformed JSON 400, body limit 413) are wrapped; anything
 * else is a logged 500 with a generic message. The message and each `details.fields[].message` are in the
 * language the client asks for (German unless `Accept-Language` prefers English: service/i18n), said by
 * `Content-Language`, with `Vary: Accept-Language`.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ServiceError } from '../errors.ts';
import type { AppEnv } from '../env.ts';
import { requestLanguage } from '../i18n/language.ts';
import { GENERIC_FIELD, genericFor, localize, type Language } from '../i18n/localize.ts';
import { setResponseHeader } from './response-headers.ts';

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

type Details = { fields?: unknown; messageDe?: unknown } & Record<string, unknown>;

/** `details` with each `fields[].message` in `language` (a field's `messageDe` is used for German, never sent). */
function localizeDetails(details: unknown, language: Language): unknown {
  const fields = (details as Details | null)?.fields;
  if (!Array.isArray(fields)) return details;
  const localized = fields.map((issue: { field?: unknown; message?: unknown; messageDe?: unknown }) => ({
    field: issue.field,
    message: localize(String(issue.message ?? ''), language, GENERIC_FIELD, typeof issue.messageDe === 'string' ? issue.messageDe : undefined),
  }));
  return { ...(details as Details), fields: localized };
}

/**
 * A JSON error response in the envelope, in the request's language. `message` is English; the German text is
 * `messageDe` when given (or `details.messageDe`, which the extract route sends along), else the catalogue's.
 */
export function errorResponse(c: Context, status: ContentfulStatusCode, code: string, message: string, details?: unknown, messageDe?: string): Response {
  const language = requestLanguage(c);
  const carried = messageDe ?? (details as Details | undefined)?.messageDe;
  const text = localize(message, language, genericFor(code, status), typeof carried === 'string' ? carried : undefined);
  setResponseHeader(c, 'Content-Language', language);
  setResponseHeader(c, 'Vary', 'Accept-Language', true);
  const error = details === undefined ? { code, message: text } : { code, message: text, details: localizeDetails(details, language) };
  return c.json({ error }, status);
}

export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof ServiceError) return errorResponse(c, err.status, err.code, err.message, err.details, err.messageDe);
  if (err instanceof HTTPException && err.status < 500) {
    const status = err.status as ContentfulStatusCode;
    const message = status === 400 && /json/i.test(err.message) ? 'malformed JSON in request body' : err.message || CODES[status] || 'error';
    return errorResponse(c, status, CODES[status] ?? 'error', message);
  }
  c.get('deps')?.logger.error({ reqId: c.get('requestId'), err: { name: err.name, message: err.message, stack: err.stack } }, 'unhandled error');
  return errorResponse(c, 500, 'internal', 'internal error');
};

export const notFound: NotFoundHandler<AppEnv> = (c) => errorResponse(c, 404, 'not_found', 'no such route');
