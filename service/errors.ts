/**
 * The errors business rules raise; the error middleware turns them into DESIGN.md's envelope
 * `{ error: { code, message, details? } }`, so no route maps errors by hand. Messages are English; the envelope
 * answers them in the client's language from service/i18n/messages.ts (add new messages there), or from the German
 * text an error carries when its English one has parts the catalogue cannot know (a FetchError's).
 */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 429;

export interface FieldIssue {
  /** dot path of the failing field ("set.title", "deadlines.0.date"), or "" for the whole body */
  field: string;
  message: string;
  /** the message in German, when the catalogue cannot have it */
  messageDe?: string;
}

/** The English text of field issues ("field: message; …"). */
export const issueText = (issues: readonly FieldIssue[]): string => issues.map((f) => (f.field ? `${f.field}: ${f.message}` : f.message)).join('; ');

export class ServiceError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** the message in German, when the catalogue cannot have it */
    readonly messageDe?: string,
  ) {
    super(message);
  }
}

/** 404 — also for another team's item, so existence is never revealed. */
export const notFound = (what = 'not found') => new ServiceError(404, 'not_found', what);
/** 403 — the role may not do this. */
export const forbidden = (message = 'your role may not do this') => new ServiceError(403, 'forbidden', message);
/** 409 — conflicts with what exists. */
export const conflict = (message: string) => new ServiceError(409, 'conflict', message);
/** 400 — invalid input, naming the failing fields. */
export const invalid = (message: string, fields: FieldIssue[] = [], messageDe?: string) =>
  new ServiceError(400, 'validation', message, { fields }, messageDe);
