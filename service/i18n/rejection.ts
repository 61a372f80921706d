/**
 * A rejected op's reason in the client's language (DESIGN.md "Sync protocol": the client shows it to the user). Each
 * reason is a field and a service message; the field path stays as it is, the message is looked up like the error
 * envelope's field messages (unknown messages reach a German reader as the generic field text).
 */
import type { FieldIssue } from '../errors.ts';
import { GENERIC_FIELD, localize, type Language } from './localize.ts';

export function sayRejection(reasons: readonly FieldIssue[], language: Language): string {
  return reasons
    .map((r) => {
      const message = localize(r.message, language, GENERIC_FIELD, r.messageDe);
      return r.field ? `${r.field}: ${message}` : message;
    })
    .join('; ');
}
