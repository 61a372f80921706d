/**
 * The features of one date mention for the learned role decision (model/date-role.ts): which cue ids stand where
 * around the date (right before it, in its field label or table row, near it in the clause, elsewhere in the clause,
 * after it, in the sentence) and structural signals (the block it stands in, a struck-through date, a time, a range,
 * its place among the page's dates, its distance from the last heading, how it lies to `now` and to the publication
 * date). Binary features named by cue ids and structure only: no feature names a site, a page or a title.
 */
import type { Block } from '../blocks.ts';
import type { CueHit, DateContext } from '../classify.ts';
import type { CueSet, DateRole } from '../cues/types.ts';
import { cueWordsOf } from '../cues/scan.ts';
import { isWhole } from '../cues/words.ts';
import type { WrittenDate } from '../dates/types.ts';
import type { DateRoleClass } from '../model/date-role.ts';
import type { Classifier } from '../model/classifier.ts';
import { statusWords } from './status-words.ts';
import type { SiblingScope } from './sibling-deadlines.ts';
import { spanBucket } from './date-span.ts';
import { joiner } from './bucket.ts';
import { roleEvidenceFeatures, roleWords, type RoleEvidence } from './role-evidence.ts';
import type { OverruleThresholds } from '../model/role-decision.ts';

// every feature name made once (bucket.ts): names from cue ids and structure (a closed set), not built and hashed anew
// for each of the page's dates
const colon = joiner(':');
const bar = joiner('|');
const dash = joiner('-');

export interface MentionFeatureInput {
  ctx: DateContext;
  hits: CueHit[];
  block: Block;
  /** blocks between the last heading above and this block (0: the heading's own block or the next one) */
  headingDistance: number | null;
  start: WrittenDate;
  end?: WrittenDate;
  approximate: boolean;
  recurring: boolean;
  /** the mention's place among its block's dates and among the page's dates */
  inBlock: number;
  blockDates: number;
  onPage: number;
  /** the date stands in <del>, <s> or <strike> */
  struck: boolean;
  /** YYYY-MM-DD */
  today: string;
  published?: string;
  /** signals the cascade also reads (facts.ts) */
  dateline: boolean;
  bareDate: boolean;
  eventWithHours: boolean;
  closedBlock: boolean;
  rollingBlock: boolean;
  cues: CueSet[];
  /** what the last heading above says (headingSignals) */
  heading: readonly string[];
  /** the cascade's role of the date before this one in the block, when only a conjunction stands between them
   * ("jeweils der 30. April und der 31. Oktober", "15.04. bzw. 15.10."): coordinated dates share their words */
  coordinatedWith?: DateRole | 'unknown';
  /** where an earlier sibling — another entry of the list, cell of the column, block of the section — holds a date the
   * cascade read as a deadline (sibling-deadlines.ts) */
  siblings?: readonly SiblingScope[];
  /** the cue cascade's own decision (stacking: the model learns where to trust it) */
  cascade: DateRole | 'unknown';
}

/** The names of the features present for a mention (each at most once). */
export function mentionFeatures(m: MentionFeatureInput): string[] {
  const out = new Set<string>(['bias']);
  for (const h of m.hits) {
    out.add(colon(h.where, h.id));
    out.add(colon(dash(h.where, 'role'), h.role));
    out.add(colon('any', h.id));
  }
  const { ctx, cues } = m;
  for (const f of cascadeFeatures(m.cascade, m.hits)) out.add(f);
  for (const f of m.heading) out.add(f);
  for (const f of statusWords('sentence', ctx.sentence)) out.add(f);
  if (m.coordinatedWith) out.add(colon('coordinated', m.coordinatedWith));
  for (const scope of m.siblings ?? []) out.add(colon('sibling-deadline', scope));
  // each text scanned once for every cue word (cues/scan.ts); a pattern runs only where its words stand
  const inSentence = cueWordsOf(ctx.sentence);
  const inClause = cueWordsOf(ctx.clause);
  const inKindText = cueWordsOf(ctx.labelContext || ctx.clause);
  const inLabel = cueWordsOf(ctx.labelText);
  for (const set of cues) {
    if (inSentence.test(set.eventNouns)) out.add('sentence:event-noun');
    if (inSentence.test(set.callNouns)) out.add('sentence:call-noun');
    if (inSentence.test(set.councilSession)) out.add('sentence:council-session');
    if (inSentence.test(set.closed)) out.add('sentence:closed');
    if (inClause.test(set.extended)) out.add('clause:extended');
    if (inSentence.test(set.relative)) out.add('sentence:relative');
    for (const k of set.kinds) if (inKindText.test(k.pattern)) out.add(colon('kind', k.kind));
    if (ctx.labelText) {
      for (const [name, re] of Object.entries(set.fields)) {
        // a label that is the whole cue holds its words
        if (!inLabel.may(re)) continue;
        if (isWhole(re, ctx.labelText.trim())) out.add(colon('label-is', name));
        else if (re.test(ctx.labelText)) out.add(colon('label-has', name));
      }
    }
  }
  const b = m.block;
  out.add(colon('block', b.type));
  if (b.type === 'heading') out.add(colon('heading', `h${Math.min(b.level, 4)}`));
  if (ctx.labelText) out.add('labelled');
  if (b.cell) out.add(b.cell.header ? 'cell:header' : 'cell:body');
  if (ctx.labelContext !== ctx.labelText) out.add('row-context');
  if (b.list) out.add('list-entry');
  if (b.lead) out.add('lead');
  if (b.datetime) out.add('time-element');
  if (m.headingDistance === null) out.add('heading-dist:none');
  else out.add(colon('heading-dist', m.headingDistance <= 2 ? String(m.headingDistance) : m.headingDistance <= 5 ? '3-5' : '6+'));
  if (m.struck) out.add('struck');
  if (m.start.time) out.add('time');
  if (m.end) out.add('range');
  const span = spanBucket(m.start, m.end);
  if (span) out.add(colon('span', span));
  if (m.approximate) out.add('approximate');
  if (m.recurring) out.add('recurring');
  if (m.start.year === null) out.add('no-year');
  out.add(colon('block-dates', m.blockDates >= 3 ? '3+' : String(m.blockDates)));
  if (m.inBlock === 0) out.add('block-first');
  if (m.inBlock === m.blockDates - 1) out.add('block-last');
  out.add(m.onPage === 0 ? 'page-pos:0' : m.onPage <= 2 ? 'page-pos:1-2' : m.onPage <= 6 ? 'page-pos:3-6' : 'page-pos:7+');
  const clauseLength = ctx.clause.length;
  out.add(clauseLength <= 25 ? 'clause-len:short' : clauseLength <= 120 ? 'clause-len:mid' : 'clause-len:long');
  if (m.dateline) out.add('dateline');
  if (m.bareDate) out.add('bare-date');
  if (m.eventWithHours) out.add('event-with-hours');
  if (m.closedBlock) out.add('closed-block');
  if (m.rollingBlock) out.add('rolling-block');
  const day = dayOf(m.end ?? m.start);
  if (day) {
    out.add(colon('vs-now', bucket(daysBetween(m.today, day))));
    if (m.published) {
      const d = daysBetween(m.published, dayOf(m.start) ?? day);
      out.add(d === 0 ? 'vs-published:same' : d < 0 ? 'vs-published:before' : 'vs-published:after');
    }
  }
  // where the cascade is trusted depends on the date's shape and time: its role joined with each of them
  const cascade = colon('cascade', m.cascade);
  for (const f of [...out]) if (inCascadeContext(f)) out.add(bar(cascade, f));
  return [...out];
}

/** The features the cascade's role is joined with (stacking: its reliability differs by them). */
const CASCADE_CONTEXT = /^(?:range|span:.*|time|no-year|recurring|struck|labelled|bare-date|list-entry|vs-now:.*|block-dates:.*|sibling-deadline:.*)$/;
/** CASCADE_CONTEXT's answer per feature name, kept (the names are a closed set) */
const cascadeContext = new Map<string, boolean>();
function inCascadeContext(f: string): boolean {
  let is = cascadeContext.get(f);
  if (is === undefined) cascadeContext.set(f, (is = CASCADE_CONTEXT.test(f)));
  return is;
}

/**
 * What a heading says about the dates under it ("Einreichungsfristen", "Skizzenfenster", "Veranstaltungen"): the roles
 * of the date cues in its words, the deadline kinds it names, event and call nouns. Made once per heading.
 */
export function headingSignals(text: string, cues: readonly CueSet[]): string[] {
  const out = new Set<string>();
  const words = cueWordsOf(text);
  for (const set of cues) {
    for (const cue of set.dates) if (words.test(cue.pattern)) out.add(colon('heading-cue', cue.role));
    for (const k of set.kinds) if (words.test(k.pattern)) out.add(colon('heading-kind', k.kind));
    if (words.test(set.eventNouns)) out.add('heading:event-noun');
    if (words.test(set.callNouns)) out.add('heading:call-noun');
  }
  for (const f of statusWords('heading', text)) out.add(f);
  return [...out];
}

/**
 * The cascade's decision and how sure it was: its role, and the margin of the winning role's cue weight over the
 * runner-up's (the cascade's hand-set weights, bucketed) — so the model can follow a clear cascade and overrule a close one.
 */
function cascadeFeatures(role: DateRole | 'unknown', hits: readonly CueHit[]): string[] {
  const scores = new Map<DateRole, number>();
  for (const h of hits) scores.set(h.role, (scores.get(h.role) ?? 0) + h.weight);
  const mine = role === 'unknown' ? 0 : (scores.get(role) ?? 0);
  let other = 0;
  for (const [r, v] of scores) if (r !== role) other = Math.max(other, v);
  const margin = mine - other;
  const sure = role === 'unknown' ? (scores.size ? 'weak' : 'none') : margin >= 6 ? 'clear' : margin > 0 ? 'close' : 'override';
  const cascade = colon('cascade', role);
  return [cascade, colon(cascade, sure)];
}

/** Days from `a` to `b` (YYYY-MM-DD). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

function bucket(days: number): string {
  if (days < -365) return 'past-year+';
  if (days < -30) return 'past';
  if (days < 0) return 'past-month';
  if (days <= 30) return 'next-month';
  if (days <= 365) return 'future';
  return 'future-year+';
}

function dayOf(d: WrittenDate): string | undefined {
  if (d.year === null) return undefined;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** The feature reading of the learned date-role decision (facts.ts reads each mention with it). */
export const ROLE_FEATURES = { heading: headingSignals, mention: mentionFeatures };
export type RoleFeatures = typeof ROLE_FEATURES;

/**
 * The learned date-role decision as extraction takes it (`extract({ roles })`): the fitted model with the feature
 * reading it needs, handed in as values so that an extractor without it (the clip content script) does not carry them.
 */
export interface LearnedRoles {
  model: RoleModel;
  features: RoleFeatures;
}

/**
 * A fitted role model, with the word-evidence tables it was fitted with (role-evidence.ts) and the thresholds at which
 * it overrules the cascade (model/role-decision.ts), if any.
 */
export type RoleModel = Classifier<DateRoleClass> & { evidence?: RoleEvidence; thresholds?: OverruleThresholds };

/** The model with its feature reading: a model that carries word evidence reads each date's words with its tables. */
export const learnedRoles = (model: RoleModel): LearnedRoles => ({ model, features: model.evidence ? withEvidence(model.evidence) : ROLE_FEATURES });

function withEvidence(evidence: RoleEvidence): RoleFeatures {
  return { heading: headingSignals, mention: (m) => [...mentionFeatures(m), ...roleEvidenceFeatures(roleWords(m.ctx), evidence)] };
}
