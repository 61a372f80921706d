/**
 * Reads every date and time of the main content (through the date layer) and classifies it: the page's facts.
 * Dates inside a field ("Anmeldeschluss: …", a table column) take the field's label as their strongest cue.
 */
import type { DeadlineKind } from '../schema.ts';
import type { Block } from './blocks.ts';
import { classifyHits, cueHits, dateContext, deadlineKind, deadlineLabel, maskedDates, type Span } from './classify.ts';
import type { CueSet, DateRole } from './cues/types.ts';
import { isWhole } from './cues/words.ts';
import { finds } from './cues/hinted.ts';
import { cueWordsOf } from './cues/scan.ts';
import { findDates, findTimes } from './dates/index.ts';
import { joinsDates, movesDate } from './dates/joined.ts';
import type { ClockTime, DateMention, FindDatesOptions, TimeMention, WrittenDate } from './dates/types.ts';
import type { LearnedRoles, RoleFeatures } from './features/date-role.ts';
import { callsOff, toldInPast } from './features/status-words.ts';
import { isStruck, struckTexts } from './features/struck.ts';
import { isoToBerlin } from './iso-time.ts';
import type { Zone } from './dates/timezones.ts';
import { listLeadIns } from './lead-in.ts';
import { SiblingDeadlines } from './features/sibling-deadlines.ts';
import { classify } from './model/classifier.ts';
import { cascadeClass, overrules } from './model/role-decision.ts';
import type { DocNode } from './page.ts';
import { berlinDay } from '../time/berlin.ts';

export interface DateFact {
  id: number;
  block: Block;
  /** the date as written, and where it stands in the block's text */
  text: string;
  index: number;
  start: WrittenDate;
  end?: WrittenDate;
  recurring: boolean;
  approximate: boolean;
  role: DateRole | 'unknown';
  kind?: DeadlineKind;
  label?: string;
  /** the sentence the date was read from */
  evidence: string;
  /** the weekday written in front of a date without a year (0 = Sunday) */
  weekday?: number;
  /** a "Datum von" / "Datum bis" field: which end of the event it gives */
  edge?: 'start' | 'end';
  /** the mention came with a clock time of its own, or the block gave one */
  cues: string[];
  /** its clause says the deadline was extended or moved to this date */
  extended: boolean;
  confidence: number;
  /** the learned model's probability of the deadline/event/other decision (only when a model decided) */
  roleProbability?: number;
  /** the mention's features for the learned role decision (when asked for: training, diagnostics) */
  features?: string[];
}

export interface TimeFact {
  block: Block;
  start: ClockTime;
  end?: ClockTime;
  /** "Uhrzeit von" / "Uhrzeit bis" fields */
  edge?: 'start' | 'end';
  /** the time stands under an inline label of its own ("Beginn: 9:30 Uhr, Ende: ca. 16:00 Uhr") */
  labelled?: boolean;
}

export interface PageFacts {
  dates: DateFact[];
  times: TimeFact[];
  /** block ids whose text says a round is closed */
  closed: Set<number>;
  /** block ids whose text says applications are accepted at any time */
  rolling: Set<number>;
  /** relative deadlines as written ("mindestens sechs Wochen vor Beginn des Projekts"), by block id */
  relative: Map<number, string>;
  /** the page's own clock (page-clock.ts): the times of `times` are written in it; the dates' times are Berlin's already */
  clock?: Zone;
}

export interface FactOptions {
  cues: CueSet[];
  dateOptions: FindDatesOptions;
  /** YYYY-MM-DD of the page's publication, if known */
  published?: string;
  /**
   * the learned deadline/event/other decision (model/date-role.ts with features/date-role.ts `learnedRoles`); without
   * it the cue cascade decides alone. The cascade still names the other roles (publication, opening, period, decision,
   * replaced, closed) the model leaves open.
   */
  roles?: LearnedRoles;
  /** keep each mention's features, read with these, on its fact (training) */
  keepFeatures?: RoleFeatures;
  /** YYYY-MM-DD in Berlin at `dateOptions.now`, when the caller has it already (reading the zone's clock is not free) */
  today?: string;
}

/** Dates that can anchor an item: a deadline, an event date, or a date no cue explains. */
export const anchors = (dates: readonly DateFact[]) => dates.filter((f) => f.role === 'deadline' || f.role === 'event' || f.role === 'unknown');

/** The dates of each block, made once per page: every unit asks for the dates of its blocks. */
const byBlock = new WeakMap<PageFacts, Map<number, DateFact[]>>();

/** The page's dates by the block they stand in, each list in page order (made once per page). */
export function datesByBlock(facts: PageFacts): Map<number, DateFact[]> {
  let index = byBlock.get(facts);
  if (!index) {
    index = new Map();
    for (const f of facts.dates) {
      const list = index.get(f.block.id);
      if (list) list.push(f);
      else index.set(f.block.id, [f]);
    }
    byBlock.set(facts, index);
  }
  return index;
}

/** The page's dates that stand in the given blocks, in page order. */
export function datesIn(facts: PageFacts, blockIds: Set<number>): DateFact[] {
  const index = datesByBlock(facts);
  const out: DateFact[] = [];
  for (const id of blockIds) out.push(...(index.get(id) ?? []));
  return out.sort((a, b) => a.id - b.id);
}

/** Roles the cascade names inside the model's "other". */
const OTHER_ROLES = new Set<DateRole | 'unknown'>(['publication', 'opening', 'period', 'decision', 'replaced', 'closed']);

/** Reads dates, times and status cues from every block. */
export function readFacts(blocks: Block[], options: FactOptions): PageFacts {
  const facts: PageFacts = { dates: [], times: [], closed: new Set(), rolling: new Set(), relative: new Map(), clock: options.dateOptions.clock };
  const { cues } = options;
  const reader = options.roles?.features ?? options.keepFeatures;
  const today = options.today ?? berlinDay(options.dateOptions.now ?? new Date());
  const struckOf = new Map<DocNode, string[]>();
  const rows = tableRows(blocks);
  const leadIns = listLeadIns(blocks);
  // a date's sentence is often its whole block: the times of a text are read once per page
  const times = new Map<string, TimeMention[]>();
  const timesIn = (text: string) => {
    let found = times.get(text);
    if (!found) times.set(text, (found = findTimes(text)));
    return found;
  };
  let lastHeading: number | null = null;
  // what the last heading says, read when a date under it asks (most headings have no date under them)
  let headingText: string | null = null;
  let heading: readonly string[] | null = null;
  const headingSays = (): readonly string[] => (heading ??= headingText === null || !reader ? [] : reader.heading(headingText, cues));
  // where the cascade already read a deadline: in a list, a table's column, a section (siblings.ts)
  const siblings = new SiblingDeadlines();
  for (const block of blocks) {
    if (block.type === 'heading') {
      lastHeading = block.id;
      headingText = block.text;
      heading = null;
    }
    const text = block.text;
    if (cues.some((c) => finds(c, 'closed', text))) facts.closed.add(block.id);
    // an invitation to apply (cues `invites`) stands where the rolling hint words do (test/shared/extract/cues/hints.test.ts)
    const words = cueWordsOf(text);
    if (cues.some((c) => finds(c, 'rolling', text) || (words.test(c.hints.rolling) && words.test(c.invites)))) facts.rolling.add(block.id);
    for (const c of cues) {
      const rel = words.test(c.hints.relative) && words.may(c.relative) ? c.relative.exec(text) : null;
      if (rel) {
        facts.relative.set(block.id, rel[0].trim());
        break;
      }
    }
    if (block.type === 'heading' && !/\d/.test(text)) continue;
    const mentions = findDates(text, options.dateOptions).filter((m) => m.confidence >= 0.3);
    const spans: Span[] = mentions.map((m) => ({ index: m.index, length: m.length }));
    // the cascade's role of each mention, for the mention after it (coordinated dates share their words)
    const cascadeRoles: Array<{ role: DateRole | 'unknown'; kind?: DeadlineKind; label?: string }> = [];
    mentions.forEach((mention, i) => {
      const span = spans[i];
      const label = block.label && labelReaches(text, block.label, span, spans) ? block.label : undefined;
      const ctx = dateContext(text, span, spans, label, rowContext(block, rows));
      const sentence = sentenceAround(text, span, spans);
      const hits = cueHits(ctx, cues);
      const c = classifyHits(ctx, hits, cues);
      let role = c.role;
      // the date line and the event's hours are read once per mention (the cascade and the features ask the same)
      const dateline = isDateline(ctx, span);
      let hours: boolean | undefined;
      const withHours = () => (hours ??= eventWithHours(sentence, cues, timesIn));
      if (role === 'unknown' && dateline) role = 'publication';
      // a vague part of a month that says nothing about what is due ("am besten bis Ende Juni"): advice, not a deadline;
      // "Anträge bis Ende Juni" names its action and stays
      if (role === 'deadline' && c.kind === 'other' && mention.approximate && !label) role = 'unknown';
      // a calendar's "Beginn: …" / "Ende: …" field (iCal's DTSTART/DTEND) dates the event
      if (role === 'unknown' && label && isEdgeField(label, cues)) role = 'event';
      // "Am Dienstag, 21. April 2026, stellt das Ministerium … in einer Online-Infoveranstaltung von 15 bis 16 Uhr vor":
      // a sentence that names an event and gives its hours dates that event
      if (role === 'unknown' && !mention.approximate && withHours()) role = 'event';
      const start = withDatetime(mention.start, block.datetime);
      // the page's dateline: a date standing alone on the day the page was published — its meta date, else (none given)
      // the clipping day, the day a news page is read ("07.02.2019" over a report of "Donnerstag, 7. Februar")
      if (role === 'unknown' && isBareDate(text, span) && sameDay(start, options.published ?? today)) role = 'publication';
      let kind = c.kind;
      let deadline = c.label;
      // "Die nächsten Eingabefristen" above a list of bare dates, "… until the following dates:" before "7 May 2020 –
      // Key Action 1": a list entry's date without a cue of its own takes the deadline cues of its list's lead-in
      // (only an entry that opens with its date: in "Meilenstein 1: 23.07.2013" or "1. Aufruf: 22.08.–24.10.2023 (geschlossen)"
      // the entry's own words name the date)
      // (not an event's: "Infoveranstaltungen zur Antragstellung" over "Mittwoch, 31. Januar 2024, 14 bis 16 Uhr"; a span of
      // hours dates an occasion, not a deadline)
      const lead = role === 'unknown' && !mention.approximate && !/\p{L}/u.test(text.slice(0, span.index)) ? leadIns.get(block.id) : undefined;
      if (lead && !cues.some((set) => set.eventNouns.test(lead)) && !timesIn(sentence).some((t) => t.end)) {
        const leadCtx = { ...ctx, labelContext: [ctx.labelContext, lead].filter(Boolean).join(' · ') };
        const byLead = classifyHits(leadCtx, cueHits(leadCtx, cues), cues);
        if (byLead.role === 'deadline') ({ role, kind, label: deadline } = byLead);
      }
      // "Antragszeitraum: 1. März – 30. April", "Die nächste Förderrunde läuft vom 7. Januar bis zum 12. Februar": a span
      // named as the window one applies in closes on its last day
      if (role === 'unknown' && mention.end && !mention.approximate && cues.some((set) => set.windows.test(ctx.labelContext) || set.windows.test(c.clause))) {
        role = 'deadline';
        ({ kind, label: deadline } = deadlineKind(ctx, cues));
        deadline = deadlineLabel(ctx, deadline);
      }
      // "jeweils der 30. April und der 31. Oktober", "15.04. bzw. der 15.10.": a date joined to a deadline by a bare
      // conjunction is a value of the same words (the clause rule does this for "und"/"," without an article)
      const between = i > 0 ? text.slice(mentions[i - 1].index + mentions[i - 1].length, mention.index) : undefined;
      const joined = between !== undefined && joinsDates(between) ? cascadeRoles[i - 1] : undefined;
      if (role === 'unknown' && joined?.role === 'deadline') ({ role, kind, label: deadline } = joined);
      // "die Frist wurde vom 31. März auf den 2. Juni verlängert": the new date is the deadline (and replaces the old)
      const moved = between !== undefined && movesDate(between) && cues.some((set) => set.extended.test(sentence)) ? cascadeRoles[i - 1] : undefined;
      if (role === 'unknown' && moved?.role === 'deadline') ({ role, kind, label: deadline } = moved);
      // the date's words, for the date joined to it (before a strike-through replaces it: "vom <del>31. März</del> auf
      // den 2. Juni verlängert" moves the deadline's words to the new date)
      cascadeRoles[i] = { role, kind, label: deadline };
      // a date the page crossed out (<del>, <s>, <strike>) is no longer in force: "Bewerbungsschluss: <del>22.05.</del> 12.06."
      if (!struckOf.has(block.node)) struckOf.set(block.node, struckTexts(block.node));
      const struck = isStruck(mention.text, struckOf.get(block.node)!);
      if (struck && (role === 'deadline' || role === 'event' || role === 'unknown')) role = 'replaced';
      // "Absage der Landesarbeitstagung am 03.11.2020", "ABSAGE: Fr, 22.10.21: Vernetzungstreffen": an event called off
      if ((role === 'event' || role === 'unknown') && callsOff(c.clause)) role = 'replaced';
      // "konnten bis zum 15.09. Projektskizzen eingereicht werden", "lief bis einschließlich 15. April": a past round's deadline
      if (role === 'deadline' && toldInPast(c.clause)) role = 'closed';
      let features: string[] | undefined;
      let roleProbability: number | undefined;
      const cascadeRole = role;
      if (reader) {
        features = reader.mention({
          ctx, hits, block, cues, today,
          headingDistance: lastHeading === null ? null : block.id - lastHeading,
          start, end: mention.end, approximate: !!mention.approximate, recurring: mention.recurring === 'yearly',
          inBlock: i, blockDates: mentions.length, onPage: facts.dates.length,
          struck,
          published: options.published,
          dateline,
          bareDate: isBareDate(text, span),
          eventWithHours: !mention.approximate && withHours(),
          closedBlock: facts.closed.has(block.id),
          rollingBlock: facts.rolling.has(block.id),
          cascade: role,
          heading: headingSays(),
          coordinatedWith: joined?.role,
          siblings: siblings.before(block, lastHeading),
        });
      }
      if (options.roles && features) {
        // the model decides deadline / event / other where it overrules the cascade (model/role-decision.ts); inside
        // "other" the cascade's named role stays, else unknown
        const p = classify(options.roles.model, features);
        const cascade = cascadeClass(role);
        const overrule = overrules(p, cascade, options.roles.model.thresholds);
        roleProbability = overrule ? p.probability : p.probabilities[options.roles.model.classes.indexOf(cascade)];
        if (!overrule) {
          // the cascade's decision stands (role, kind, label); the model only says how sure it is
        } else if (p.label === 'deadline') {
          if (role !== 'deadline') {
            const k = deadlineKind(ctx, cues);
            kind = k.kind;
            deadline = deadlineLabel(ctx, k.label);
          }
          role = 'deadline';
        } else {
          role = p.label === 'event' ? 'event' : OTHER_ROLES.has(role) ? role : 'unknown';
          kind = undefined;
          deadline = undefined;
        }
      }
      facts.dates.push({
        id: facts.dates.length,
        block,
        text: mention.text,
        index: mention.index,
        start,
        end: mention.end,
        recurring: mention.recurring === 'yearly',
        approximate: !!mention.approximate,
        role,
        kind: role === 'deadline' ? kind : c.kind,
        label: role === 'deadline' ? deadline : c.label,
        evidence: sentence,
        edge: edgeOf(block, cues),
        cues: c.cues,
        extended: role === 'deadline' && cues.some((set) => set.extended.test(c.clause)),
        // with the model, the role's probability is part of the date's confidence
        confidence: mention.confidence * (roleProbability ?? 1),
        ...(roleProbability !== undefined ? { roleProbability } : {}),
        ...(mention.weekday !== undefined && start.year === null ? { weekday: mention.weekday } : {}),
        ...(options.keepFeatures && features ? { features } : {}),
      });
      if (cascadeRole === 'deadline') siblings.saw(block, lastHeading);
    });
    for (const t of timesIn(text)) {
      if (t.openingHours || t.tz) continue;
      if (mentions.some((m) => overlaps(m, t))) continue;
      // "(Abfahrt Donnerstag 7:00 Uhr ab Dresden Hbf, Rückkehr Samstag gegen 20:00 Uhr)": the trip's logistics
      const lead = text.slice(Math.max(0, t.index - 30), t.index).split(/[,;.()]/).pop() ?? '';
      if (cues.some((c) => c.travel.test(lead))) continue;
      const inline = inlineTimeEdge(text.slice(0, t.index), cues) ?? verbTimeEdge(text.slice(0, t.index), cues);
      facts.times.push({ block, start: t.start, end: t.end, edge: inline ?? timeEdge(block, cues) ?? (t.qualifier === 'until' ? 'end' : undefined), ...(inline ? { labelled: true } : {}) });
    }
  }
  pairEdges(facts.dates, cues);
  return facts;
}

/**
 * "Von: Fr, 17.04.2026, 19:00 Uhr / Bis: Fr, 17.04.2026, 22:00 Uhr" (a calendar's fields): a bare "Bis" field right
 * after a "Von" field is the event's end, not a deadline.
 */
function pairEdges(dates: DateFact[], cues: CueSet[]): void {
  const is = (label: string | undefined, pick: (c: CueSet) => RegExp) =>
    !!label && cues.some((c) => isWhole(pick(c), label.trim()));
  dates.forEach((f, i) => {
    if (f.role !== 'deadline' || !is(f.block.label, (c) => c.fields.end)) return;
    const before = dates[i - 1];
    if (!before || f.block.id - before.block.id > 3 || before.role !== 'event' || !is(before.block.label, (c) => c.fields.start)) return;
    Object.assign(f, { role: 'event', kind: undefined, label: undefined, edge: 'end' });
  });
}

/** The cells of each table row, in page order; grouped once, when the first cell asks. */
type TableRows = (cell: NonNullable<Block['cell']>) => Block[];

function tableRows(blocks: Block[]): TableRows {
  let rows: Map<string, Block[]> | undefined;
  return (cell) => {
    if (!rows) {
      rows = new Map();
      for (const b of blocks) {
        if (!b.cell) continue;
        const key = `${b.cell.table}/${b.cell.row}`;
        const row = rows.get(key);
        if (row) row.push(b);
        else rows.set(key, [b]);
      }
    }
    return rows.get(`${cell.table}/${cell.row}`) ?? [];
  };
}

/** A table cell's row: the words of its other cells ("Projektskizze" beside a date in the "Frist" column). */
function rowContext(block: Block, rows: TableRows): string | undefined {
  if (!block.cell || block.cell.header) return undefined;
  const row = rows(block.cell).filter((b) => b !== block);
  const words = row.map((b) => b.text).filter((t) => !/\d{1,2}\.\d{1,2}\.|\d{4}/.test(t));
  return words.join(' · ') || undefined;
}

function edgeOf(block: Block, cues: CueSet[]): 'start' | 'end' | undefined {
  const label = block.label;
  if (!label) return undefined;
  if (cues.some((c) => c.fields.end.test(label) && !c.fields.start.test(label))) return 'end';
  if (cues.some((c) => c.fields.start.test(label))) return 'start';
  return undefined;
}

/** A sentence naming an event (Infoveranstaltung, webinar) together with a clock time or hours. */
function eventWithHours(sentence: string, cues: CueSet[], timesIn: (text: string) => TimeMention[]): boolean {
  return cues.some((c) => c.eventNouns.test(sentence)) && timesIn(sentence).some((t) => !t.openingHours);
}

/** A label that is wholly an event's start or end field ("Beginn", "Ende", "Start date"), not a sentence holding one. */
function isEdgeField(label: string, cues: CueSet[]): boolean {
  const trimmed = label.trim();
  return cues.some((c) => isWhole(c.fields.start, trimmed) || isWhole(c.fields.end, trimmed));
}

function timeEdge(block: Block, cues: CueSet[]): 'start' | 'end' | undefined {
  const label = block.label;
  if (!label) return undefined;
  if (cues.some((c) => c.fields.endTime.test(label))) return 'end';
  if (cues.some((c) => c.fields.startTime.test(label))) return 'start';
  return undefined;
}

/**
 * A "Label:" at the start of a block names its value, the first sentence: "Antragsfrist: 15.05.2026. Die Maßnahmen sind
 * bis zum 30.06.2027 abzuschließen." — the second date is not an Antragsfrist. Table cells and <dt> labels hold one value.
 */
function labelReaches(text: string, label: string, span: Span, spans: Span[]): boolean {
  if (!text.startsWith(label)) return true;
  const { masked } = maskedDates(text, spans);
  return !/[.!?](?=\s+[\p{Lu}„"(])|\n/u.test(masked.slice(label.length, span.index));
}

/** A start or end label right before a time inside running text ("…, Ende: ca. 16:00 Uhr"): which end of the event it gives. */
function inlineTimeEdge(before: string, cues: CueSet[]): 'start' | 'end' | undefined {
  const m = /(?:^|[\n,;(]\s*)([^\n,;:()\d]{2,25}):\s*(?:ca\.\s*|circa\s*|gegen\s*|um\s*|approx\.\s*|at\s*)?$/iu.exec(before);
  if (!m) return undefined;
  const label = m[1].trim();
  // the whole label is the field's word ("Ende", "Beginn", "Uhrzeit bis"), not a sentence holding one ("Anmeldung bis")
  if (cues.some((c) => isWhole(c.fields.endTime, label) || isWhole(c.fields.end, label))) return 'end';
  if (cues.some((c) => isWhole(c.fields.startTime, label) || isWhole(c.fields.start, label))) return 'start';
  return undefined;
}

/**
 * A sentence about the event that says when it begins or ends ("Das Treffen beginnt um 14 Uhr.", "The workshop ends at
 * 16:00"): the time is the event's overall start or end. Only when the sentence's subject is an event (an agenda's
 * "Die Mittagspause beginnt um 12:30 Uhr" is a slot).
 */
function verbTimeEdge(before: string, cues: CueSet[]): 'start' | 'end' | undefined {
  const sentence = before.split(/[.!?\n]\s+|\n/).pop() ?? '';
  const m = /^\s*((?:\S+\s+){0,4}?)(beginnt|beginnen|startet|starten|endet|enden|starts|begins|ends|finishes)\s+(?:um\s+|ab\s+|gegen\s+|ca\.\s+|at\s+|around\s+)?$/iu.exec(sentence);
  if (!m || !cues.some((c) => c.eventNouns.test(m[1]))) return undefined;
  return /^(?:endet|enden|ends|finishes)$/i.test(m[2]) ? 'end' : 'start';
}

/** "Kalletal, 04.04.2022" / "Bonn, 5. Juli 2019.": a place and a date standing alone are a letter's or a dateline's date. */
function isDateline({ clause, before }: { clause: string; before: string }, span: Span): boolean {
  const after = clause.slice(before.trimStart().length + span.length).trim();
  return /^(?:[\d\s]*[\p{Lu}][\p{L}.()/-]*(?:\s[\p{Lu}][\p{L}.()/-]*){0,3}),\s*(?:(?:den|am)\s+)?$/u.test(before.trim() + ' ') && /^[.\s]*$/.test(after);
}

/** A block that is only a date (and maybe a time): a date line of the page. */
function isBareDate(text: string, span: Span): boolean {
  return text.length - span.length < 25;
}

function sameDay(date: WrittenDate, iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  return date.year === y && date.month === m && date.day === d;
}

/** A <time datetime> in the block fills in what the text leaves out (the year, the clock time). */
function withDatetime(date: WrittenDate, datetime: string | undefined): WrittenDate {
  if (!datetime) return date;
  const wall = isoToBerlin(datetime);
  if (!wall) return date;
  const [y, m, d] = wall.date.split('-').map(Number);
  if (m !== date.month || d !== date.day || (date.year !== null && date.year !== y)) return date;
  const time = date.time ?? (wall.time ? { hour: Number(wall.time.slice(0, 2)), minute: Number(wall.time.slice(3)) } : undefined);
  return { ...date, year: y, ...(time ? { time } : {}) };
}

function overlaps(m: DateMention, t: { index: number; length: number }): boolean {
  return t.index < m.index + m.length && m.index < t.index + t.length;
}

/** The block's text with its dates masked for sentence ends, made once per block (every date's evidence asks). */
const sentenceMasks = new WeakMap<Span[], { text: string; masked: string }>();

function sentenceMask(text: string, spans: Span[]): string {
  const known = sentenceMasks.get(spans);
  if (known && known.text === text) return known.masked;
  let masked = text;
  // a date's own trailing dot ("11.Dezember.") may end the sentence too
  for (const s of spans) masked = masked.slice(0, s.index) + 'D'.repeat(s.length - 1) + (text[s.index + s.length - 1] === '.' ? '.' : 'D') + masked.slice(s.index + s.length);
  sentenceMasks.set(spans, { text, masked });
  return masked;
}

/** The whole sentence around a date, for evidence. */
function sentenceAround(text: string, span: Span, spans: Span[]): string {
  const masked = sentenceMask(text, spans);
  let start = 0;
  let end = text.length;
  for (const m of masked.matchAll(/[.!?](?=\s+[\p{Lu}„"(])|\n/gu)) {
    const at = m.index ?? 0;
    if (at < span.index) start = at + 1;
    else if (at >= span.index + span.length) {
      end = at + 1;
      break;
    }
  }
  return text.slice(start, end).trim().slice(0, 300);
}
