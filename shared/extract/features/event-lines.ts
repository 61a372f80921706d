/**
 * The features of one event-line candidate (event-lines.ts): a date no cue explains, with its entry (the line or
 * sentence that holds it) and its name part. Binary, no names: the entry's shape (time, weekday, the date first,
 * a place, its length), the name's shape, whether siblings of the same structure are dated too (a listing), event and
 * call nouns around it, where the date lies against `now` and the page's publication, whether an item of the page
 * already stands around it (a call's unit, an event's agenda), the page's own signals, and what the listing around it
 * lists (record-context.ts: its sibling records name events or calls). No pairs of features: the hand-picked pairs
 * of the core signals were dropped in round 9 — the model without them, less regularised, ranks the candidates it is
 * surest of better (docs/extraction.md, "Event lines: the listing's records").
 */
import type { Block } from '../blocks.ts';
import type { CueSet } from '../cues/types.ts';
import type { DateFact } from '../facts.ts';
import { statusWords, toldInPast } from './status-words.ts';
import { bucket } from './bucket.ts';
import { noEventDates } from './no-event-dates.ts';

export type EventLineClass = 'other' | 'event';

/** What the features read beside the candidate's own text. */
export interface EventLineFeatureInput {
  fact: DateFact;
  /** the entry: the line of the block (or the sentence of a long one) that holds the date */
  entry: string;
  /** where the date stands in `entry` */
  at: number;
  name: string;
  nameShape: 'before' | 'after' | 'prev' | 'heading' | 'quoted' | 'none';
  /** the name stands bold or as a heading */
  nameBold: boolean;
  heading?: string;
  intro?: string;
  /** blocks of the same structure (list, table, parent element) that hold such dates, this one included */
  siblings: number;
  /** dates in the block */
  datesInBlock: number;
  /** the kind of the item whose unit holds the block, if any */
  inItem?: 'event' | 'call';
  /** an event item of the page spans the day (an agenda slot of that event) */
  inSpan: boolean;
  /** a deadline of an item of the page falls on the day */
  deadlineDay: boolean;
  /** an event item of the page starts or ends one or two days before the day (its next day: a forum's workshop day,
   * a course's second part) */
  afterEvent: boolean;
  /** items the page made before this step */
  items: number;
  /** of those, events */
  eventItems: number;
  /** dates in the entry (a sentence that lists several days, a line with one) */
  datesInEntry: number;
  /** another date stands right before this one ("29. und 30. September", "19 April, 10 May") or right after it */
  joinedBefore: boolean;
  joinedAfter: boolean;
  /** candidates on the page */
  candidates: number;
  /** days from `today` to the date (resolved year) */
  days: number;
  /** the date lies before the page's publication */
  beforePublished: boolean;
  hasTime: boolean;
  /** what the listing around its block lists (record-context.ts): the nouns of the sibling records */
  record?: string[];
  /** what the line says of the items the page already made (line-made.ts) */
  made?: string[];
  lang: string;
  cues: CueSet[];
}

const WEEKDAY = /(?<![\p{L}])(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}])/iu;
const ADDRESS = /\b\d{4,5}\s+\p{Lu}|(?:straße|strasse|str\.|platz|allee|gasse|weg|street|road|avenue|rathaus|halle|saal|hall|centre|center|zentrum|haus|kirche|bibliothek|library|museum)(?![\p{L}])/iu;
const QUOTED = /^[„“"»«‚'].*[“”"«»‘']$/u;


export function eventLineFeatures(c: EventLineFeatureInput): string[] {
  const { fact, entry, cues } = c;
  const test = (pick: (s: CueSet) => RegExp, text: string | undefined) => !!text && cues.some((s) => pick(s).test(text));
  const out = [
    'bias',
    `lang:${c.lang}`,
    `len:${bucket(entry.length, [40, 80, 160, 320])}`,
    `block:${fact.block.type}${fact.block.list ? ':list' : ''}${fact.block.cell ? ':cell' : ''}`,
    `name:${c.nameShape}`,
    `sib:${bucket(c.siblings, [2, 3, 6])}`,
    `dates:${bucket(c.datesInBlock, [2, 3, 6])}`,
    `items:${bucket(c.items, [1, 2, 4])}`,
    `page:${!c.items ? 'none' : !c.eventItems ? 'calls' : c.eventItems === c.items ? 'events' : 'both'}`,
    `edates:${bucket(c.datesInEntry, [2, 3, 5])}`,
    `cands:${bucket(c.candidates, [2, 4, 10])}`,
    `when:${c.days < 0 ? 'past' : bucket(c.days, [8, 31, 120, 366])}`,
    `year:${fact.start.year === null ? 'none' : 'written'}`,
    `in:${c.inItem ?? 'none'}`,
  ];
  if (c.name) out.push(`namelen:${bucket(c.name.length, [15, 40, 80, 140])}`);
  if (c.nameBold) out.push('name:bold');
  // a sentence's fragment ("folgen Workshops für …", "wird in Dresden …") rather than a title
  if (/^\p{Ll}/u.test(c.name)) out.push('name:lower');
  if (c.name.split(/\s+/).length > 8) out.push('name:clause');
  if (QUOTED.test(c.name.trim())) out.push('name:quoted');
  if (c.hasTime) out.push('time');
  if (fact.end) out.push(fact.end.day !== fact.start.day || fact.end.month !== fact.start.month ? 'range:days' : 'range:hours');
  if (WEEKDAY.test(entry.slice(Math.max(0, c.at - 16), c.at + fact.text.length))) out.push('weekday');
  if (/^[^\p{L}\d]{0,3}(?:\p{L}{1,10}[.,]?\s*){0,1}$/u.test(entry.slice(0, c.at))) out.push('date-first');
  if (test((s) => s.online, entry)) out.push('online');
  if (ADDRESS.test(entry)) out.push('place');
  if (test((s) => s.eventNouns, entry)) out.push('noun:entry');
  if (test((s) => s.eventNouns, c.name)) out.push('noun:name');
  if (test((s) => s.eventNouns, c.heading)) out.push('noun:heading');
  if (test((s) => s.eventNouns, c.intro)) out.push('noun:intro');
  if (test((s) => s.callNouns, entry)) out.push('call:entry');
  if (test((s) => s.callNouns, c.name)) out.push('call:name');
  if (test((s) => s.callNouns, c.heading)) out.push('call:heading');
  if (test((s) => s.councilSession, `${c.name} ${entry}`)) out.push('council');
  if (c.inSpan) out.push('in:span');
  if (c.joinedBefore) out.push('joined:before');
  if (c.joinedAfter) out.push('joined:after');
  if (c.deadlineDay) out.push('deadline-day');
  if (c.beforePublished) out.push('before-published');
  if (fact.recurring) out.push('recurring');
  if (toldInPast(fact.evidence)) out.push('told-past');
  out.push(...statusWords('entry', entry));
  // a closure or an election told on the day (no-event-dates.ts)
  out.push(...noEventDates(entry));
  // the heading over the line says how its event stands ("ABGESAGT: Exkursion …", "Rückblick", "verschoben")
  if (c.heading) out.push(...statusWords('heading', c.heading));
  if (c.afterEvent) out.push('after-event');
  for (const cue of fact.cues) out.push(`cue:${cue}`);
  if (c.record) out.push(...c.record);
  if (c.made) out.push(...c.made);
  return out;
}
