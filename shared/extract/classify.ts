/**
 * Classifies each date on a page by the cue words around it: an action deadline (and its kind), an event date, a
 * publication or letter date, a window opening, a project period, a decision date, a replaced deadline, a closed round.
 * The label of a field ("Anmeldeschluss", a table's column header) counts twice as much as the sentence.
 */
import type { DeadlineKind } from '../schema.ts';
import type { CueSet, DateRole } from './cues/types.ts';
import { cueWordsOf } from './cues/scan.ts';
import { globalOf } from './cues/words.ts';

export interface Classification {
  role: DateRole | 'unknown';
  kind?: DeadlineKind;
  /** the deadline's label: the field label, else the kind's default label */
  label?: string;
  /** the clause the decision was read from */
  clause: string;
  /** which cues decided, for diagnostics */
  cues: string[];
}

/** A span of the text that holds one date (from the date layer). */
export interface Span {
  index: number;
  length: number;
}

/** Cues ending this close before a date count double; "adjacent" cues must end this close. */
const NEAR = 18;

/** Where a cue was found around a date: right before it, in its field label or table row, near it or elsewhere in its clause. */
export type CueWhere = 'adjacent' | 'label' | 'near' | 'clause' | 'after';

/** One cue found around a date. */
export interface CueHit {
  id: string;
  role: DateRole;
  /** the cue's hand-set strength, already doubled for a label or a near hit (the cascade's weighting) */
  weight: number;
  where: CueWhere;
}

/** The words around a date: its clause, the text before it in the clause, its sentence and its label context. */
export interface DateContext {
  clause: string;
  before: string;
  sentence: string;
  labelText: string;
  labelContext: string;
}

export function dateContext(text: string, span: Span, spans: Span[], label: string | undefined, rowContext: string | undefined): DateContext {
  const { clause, before } = clauseAround(text, span, spans);
  const sentence = clauseAround(text, span, [span]).clause;
  return { clause, before, sentence, labelText: label ?? '', labelContext: [label, rowContext].filter(Boolean).join(' · ') };
}

/** Every date cue found around a date, and where: the raw material of both the cascade and the learned model. */
export function cueHits(ctx: DateContext, cues: CueSet[]): CueHit[] {
  const { clause, before, labelText, labelContext } = ctx;
  const hits: CueHit[] = [];
  // what every adjacent cue reads: the end of the text before the date, and the label without its brackets
  // ("bis: 30.6.", "by: Friday 30 June": the colon after the word is no gap)
  const tail = before.slice(-40).replace(/\s*:\s*$/, ' ');
  const bareLabel = labelText ? `${labelText} `.replace(/\s*\(.*\)\s*/, ' ') : '';
  // each text scanned once for the cue words of every language; a cue's pattern runs only where its words stand
  const inTail = cueWordsOf(tail);
  const inLabel = cueWordsOf(bareLabel);
  const inContext = cueWordsOf(labelContext);
  const inClause = cueWordsOf(clause);
  for (const set of cues) {
    for (const cue of set.dates) {
      if (cue.adjacent) {
        if (inTail.test(cue.pattern)) hits.push({ id: cue.id, role: cue.role, weight: cue.weight * 2, where: 'adjacent' });
        else if (labelText && inLabel.test(cue.pattern)) hits.push({ id: cue.id, role: cue.role, weight: cue.weight * 2, where: 'label' });
        continue;
      }
      if (labelContext && inContext.test(cue.pattern)) hits.push({ id: cue.id, role: cue.role, weight: cue.weight * 2 + 1, where: 'label' });
      const found = inClause.may(cue.pattern) ? lastMatch(cue.pattern, clause) : null;
      if (found) {
        const end = found.index + found.length;
        const near = end <= before.length && before.length - end <= NEAR;
        hits.push({ id: cue.id, role: cue.role, weight: near ? cue.weight * 2 : cue.weight, where: near ? 'near' : end <= before.length ? 'clause' : 'after' });
      }
    }
  }
  return hits;
}

/** The deadline's kind: the first kind whose words stand in the label context, else the clause, else the sentence. */
export function deadlineKind(ctx: DateContext, cues: CueSet[]): { kind: DeadlineKind; label?: string } {
  const inLabel = cueWordsOf(ctx.labelContext);
  const inContext = cueWordsOf(`${ctx.labelContext} ${ctx.clause}`);
  const inSentence = cueWordsOf(ctx.sentence);
  for (const set of cues) {
    const hit = set.kinds.find((k) => inLabel.test(k.pattern)) ?? set.kinds.find((k) => inContext.test(k.pattern)) ?? set.kinds.find((k) => inSentence.test(k.pattern));
    if (hit) return { kind: hit.kind, label: hit.label };
  }
  return { kind: 'other' };
}

/** The deadline's label: the field label, else the kind's default label. */
export function deadlineLabel(ctx: DateContext, kindLabel: string | undefined): string {
  return labelFrom(ctx.labelText) ?? kindLabel ?? 'Frist';
}

/** Classifies the date at `span` in `text`; `label` is the field label the text stands under, if any. */
export function classifyDate(text: string, span: Span, spans: Span[], label: string | undefined, rowContext: string | undefined, cues: CueSet[]): Classification {
  const ctx = dateContext(text, span, spans, label, rowContext);
  return classifyHits(ctx, cueHits(ctx, cues), cues);
}

/** The cascade: the role whose cues weigh most (hand-set weights), a deadline only with a strong deadline cue. */
export function classifyHits(ctx: DateContext, hits: CueHit[], cues: CueSet[]): Classification {
  const scores = new Map<DateRole, number>();
  const strong = new Set<DateRole>();
  for (const h of hits) {
    scores.set(h.role, (scores.get(h.role) ?? 0) + h.weight);
    if (h.weight >= 3) strong.add(h.role);
  }
  let role: DateRole | 'unknown' = 'unknown';
  let best = 0;
  for (const [r, score] of scores) {
    // weak words ("Antrag", "apply") alone never make a deadline: a deadline needs a deadline cue
    if (r === 'deadline' && !strong.has('deadline')) continue;
    if (score > best) {
      best = score;
      role = r;
    }
  }
  const kind = role === 'deadline' ? deadlineKind(ctx, cues) : undefined;
  return {
    role,
    kind: kind?.kind,
    label: role === 'deadline' ? deadlineLabel(ctx, kind?.label) : undefined,
    clause: ctx.clause,
    cues: hits.map((h) => (h.where === 'label' ? `label:${h.id}` : h.id)),
  };
}

function labelFrom(label: string): string | undefined {
  const l = label.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  return l && l.length <= 80 ? l : undefined;
}

/** The last match of a cue in a clause (the cue's global twin is compiled once: this runs for every cue around every date). */
function lastMatch(pattern: RegExp, text: string): { index: number; length: number } | null {
  const global = globalOf(pattern);
  global.lastIndex = 0;
  let last: { index: number; length: number } | null = null;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    last = { index: m.index, length: m[0].length };
    if (m[0].length === 0) break;
  }
  return last;
}

/**
 * The clause around a date: sentence boundaries (". X", ";", ":", "?", "!", line breaks) and the other dates of the
 * same sentence split it, so "Skizze bis 31. Juli; Antrag bis 30. September" gives each date its own words.
 */
export function clauseAround(text: string, span: Span, spans: Span[]): { clause: string; before: string } {
  // mask every date so the dots inside "31. März" are not sentence ends
  const { masked, latestFirst } = maskedDates(text, spans);
  const boundary = /(?:[.!?](?=\s+[\p{Lu}„"(])|[;!?\n]|:(?=\s)|\s[–—]\s(?=\S))/gu;
  let start = 0;
  let end = masked.length;
  for (const m of masked.matchAll(boundary)) {
    const at = m.index ?? 0;
    if (at < span.index) {
      // a short label before a colon ("Einsendeschluss: 28. Juni", "(Stand: 04.10.2023)") stays with its value
      // so does a colon after a deadline noun that introduces the dates ("ausgewählt wird zu zwei Fristen: …")
      const head = masked.slice(start, at).trim();
      // and a clause that ends in a deadline's preposition before the colon ("… must reach us by: Friday 30 June")
      const labelled = m[0] === ':' && (head.split(/\s+/).length <= 4 || DATES_NOUN.test(head) || DEADLINE_PREP.test(head) || (DEADLINE_HEAD.test(head) && head.split(/\s+/).length <= 10));
      // so does a short label before a dash that opens the date's line ("Applications close – 7 August 2020")
      const dashLabel = DASH.test(m[0]) && head.split(/\s+/).length <= 4 && !/\n/.test(masked.slice(start, at)) && !spans.some((s) => s.index >= start && s.index < at);
      if (!labelled && !dashLabel) start = at + m[0].length;
    } else if (at >= span.index + span.length) {
      // a line that opens with its date says after a dash or a colon what the date is ("6th September at midday –
      // closing date", "23. März 2023: Stichtag des Projektaufrufs", "13 Oct. 2023 13:00 CET: deadline for submission")
      if ((DASH.test(m[0]) || m[0] === ':') && !masked.slice(start, span.index).trim() && at - (span.index + span.length) <= DASH_REACH) continue;
      end = at;
      break;
    }
  }
  // a clause with a date before ours belongs to that date up to the midpoint
  // "jeweils 1. März und 1. September", "15.01., 15.04., 15.07. und 15.10.": dates joined by bare commas or conjunctions
  // are values of the same words, so the clause is cut only after the nearest date before the run of joined dates
  let head = span.index;
  for (const s of latestFirst) {
    const sEnd = s.index + s.length;
    if (s === span || sEnd > head) continue;
    if (COORDINATED.test(masked.slice(sEnd, head))) head = s.index;
    else {
      if (sEnd > start) start = sEnd;
      break;
    }
  }
  for (const s of spans) {
    if (s === span) continue;
    if (s.index >= span.index + span.length && s.index < end) end = Math.min(end, trailingEnd(masked, span.index + span.length, s.index));
  }
  const clause = text.slice(start, end).trim();
  const before = text.slice(start, span.index);
  return { clause, before };
}

/** A block's text with its dates masked, and its dates latest first: the same for every date of the block, made once. */
interface MaskedDates {
  text: string;
  masked: string;
  latestFirst: Span[];
}
const maskedBySpans = new WeakMap<Span[], MaskedDates>();

export function maskedDates(text: string, spans: Span[]): MaskedDates {
  const known = maskedBySpans.get(spans);
  if (known && known.text === text) return known;
  let masked = text;
  for (const s of spans) masked = masked.slice(0, s.index) + 'D'.repeat(s.length) + masked.slice(s.index + s.length);
  const made = { text, masked, latestFirst: [...spans].sort((a, b) => b.index - a.index) };
  maskedBySpans.set(spans, made);
  return made;
}

/** A dash between words (" – ", " — "), one of the clause boundaries. */
const DASH = /^\s[–—]\s$/u;
/** How far a dash may stand after a date that opens its line and still name it (a clock time between: "at midday"). */
const DASH_REACH = 20;

/** A clause ending in a deadline's preposition ("must reach us by", "Einsendungen bis spätestens"). */
const DEADLINE_PREP = /(?:^|\s)(?:by|until|before|no later than|bis|bis zum|bis spätestens|spätestens)$/iu;

/** A clause ending in a noun that announces dates ("zu zwei Fristen", "the following deadlines"). */
const DATES_NOUN = /(?:frist|fristen|stichtag|stichtage|termine|deadlines?|closing dates)\s*$/iu;

/**
 * A longer label that opens with a deadline noun, or names one in its first words ("Antragsfrist für Vorhaben, die 2026
 * beginnen: 31. März 2026", "Ende der Frist zur Einreichung bei der LAG …: 23. Juni 2024", "Closes four times a year: …").
 */
const DEADLINE_HEAD = /^(?:[\p{L}-]+\s+){0,2}\p{L}*(?:frist|stichtag|einsendeschluss|anmeldeschluss|bewerbungsschluss|antragsschluss|deadline|closing date|closes)(?![\p{L}])/iu;

/** Only a conjunction or a comma between two dates. */
const COORDINATED = /^\s*(?:,|,?\s*(?:und|sowie|oder|bzw\.?|and|or|&))\s*$/iu;

/** Where our date's words end before the next date: at a conjunction, else right before it. */
function trailingEnd(text: string, from: number, next: number): number {
  const between = text.slice(from, next);
  const cut = between.search(/\s(?:und|bzw\.?|oder|sowie|and|or)\s|,/u);
  return cut >= 0 ? from + cut : next;
}
