/** valibot issues → the `{ field, message }` list the error envelope names failing fields with. */
import * as v from 'valibot';
import type { FieldIssue } from '../errors.ts';

/** One entry per failing field (dot path, "" for the whole value), deepest issues first as valibot reports them. */
export function issuesToFields(issues: readonly v.BaseIssue<unknown>[]): FieldIssue[] {
  const seen = new Set<string>();
  const fields: FieldIssue[] = [];
  for (const issue of issues) {
    const field = v.getDotPath(issue) ?? '';
    // strict objects report a stray key as "Expected never": say what it means
    const message = issue.expected === 'never' ? 'unknown or server-owned field' : issue.message;
    const entry = `${field}\u0000${message}`;
    if (seen.has(entry)) continue;
    seen.add(entry);
    fields.push({ field, message });
  }
  return fields;
}
