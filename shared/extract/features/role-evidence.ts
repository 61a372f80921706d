/**
 * Word evidence for the learned date-role decision (model/date-role.ts): what the words around a date say about its
 * role, learned from the labelled corpus (word-evidence.ts) instead of read from cue lists only. A date's words are
 * those of its clause before it, of its clause after it and of its field label or table row, each marked by where it
 * stands ("b:frist", "a:eingereicht", "l:enddatum") — the same word says one thing before a date and another after it.
 * The role model carries one table per role that matters, fitted one against the rest (deadline, event); a mention's
 * features say how strong each table's evidence is (bucketed, `evidenceFeatures`), never which words it holds.
 */
import type { DateContext } from '../classify.ts';
import type { DateRoleClass } from '../model/date-role.ts';
import { evidenceFeatures, evidenceWords, type WordEvidence } from './word-evidence.ts';

/** The roles a table is fitted for, each against the rest. */
export const EVIDENCE_ROLES = ['deadline', 'event'] as const satisfies readonly DateRoleClass[];
export type EvidenceRole = (typeof EVIDENCE_ROLES)[number];

/** The tables a role model carries (absent: a model fitted without word evidence). */
export type RoleEvidence = Partial<Record<EvidenceRole, WordEvidence>>;

/** The words of the text after the date in its clause (the clause runs on from `before` through the date). */
function afterOf(ctx: DateContext): string {
  const before = ctx.before.trim();
  const at = ctx.clause.indexOf(before);
  return at < 0 ? '' : ctx.clause.slice(at + before.length);
}

/** A date's words, each marked by where it stands: before it in its clause, after it, in its label or row. */
export function roleWords(ctx: DateContext): string[] {
  const out: string[] = [];
  for (const w of evidenceWords(ctx.before)) out.push(`b:${w}`);
  for (const w of evidenceWords(afterOf(ctx))) out.push(`a:${w}`);
  for (const w of evidenceWords(ctx.labelContext)) out.push(`l:${w}`);
  return out;
}

/** The evidence features of a date's words under each of the model's tables (`word-deadline:…`, `word-event:…`). */
export function roleEvidenceFeatures(words: readonly string[], evidence: RoleEvidence | undefined): string[] {
  if (!evidence) return [];
  return EVIDENCE_ROLES.flatMap((role) => evidenceFeatures(`word-${role}`, words, evidence[role]));
}
