/**
 * The stages of one call read as calls of their own (pure): a page that lists a call's deadlines under labels
 * ("Interessenbekundung: 2. September", "Stichtag für Projektförderanträge: 30. September") or steps ("Step 1: Pre-
 * selection …", "Step 2: Submission …") makes one unit of each, and each unit a call. When two or more calls of a page
 * are named only by such a label, they are one call with every stage's deadline (the corpus README: an item's
 * deadlines are every action deadline it has), kept at the place of the first under the longest of their labels.
 */
import { deriveDeadline } from './assemble.ts';
import { labelWords } from './features/title.ts';
import type { Draft } from './types.ts';

/** a numbered step or stage ("Step 1:", "2. Stufe", "Phase 2 –") */
const STAGE = /^(?:step|stage|phase|stufe|schritt)\s*\d|^\d\.\s*(?:stufe|phase|schritt|step|stage)(?![\p{L}])/iu;
/** a deadline's or a stage's noun ("Stichtag", "Einreichungsfrist", "Interessenbekundung", "application deadline") */
const DEADLINE_NOUN = /frist|stichtag|schluss|deadline|interessen(?:s)?bekundung|einreichung|antragstellung|application|submission/iu;

/** A call named only by the label of one of its deadlines or steps. */
export function namesStage(title: string): boolean {
  return STAGE.test(title) || (labelWords(title) !== 'less' && DEADLINE_NOUN.test(title));
}

const plain = (text: string) => text.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();

/**
 * Calls named by the page's own heading: the stages of the page's call, whose labels gave way to the call's name (the
 * learned title choice names an entry without a name of its own by the page's heading).
 */
function namedByPage(items: Draft[], pageHeading: string | undefined): Draft[] {
  const name = pageHeading ? plain(pageHeading) : '';
  return name ? items.filter((d) => d.kind === 'call' && d.deadlines.length > 0 && plain(d.title) === name) : [];
}

/** Merges the stages of one call; `pageHeading` is the page's own heading (its H1). */
export function mergeStages(items: Draft[], today: string, pageHeading?: string): Draft[] {
  const labelled = items.filter((d) => d.kind === 'call' && namesStage(d.title));
  const stages = labelled.length >= 2 ? labelled : namedByPage(items, pageHeading);
  if (stages.length < 2) return [...items];
  const [first, ...rest] = stages;
  // the fullest label names the call best ("Step 2: Submission of seed money applications to …" over "Step 1: Pre-selection")
  const title = stages.reduce((a, b) => (b.title.length > a.title.length ? b : a)).title;
  const seen = new Set<string>();
  const deadlines = stages
    .flatMap((d) => d.deadlines)
    .filter((d) => {
      const key = `${d.date}T${d.time ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (`${a.date}T${a.time ?? ''}` < `${b.date}T${b.time ?? ''}` ? -1 : 1));
  const merged: Draft = { ...first, title, deadlines, deadline: deriveDeadline(deadlines, today), evidence: stages.flatMap((d) => d.evidence) };
  const dropped = new Set(rest);
  return items.filter((d) => !dropped.has(d)).map((d) => (d === first ? merged : d));
}
