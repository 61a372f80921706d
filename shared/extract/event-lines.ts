/**
 * Events told in lines: a date no cue explains (role "unknown") with its entry — the line of a list item, table row or
 * paragraph that holds it, or the sentence of a long one — and its name part (the entry's text before the date,
 * "Titel – Datum, Uhrzeit, Ort"; else after it, "01.06. – Titel"; else the short line or block before it, a bold line
 * or heading over "01.06. von 15:00 bis 16:30 Uhr"). One candidate per such date, in one pass over the page's dates;
 * a learned decision (features/event-lines.ts, weights model/event-lines.ts) says which are events; each accepted one
 * becomes an event item unless an item of the page already stands on that day. Several mentions of one event (the
 * same day and an overlapping name) make one item.
 */
import { dayNumber } from '../time/days.ts';
import type { Block } from './blocks.ts';
import type { CueSet } from './cues/types.ts';
import { datesByBlock, type DateFact, type PageFacts } from './facts.ts';
import { eventLineFeatures, type EventLineClass } from './features/event-lines.ts';
import { recordContext } from './features/record-context.ts';
import { madeItems } from './features/line-made.ts';
import { findLocation } from './location.ts';
import type { LinePlace } from './line-location.ts';
import { classify, type Classifier } from './model/classifier.ts';
import { headingByBlock, type Section } from './sections.ts';
import type { Draft } from './types.ts';
import { inferYear, yearIn } from './years.ts';
import type { ClockTime } from './dates/types.ts';
import { isoClock as clock, isoDay as iso } from './dates/iso.ts';
import { isSupportedDate } from '../schema.ts';

/** The learned decision: its weights and the probability from which a candidate is an event. */
export interface EventLineModel {
  model: Classifier<EventLineClass>;
  threshold: number;
}

export interface EventLineCandidate {
  fact: DateFact;
  /** YYYY-MM-DD, the year inferred */
  day: string;
  name: string;
  entry: string;
  features: string[];
  /** the probability the model gives (when a model decided) */
  probability?: number;
}

export interface EventLineContext {
  blocks: Block[];
  facts: PageFacts;
  root: Section;
  cues: CueSet[];
  lang: string;
  url: string;
  today: string;
  published?: string;
  /** the items the page made so far */
  items: Draft[];
  /** the item kind of the unit that holds a block, by block id */
  itemOf: Map<number, 'event' | 'call'>;
  model?: EventLineModel;
  /** told every candidate with its features (training, diagnostics) */
  trace?: (c: EventLineCandidate) => void;
  /** the place of an event a line tells, given the rule's answer (line-location.ts: the learned location choice); absent: the rule's */
  place?: (p: LinePlace) => string | null;
  includePast?: boolean;
}

const SEPARATORS = /^[\s,;:|·•–—\-/(]+|[\s,;:|·•–—\-/(]+$/gu;
/** words that lead to a date and name nothing ("am", "vom", "on", "from") at the end of a name part */
const LEAD_WORDS = /(?:\s|^)(?:am|vom|ab|bis|den|dem|der|im|on|from|at|the|until|by|zum|zur|seit|since|des|ab dem)\s*$/iu;
/** a clock time or hours written after a date ("10:00 – 12:00 Uhr", "18 Uhr", "2–4 pm") */
const HOURS = /^[\s,;–—-]*(?:(?:von|ab|from|um|at|\|)\s*)?\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.)?(?:\s*(?:[-–—]|bis|to|until)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.)?)?/iu;

/** at most this many characters between two dates that a list joins ("29. und 30.", "19 April, 10 May") */
const JOIN = 6;

const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length;

/** The event items the page's unexplained dates make, besides `ctx.items`. */
export function eventLines(ctx: EventLineContext): Draft[] {
  const { facts, blocks, cues } = ctx;
  const datesOf = datesByBlock(facts);
  const loose = facts.dates.filter((f) => f.role === 'unknown' && !f.approximate && !f.recurring);
  if (!loose.length) return [];
  const headings = headingByBlock(ctx.root);
  // siblings: blocks of one list, one table, or one parent element that hold such dates
  const groupKey = groupKeys();
  const siblingCount = new Map<string, number>();
  for (const b of new Set(loose.map((f) => f.block))) siblingCount.set(groupKey(b), (siblingCount.get(groupKey(b)) ?? 0) + 1);
  const starts = new Set<string>();
  const deadlines = new Set<string>();
  const spans: Array<[string, string]> = [];
  // the days (as day numbers) an event item of the page starts or ends on: the next days are that event's
  const eventDays = new Set<number>();
  for (const it of ctx.items) {
    if (it.kind === 'event' && it.start) {
      eventDays.add(dayNumber(it.start.slice(0, 10)));
      if (it.end) eventDays.add(dayNumber(it.end.slice(0, 10)));
    }
    if (it.start) starts.add(it.start.slice(0, 10));
    for (const d of it.deadlines) deadlines.add(d.date);
    if (it.kind === 'event' && it.start && it.end && it.end.slice(0, 10) > it.start.slice(0, 10)) spans.push([it.start.slice(0, 10), it.end.slice(0, 10)]);
  }
  const blockTimes = new Map<number, PageFacts['times']>();
  for (const t of facts.times) blockTimes.set(t.block.id, [...(blockTimes.get(t.block.id) ?? []), t]);
  const eventItems = ctx.items.filter((it) => it.kind === 'event').length;
  const pagePlace = commonPlace(ctx.items);
  // what the listing around each block lists: the nouns of its sibling records (a calendar's events, an overview's calls)
  const recordOf = recordContext(blocks, datesOf, cues);
  // what each line says of the items the page already made (a call's dated line, an event's follow-up, a week around one)
  const madeOf = madeItems(ctx.items);
  const out: Draft[] = [];
  const made: Array<{ day: string; words: Set<string> }> = [];
  for (const fact of loose) {
    const heading = headings.get(fact.block.id);
    const year = inferYear(fact.start, false, { headingYear: heading ? yearIn(heading) : undefined, published: ctx.published, today: ctx.today }).year;
    const day = iso(year, fact.start.month, fact.start.day);
    if (!isSupportedDate(day) || starts.has(day)) continue;
    const endDay = fact.end ? iso(fact.end.year ?? year, fact.end.month, fact.end.day) : undefined;
    if ((endDay ?? day) < ctx.today && !ctx.includePast) continue;
    // the next day of an event an item stands for, joined to its first ("am 29. und 30. September"): that event's second day
    if (joinedTo(fact, datesOf).some((g) => starts.has(iso(g.start.year ?? year, g.start.month, g.start.day)))) continue;
    const { entry, at } = entryOf(fact);
    const named = nameOf(fact, entry, at, blocks, datesOf, heading);
    const mentioned = madeOf({ name: named.name, entry, day, endDay });
    const prev = blocks[fact.block.id - 1];
    const intro = prev && prev.text.trim().endsWith(':') ? prev.text : undefined;
    const features = eventLineFeatures({
      fact,
      entry,
      at,
      name: named.name,
      nameShape: named.shape,
      nameBold: named.bold,
      heading,
      intro,
      siblings: siblingCount.get(groupKey(fact.block)) ?? 1,
      datesInBlock: (datesOf.get(fact.block.id) ?? []).length,
      inItem: ctx.itemOf.get(fact.block.id),
      inSpan: spans.some(([s, e]) => day >= s && day <= e),
      deadlineDay: deadlines.has(day),
      afterEvent: eventDays.has(dayNumber(day) - 1) || eventDays.has(dayNumber(day) - 2),
      items: ctx.items.length,
      eventItems,
      joinedBefore: joinedTo(fact, datesOf).length > 0,
      joinedAfter: (datesOf.get(fact.block.id) ?? []).some((g) => g !== fact && g.index > fact.index && g.index - (fact.index + fact.text.length) <= JOIN),
      datesInEntry: (datesOf.get(fact.block.id) ?? []).filter((g) => g.index >= fact.index - at && g.index < fact.index - at + entry.length).length,
      candidates: loose.length,
      days: dayNumber(day) - dayNumber(ctx.today),
      beforePublished: !!ctx.published && day < ctx.published,
      hasTime: !!fact.start.time || blockTimes.has(fact.block.id),
      record: recordOf(fact.block),
      made: mentioned.features,
      lang: ctx.lang,
      cues,
    });
    const candidate: EventLineCandidate = { fact, day, name: named.name, entry, features };
    if (ctx.model) candidate.probability = classify(ctx.model.model, features).probabilities[ctx.model.model.classes.indexOf('event')];
    ctx.trace?.(candidate);
    // a mention of an item the page made (a short event's next day, a call's dated line on its deadline) makes no item;
    // it stays a candidate the decision is fitted on (marked `made:mention`), so the others' scale stays as it was
    if (mentioned.mention || !ctx.model || candidate.probability! < ctx.model.threshold) continue;
    // one event told twice (a teaser and its entry): the same day and an overlapping name
    const mine = nameWords(named.name || entry);
    if (made.some((m) => m.day === day && overlaps(m.words, mine))) continue;
    made.push({ day, words: mine });
    const hours = hoursOf(fact, entry, at, blockTimes.get(fact.block.id) ?? []);
    const startTime = clock(hours.start);
    const endTime = clock(hours.end);
    const start = startTime ? `${day}T${startTime}` : day;
    const end = endDay && endDay !== day ? endDay : endTime && startTime && endTime > startTime ? `${day}T${endTime}` : null;
    // a sentence's head as name part ("besteht die Möglichkeit, …"): the sentence's quoted name or event noun phrase names it
    const clause = !named.name || words(named.name) > 6 || /^\p{Ll}/u.test(named.name);
    const title = ((clause ? proseName(fact, entry, at, cues, ctx.lang) : undefined) || named.name || heading || entry).slice(0, 200);
    // the entry's own place (or "online" in it, its name or its heading), else the place the page's events share
    const rule = findLocation([{ ...fact.block, text: entry }], new Map(), `${named.name} ${heading ?? ''}`, cues).value ?? pagePlace;
    const location = ctx.place ? ctx.place({ fact, text: entry, title, rule }) : rule;
    out.push({
      kind: 'event',
      title,
      url: ctx.url,
      summary: fact.evidence.slice(0, 300),
      // the body the entry itself names as its host, else the page's first item's
      organizer: ctx.items[0]?.organizer ?? null,
      location,
      deadlines: [],
      deadline: null,
      start,
      end,
      programme: null,
      amount: null,
      evidence: [{ field: 'start', value: start, text: fact.evidence }],
      confidence: { kind: 0.6, title: 0.5, start: 0.6, end: 0.6, location: 0.5, organizer: 0.4, summary: 0.5, deadlines: 0.9 },
    });
  }
  return out;
}

/** The dates of the block that stand right before this one, joined to it ("29. und 30.", "19 April, 10 May"). */
function joinedTo(fact: DateFact, datesOf: Map<number, DateFact[]>): DateFact[] {
  return (datesOf.get(fact.block.id) ?? []).filter((g) => g !== fact && g.index < fact.index && fact.index - (g.index + g.text.length) <= JOIN);
}

/** The place most of the page's events give (a town's programme: its town), when one does. */
function commonPlace(items: Draft[]): string | null {
  const counts = new Map<string, number>();
  for (const it of items) if (it.kind === 'event' && it.location && it.location.length <= 40) counts.set(it.location, (counts.get(it.location) ?? 0) + 1);
  let best: string | null = null;
  for (const [place, n] of counts) if (!best || n > counts.get(best)!) best = place;
  return best;
}

/** The line of the block that holds the date; in a long line, the sentence (the fact's evidence). */
function entryOf(fact: DateFact): { entry: string; at: number } {
  const text = fact.block.text;
  const from = text.lastIndexOf('\n', fact.index) + 1;
  const to = text.indexOf('\n', fact.index);
  const line = text.slice(from, to < 0 ? undefined : to);
  if (line.length <= 240) return { entry: line, at: fact.index - from };
  const at = fact.evidence.indexOf(fact.text);
  return at >= 0 ? { entry: fact.evidence, at } : { entry: line, at: fact.index - from };
}

/** The entry's name part: its text before the date, else after it, else the line or short block before it. */
function nameOf(fact: DateFact, entry: string, at: number, blocks: Block[], datesOf: Map<number, DateFact[]>, heading: string | undefined) {
  // a title in quotes beside the date in running text ("… die Lesung „Die Kinder der Via Gluck“ am 28. November")
  const quoted = longEntry(entry) ? nearestQuote(entry, at, fact.text.length) : undefined;
  if (quoted) return { name: quoted, shape: 'quoted' as const, bold: false };
  // the sentence's part before the date: after the last full stop that ends a word (not an ordinal day, "25. September")
  const before = cleanName(entry.slice(0, at).replace(/^.*(?<=\p{L}{2}[.!?])\s+(?=\p{Lu})/su, '').replace(LEAD_WORDS, ''));
  if (words(before) >= 2 && before.length <= 160) return { name: before, shape: 'before' as const, bold: !!fact.block.lead && fact.block.text.startsWith(fact.block.lead) && fact.block.lead.length >= before.length - 2 };
  const rest = entry.slice(at + fact.text.length).replace(HOURS, '');
  const after = cleanName(rest.split(/(?<=[.!?])\s|\s[–—|]\s/u).find((s) => words(s) >= 2) ?? '');
  if (words(after) >= 2 && after.length <= 160) return { name: after, shape: 'after' as const, bold: false };
  // the line before within the block (a <br>-split paragraph), else the block before when it is short and undated
  const text = fact.block.text;
  const lineStart = text.lastIndexOf('\n', fact.index);
  if (lineStart > 0) {
    const prevLine = cleanName(text.slice(text.lastIndexOf('\n', lineStart - 1) + 1, lineStart));
    if (words(prevLine) >= 1 && prevLine.length <= 160) return { name: prevLine, shape: 'prev' as const, bold: !!fact.block.lead && text.startsWith(fact.block.lead) };
  }
  const prev = blocks[fact.block.id - 1];
  if (prev && prev.text.length <= 160 && words(prev.text) >= 1 && !(datesOf.get(prev.id) ?? []).length && !prev.text.trim().endsWith(':')) {
    return { name: cleanName(prev.text), shape: prev.type === 'heading' ? ('heading' as const) : ('prev' as const), bold: prev.type === 'heading' || (!!prev.lead && prev.lead === prev.text) };
  }
  return { name: '', shape: 'none' as const, bold: false };
}

/**
 * The name of an event told in a sentence (a paragraph's prose, not a list's line): the quoted name beside the date,
 * else the event noun phrase of the sentence — an event noun (cues' eventNouns) with its complements ("Vortrag über
 * Ernährung", "Workshop zu Fördermitteln", "info session on the new programme") — the one nearest the date, from the
 * part before it, else after it. Undefined for lists, tables and short lines (their name parts stay as they are).
 */
export function proseName(fact: DateFact, entry: string, at: number, cues: CueSet[], lang: string): string | undefined {
  if (fact.block.list || fact.block.cell || words(entry) < PROSE_WORDS) return undefined;
  const quoted = nearestQuote(entry, at, fact.text.length);
  if (quoted) return quoted;
  const before = entry.slice(0, at).replace(/^.*(?<=\p{L}{2}[.!?])\s+(?=\p{Lu})/su, '');
  const after = entry.slice(at + fact.text.length).split(/(?<=\p{L}{2}[.!?])\s/u)[0];
  const german = lang.startsWith('de');
  return nounPhrase(before, cues, german, true) ?? nounPhrase(after, cues, german, false);
}

/** an entry of at least this many words is a sentence, not a list's line */
const PROSE_WORDS = 8;
/** words that go on an event noun's phrase: its complement's prepositions, articles and joins */
const COMPLEMENT = /^(?:über|zu|zum|zur|zu|durch|mit|für|rund|um|von|zwischen|gegen|nach|bei|in|an|auf|aus|unter|der|die|das|den|dem|des|ein|eine|einer|einem|eines|und|oder|sowie|&|on|about|for|with|of|the|a|an|and|or|to|into|in|around|between|from)$/iu;
/** words that end the phrase though they could continue it: verbs and separated particles at a clause's end */
const PHRASE_END = /^(?:am|um|ab|vom|bis|im|statt|teil|findet|finden|stattfindet|lädt|laden|ladet|wird|werden|ist|sind|gibt|bietet|bieten|veranstaltet|organisiert|will|kann|können|soll|hat|haben|is|are|will|takes|held|hosted|organised|organized|starts|begins|at)$/iu;

/** a German adjective before its noun ("gesunde Ernährung", "neuen Förderprogramm") */
const ADJECTIVE = /^\p{Ll}+(?:e|en|er|es|em)$/u;

/** The event noun phrase of a piece of a sentence, the one nearest its date end (`last`: the last noun), if any. */
function nounPhrase(text: string, cues: CueSet[], german: boolean, last: boolean): string | undefined {
  const compound = cues.map((c) => new RegExp(`^\\p{L}{4,}(?:${c.eventNouns.source})$`, 'iu'));
  const tokens = text.split(/\s+/).filter(Boolean);
  let from = -1;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].replace(/^[^\p{L}]+|[^\p{L}\d]+$/gu, '');
    if (!word || !cues.some((c) => c.eventNouns.test(word))) continue;
    // a German noun is written capitalised ("treffen" is a verb), an English one is not
    if (german && /^\p{Ll}/u.test(word)) continue;
    from = i;
    if (!last) break;
  }
  if (from < 0) return undefined;
  const out: string[] = [];
  for (let i = from; i < tokens.length && out.length < 12; i++) {
    const token = tokens[i];
    const word = token.replace(/[,;:!?()]+$|\.$/u, '');
    if (i > from && (PHRASE_END.test(word) || !word)) break;
    // a lower-case word that neither joins nor complements ends it (a verb), a capitalised one (a noun) goes on
    if (i > from && german && /^\p{Ll}/u.test(word) && !COMPLEMENT.test(word) && !(ADJECTIVE.test(word) && word === token && /^\p{Lu}/u.test(tokens[i + 1] ?? ''))) break;
    if (i > from && /^(?:ein|an|auf)$/iu.test(word) && (i === tokens.length - 1 || word !== token)) break;
    out.push(word);
    if (word !== token) break;
  }
  while (out.length > 1 && COMPLEMENT.test(out[out.length - 1])) out.pop();
  const phrase = cleanName(out.join(' ')).replace(LEAD_WORDS, '').trim();
  // a bare event noun ("Vortrag", "Online-Workshops") names no event; a compound that ends in one does ("Klimakongress")
  return words(phrase) >= 2 || compound.some((c) => c.test(phrase)) ? phrase : undefined;
}

const QUOTES = /[„“"»«‚][^„“"»«\n]{3,120}[“”"«»‘']/gu;

function longEntry(entry: string): boolean {
  return entry.length > 120;
}

/** The quoted span nearest to the date (at most 80 characters away; one before it, the name first, preferred), if any. */
function nearestQuote(entry: string, at: number, length: number): string | undefined {
  let best: { text: string; gap: number } | undefined;
  for (const m of entry.matchAll(QUOTES)) {
    const gap = m.index + m[0].length <= at ? at - (m.index + m[0].length) : m.index >= at + length ? 20 + m.index - (at + length) : 0;
    if (gap <= 80 && (!best || gap < best.gap)) best = { text: m[0].slice(1, -1).trim(), gap };
  }
  return best && words(best.text) >= 1 ? best.text : undefined;
}

/**
 * The hours of an entry: the date's own clock time, else the one time its block gives (an entry line "June 3,
 * 2:00-3:00 PM ET", "jeweils um 15 Uhr"), else the hours written right after the date.
 */
function hoursOf(fact: DateFact, entry: string, at: number, times: PageFacts['times']): { start?: ClockTime; end?: ClockTime } {
  if (fact.start.time) return { start: fact.start.time, end: fact.end?.time };
  if (times.length === 1) return { start: times[0].start, end: times[0].end };
  const m = AFTER_HOURS.exec(entry.slice(at + fact.text.length, at + fact.text.length + 40));
  // a bare number is no hour: minutes or a unit ("15 Uhr", "2 pm") make it one
  if (!m || (!m[2] && !m[3] && !m[6])) return {};
  const pm = (h: number, mark: string | undefined) => (mark && /p/i.test(mark) && h < 12 ? h + 12 : h);
  const endMark = m[6];
  const start = { hour: pm(Number(m[1]), m[3] ?? endMark), minute: Number(m[2] ?? 0) };
  const end = m[4] ? { hour: pm(Number(m[4]), endMark), minute: Number(m[5] ?? 0) } : undefined;
  return { start, end };
}

const AFTER_HOURS = /^[\s,;–—-]*(?:um|ab|von|from|at|\|)?\s*(\d{1,2})(?:[:.](\d{2}))?\s*(uhr|h|a\.?m\.?|p\.?m\.?)?(?:\s*(?:[-–—]|bis|to|until)\s*(\d{1,2})(?:[:.](\d{2}))?\s*(uhr|h|a\.?m\.?|p\.?m\.?)?)?(?=[\s,;.)]|$)/iu;

function cleanName(text: string): string {
  return text.replace(/\s+/g, ' ').replace(SEPARATORS, '').replace(LEADING_WORDS, '').trim();
}

/** words that open a date's phrase ("Am 01. und …", "Vom …"), no name */
const LEADING_WORDS = /^(?:am|vom|ab|on|from|at|bis|until)\s+(?=\S)/iu;

/** A block's structure: its list, its table, or its parent element (one pass over the blocks). */
function groupKeys(): (b: Block) => string {
  const ids = new Map<object, number>();
  return (b) => {
    if (b.list) return `l${b.list.id}`;
    if (b.cell) return `t${b.cell.table}`;
    const parent = b.node.parent ?? b.node;
    if (!ids.has(parent)) ids.set(parent, ids.size);
    return `p${ids.get(parent)}:${b.node.tag}`;
  };
}

function nameWords(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length >= 3));
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  if (!a.size || !b.size) return true;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size) >= 0.5;
}
