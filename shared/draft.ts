/**
 * Reading an extractor draft (DESIGN.md, "Extraction") into item fields, the parts every reader does alike: the
 * service's finds (service/scrape/found.ts, strict — they are written as ops without passing the item schema) and the
 * extension's clips (extension/lib/clip/draft.ts, lenient — the preview shows them for editing). A draft is read
 * tolerantly: the extractor may grow.
 */
import { DeadlineKindSchema, type DeadlineKind, type ItemKind } from './schema.ts';

/** The data model's deadline kinds, in the schema's order (the one list: DeadlineKindSchema). */
export const DEADLINE_KINDS: readonly DeadlineKind[] = DeadlineKindSchema.options;

const KNOWN_KINDS = new Set<unknown>(DEADLINE_KINDS);

/** A draft as a record of its fields (anything else has none). */
export function draftRecord(raw: unknown): Record<string, unknown> {
  return raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
}

/** The draft's kind: an event when it says so, a call otherwise. */
export function draftKind(draft: Record<string, unknown>): ItemKind {
  return draft.kind === 'event' ? 'event' : 'call';
}

/** The draft's deadlines as given, unchecked: its list, or its one `deadline`. */
export function draftDeadlines(draft: Record<string, unknown>): unknown[] {
  return Array.isArray(draft.deadlines) ? draft.deadlines : draft.deadline ? [draft.deadline] : [];
}

/** A deadline's kind as the draft gives it, or 'other' for one the data model does not know. */
export function deadlineKindOf(value: unknown): DeadlineKind {
  return KNOWN_KINDS.has(value) ? (value as DeadlineKind) : 'other';
}

/** A deadline given as text "YYYY-MM-DD[THH:MM]": an application deadline without a label (the date unchecked). */
export function deadlineOfText(raw: string): { date: string; time?: string; label: ''; kind: 'application' } {
  const [date, time] = raw.split('T');
  return { date, ...(time ? { time } : {}), label: '', kind: 'application' };
}
