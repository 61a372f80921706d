/**
 * The candidates for an item's title (pure): the rule cascade's answer (title-rules.ts), the headings h1–h4 near the
 * item, the page's hero heading, the <title> and og:title without the site's name, the JSON-LD event's name, the first
 * bold line of the item's blocks, a table row's name cell, the sentence naming a call ("Förderaufruf „…“"), the
 * programme the item's text names and the heading over the item's deadlines. Each candidate keeps every source it came
 * from and where it stands; the learned choice (title-choice.ts) scores them.
 */
import { isStatusMark } from './features/status-words.ts';
import type { Block } from './blocks.ts';
import { cueSets } from './cues/index.ts';
import type { DateFact } from './facts.ts';
import { titleCues } from './cues/title-words.ts';
import { allSections, type Section } from './sections.ts';
import type { Unit } from './segment.ts';
import { cleanTitle, findProgramme, headingTitle, strippedTitles } from './title.ts';
import { deadlineSection, quotedCall, type TitleContext } from './title-rules.ts';
import { atMost } from './sorted.ts';
import { wordsBeforeQuotes } from './quoted-name.ts';

export type CandidateSource =
  | 'rule'
  | 'heading'
  | 'subtitle'
  | 'hero'
  | 'doc-title'
  | 'og-title'
  | 'json-ld'
  | 'lead'
  | 'row-name'
  | 'quoted-call'
  | 'programme'
  | 'quoted'
  | 'named-quote'
  | 'owner-funding'
  | 'deadline-section'
  | 'undated';

export interface TitleCandidate {
  /** the title as it would be shown (cleanTitle) */
  text: string;
  sources: CandidateSource[];
  /** the heading level (1–6) when a heading is among its sources */
  level?: number;
  /** the block it was read from, when it stands in the content */
  block?: Block;
  /** its place among the page's headings (0: the first), when it is one */
  headingIndex?: number;
  /** it stands above the item's blocks (a heading over a list or a section) */
  above?: boolean;
}

/** at most this many headings of a page are candidates, and this many candidates in all */
const MAX_HEADINGS = 10;
const MAX_CANDIDATES = 24;
const MAX_LEAD = 160;
/** quoted names are looked for in the first characters of an item's text, at most three */
const MAX_SCAN = 3000;
const QUOTED = /[„"“»]([^“"”«\n]{3,120})[“"”«]/gu;
/** a quoted name with the noun written right before it ("Programm „Zeigen, was geht“", "Regionalforum „…“") */
const NOUN_QUOTED = /(?<![\p{L}\d-])(\p{Lu}[\p{L}\d-]{2,40})\s[„"“»]([^“"”«\n]{3,120})[“"”«]/uy;
/** a character of NOUN_QUOTED's noun: its matches are tried only where a run of them stands before a quote (quoted-name.ts) */
const NOUN_CHAR = /^[\p{L}\d-]$/u;
/** the opening quote QUOTED and NOUN_QUOTED need */
const OPENING_QUOTE = /[„"“»]/u;
/** a date written in a title ("20.4.2016", "16. Juni", "May 3", "2026-05-03") */
export const DATE_IN_TEXT = /(?<!\d)\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?|(?<!\d)\d{1,2}\.\s?(?:jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez)\p{L}*|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s\d{1,2}|\d{4}-\d{2}-\d{2}/iu;
/** a clock time or a day before its month's name ("14:30", "Monday 5 October"): a part of the date */
const DATE_PART = /(?<!\d)\d{1,2}[:.]\d{2}(?!\d)|(?<!\d)\d{1,2}\.?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?![\p{L}])/iu;
/** the parts of a heading between dashes or bars ("So 16. Juni – Tansania Tag", "Seminar »…« - 20.4.2016, Bonn") */
const PART = /\s+[–—|-]\s+/u;

/** a noun that names a programme, a call or an event ("Förderprogramm", "Regionalforum", "Wettbewerb") */
function namesKind(noun: string, cues: TitleContext['cues']): boolean {
  return titleCues.programme.test(noun) || titleCues.event.test(noun) || cues.some((c) => c.eventNouns.test(noun));
}

/** A title without the parts that hold its date (and the place written after it), or undefined when none or all do. */
export function undated(text: string): string | undefined {
  const parts = text.split(PART);
  if (parts.length < 2) return undefined;
  const kept = parts.filter((p) => !DATE_IN_TEXT.test(p) && !DATE_PART.test(p));
  return kept.length && kept.length < parts.length ? kept.join(' – ') : undefined;
}

type Headed = Section & { heading: Block };
const headedCache = new WeakMap<Section, { headed: Headed[]; index: Map<number, number> }>();

/** The page's sections under a heading h1–h4 in tree order, and each heading's place among them: once per page, not per unit. */
function headedOf(root: Section): { headed: Headed[]; index: Map<number, number> } {
  let found = headedCache.get(root);
  if (!found) {
    const headed = allSections(root).filter((s): s is Headed => !!s.heading && s.heading.level <= 4);
    headedCache.set(root, (found = { headed, index: new Map(headed.map((s, i) => [s.heading.id, i])) }));
  }
  return found;
}

/**
 * Which of the blocks holds an offset of their texts joined by newlines (the offset -1: none): the block starts once,
 * each look-up a binary search.
 */
function blockAt(blocks: readonly Block[]): (offset: number) => Block | undefined {
  const starts: number[] = [];
  let next = 0;
  for (const b of blocks) {
    starts.push(next);
    next += b.text.length + 1;
  }
  // the block that holds an offset is the last one starting at or before it
  return (offset) => (offset < 0 || !blocks.length ? undefined : blocks[atMost(starts, offset) - 1]);
}

/** The candidates of one unit, the rule's answer first; duplicates (same text, case aside) merged. */
export function titleCandidates(unit: Unit, facts: DateFact[], ctx: TitleContext, rule: string): TitleCandidate[] {
  const { cues, meta } = ctx;
  const out = new Map<string, TitleCandidate>();
  const add = (raw: string | undefined, source: CandidateSource, where: Partial<Omit<TitleCandidate, 'text' | 'sources'>> = {}) => {
    if (!raw || out.size >= MAX_CANDIDATES) return;
    const text = cleanTitle(raw, cues);
    if (!text || text.length < 2) return;
    const key = text.toLowerCase();
    const seen = out.get(key);
    if (!seen) {
      out.set(key, { text, sources: [source], ...where });
      return;
    }
    if (!seen.sources.includes(source)) seen.sources.push(source);
    seen.level ??= where.level;
    seen.block ??= where.block;
    seen.headingIndex ??= where.headingIndex;
    seen.above ||= where.above;
  };
  add(rule, 'rule');

  const { headed, index } = headedOf(ctx.root);
  const first = unit.blocks[0]?.id ?? 0;
  const addHeading = (s: Headed) => {
    const where = { level: s.heading.level, block: s.heading, headingIndex: index.get(s.heading.id), above: s.heading.id < first };
    add(s.heading.text, 'heading', where);
    if (s.subtitle) {
      add(headingTitle(s.heading, s.subtitle), 'heading', where);
      add(s.subtitle.text, 'subtitle', { ...where, block: s.subtitle });
    }
  };
  if (unit.source === 'page') {
    for (const s of headed.slice(0, MAX_HEADINGS)) addHeading(s);
    add(meta.heading, 'hero', { level: 1, headingIndex: -1 });
    add(meta.events[0]?.name, 'json-ld');
  } else {
    // the unit's own headings in the page's order, then the headings above it (nearest first); each looked up by its
    // place among the page's headings (a scan of every heading per unit is units × headings on a long listing)
    const own = new Set<number>();
    for (const b of unit.blocks) {
      const i = b.type === 'heading' ? index.get(b.id) : undefined;
      if (i !== undefined) own.add(i);
    }
    for (const i of [...own].sort((a, b) => a - b)) addHeading(headed[i]);
    for (const h of unit.headings.slice(0, 3)) {
      const i = index.get(h.id);
      if (i !== undefined) addHeading(headed[i]);
      else add(h.text, 'heading', { level: h.level, block: h, above: true });
    }
  }
  if (unit.source !== 'list' && unit.source !== 'row') {
    const stripped = strippedTitles(meta, ctx.host);
    if (meta.title) add(stripped.title, 'doc-title');
    if (meta.ogTitle) add(stripped.ogTitle, 'og-title');
  }

  // the first bold line of the item's blocks that is no field label and no date line
  // (nor a status mark: a bold "Abgesagt" or "Neu!" says how the item stands, not what it is)
  const lead = unit.blocks.find((b) => b.type !== 'heading' && b.lead && b.lead !== b.label && !/:$/.test(b.lead) && b.lead.length <= MAX_LEAD && !isStatusMark(b.lead) && !facts.some((f) => f.block === b && b.lead!.includes(f.text)));
  if (lead) add(lead.lead, 'lead', { block: lead });
  if (unit.source === 'row') {
    const name = unit.blocks.find((b) => !facts.some((f) => f.block === b) && b.text.split(/\s+/).length >= 2 && !/^[\d.,\s€%–-]+(?:euro|eur)?/i.test(b.text));
    if (name) add(name.text.replace(/\s*\([^)]*\)/g, ''), 'row-name', { block: name });
  }

  const text = unit.blocks.map((b) => b.text).join('\n');
  // a name read out of the item's text stands in a block too: the block that holds it (its distance to the dates is a feature)
  const at = blockAt(unit.blocks);
  add(quotedCall(text), 'quoted-call');
  // the programme the text names in quotes; a lone compound ("Aktionsfonds", "Bundeswettbewerb") names its kind, not the item
  const programme = findProgramme(text, cues);
  if (programme && /\s/.test(programme)) add(programme, 'programme', { block: at(text.indexOf(programme)) });
  // a quoted name in the item's text („Aktiv für Toleranz und Demokratie“)
  const head = text.slice(0, MAX_SCAN);
  // (both patterns need an opening quote: a text without one is not searched)
  const quotes = OPENING_QUOTE.test(head);
  if (quotes) for (const m of [...head.matchAll(QUOTED)].slice(0, 3)) add(m[1], 'quoted', { block: at(m.index) });
  // a quoted name with the programme or event noun before it: the name keeps the kind its noun says
  const named = quotes ? wordsBeforeQuotes(head, NOUN_QUOTED, NOUN_CHAR).filter((m) => namesKind(m[1], cues)).slice(0, 3) : [];
  for (const m of named) {
    add(`${m[1]} „${m[2]}“`, 'quoted', { block: at(m.index) });
    add(`${m[1]} „${m[2]}“`, 'named-quote', { block: at(m.index) });
  }
  // a funding page whose every heading is a label ("Antragstellung"): the funding of the body that publishes it
  const owner = meta.siteName ?? meta.logo ?? meta.publisher;
  if (owner && owner.length <= 80 && cues.some((c) => c.callNouns.test(text))) add(cues[0] === cueSets.de ? `Förderung der ${owner}` : `${owner} funding`, 'owner-funding');
  if (unit.source === 'page') add(deadlineSection(facts, ctx.root, headed[0])?.replace(/^\d{1,2}\.\s+(?=\p{Lu})/u, ''), 'deadline-section');
  // a heading or the rule's answer without its date part: the name the date was written beside
  for (const c of [...out.values()]) if (c.sources.some((x) => x === 'rule' || x === 'heading' || x === 'lead')) add(undated(c.text), 'undated', { level: c.level, block: c.block, headingIndex: c.headingIndex, above: c.above });
  return [...out.values()];
}
