/**
 * Word evidence for the segmentation (pure): what a candidate unit's words say about it being an item of its own, read
 * through tables the unit model carries (fitted by `npm run train`, scripts/train/units.ts, on the labelled corpus's
 * candidates; features/word-evidence.ts). Two texts of a candidate, two tables, by meaning:
 * - `head`: its heading, or its first line when it has none — what the part is called. The parts of one item's page
 *   are called like parts ("Fristen", "So bewerben Sie sich", "Ansprechpartner"), an overview's entries like items
 *   (a fund, a seminar, a competition).
 * - `body`: the text after it, its first `BODY` characters — what the part opens with: an entry says what it is and
 *   when, a page's part gives its details (addresses, steps, amounts).
 * The features are evidenceFeatures' buckets (sum, strongest for, strongest against), never the words themselves.
 * Linear: each candidate reads at most one line and `BODY` characters.
 */
import type { Unit } from '../segment.ts';
import { evidenceFeatures, evidenceWords, type WordEvidence } from './word-evidence.ts';

/** The tables a unit model carries: one per text of a candidate. */
export interface UnitEvidence {
  readonly head: WordEvidence;
  readonly body: WordEvidence;
}

/** How much of the text after its head a candidate's body words are read from. */
const BODY = 1000;
/** A head longer than this is a paragraph, not a name: only its start is read. */
const HEAD = 200;

/** The words of a candidate's head and body (evidenceWords; each once). */
export function unitWords(unit: Unit): { head: string[]; body: string[] } {
  const first = unit.blocks[0]?.text ?? '';
  const heading = unit.section?.heading?.text;
  const line = first.split('\n', 1)[0];
  const headText = (heading ?? line).slice(0, HEAD);
  // the body: what follows the head, block by block until BODY characters are read
  let body = heading !== undefined && heading !== first ? first.slice(0, BODY) : first.slice(line.length + 1, line.length + 1 + BODY);
  for (let i = 1; i < unit.blocks.length && body.length < BODY; i++) body += `\n${unit.blocks[i].text.slice(0, BODY - body.length)}`;
  return { head: evidenceWords(headText), body: evidenceWords(body) };
}

/** A candidate's word-evidence features under a model's tables (none without tables). */
export function unitWordFeatures(words: { head: readonly string[]; body: readonly string[] }, evidence: UnitEvidence | undefined, source?: Unit['source']): string[] {
  if (!evidence) return [];
  const head = evidenceFeatures('w:head', words.head, evidence.head);
  const body = evidenceFeatures('w:body', words.body, evidence.body);
  // what a part is called means more for a section than for a list entry or a row: the head's sum by source too
  const bySource = source ? head.filter((f) => f.startsWith('w:head:sum:') || f === 'w:head:none').map((f) => `${source}&${f}`) : [];
  return [...head, ...body, ...bySource];
}
