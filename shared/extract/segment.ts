/**
 * Segmentation: which parts of the page are items. A listing (calendar, newsletter, overview of deadlines) gives one
 * unit per list entry, table row or sibling section that carries its own date; an event section inside a call's page
 * (an info webinar) is a unit of its own; everything else is the page's own unit. Whether a unit really is a call or
 * an event is decided later (assemble.ts).
 */
import type { Block } from './blocks.ts';
import type { CueSet } from './cues/types.ts';
import { anchors, datesByBlock, type DateFact, type PageFacts } from './facts.ts';
import { openCallSiblings } from './call-siblings.ts';
import { closingDate, openingDate } from './dated-heading.ts';
import { datedListEntries, introSentence } from './list-entries.ts';
import { dayEntries } from './day-lines.ts';
import { deadlineLines } from './deadline-lines.ts';
import { groupBy } from './group-by.ts';
import { findRecords } from './records.ts';
import { allSections, headingsAbove, sectionBlocks, type Section } from './sections.ts';

export interface Unit {
  source: 'page' | 'list' | 'row' | 'section';
  blocks: Block[];
  /** the section the unit is (page and section units) */
  section?: Section;
  /** the section the entry stands in (list and row units) */
  within?: Section;
  /** headings above the unit (for kind cues and years) */
  headings: Block[];
  /** the sentence that introduces the unit's list ("… stellt Interreg die Themen in Webinaren vor:"): what the entry is */
  intro?: string;
  /** a listing record's date line ("24.04.2019", "May 22, 2024 Brussels, Belgium" beside its heading): when it happens */
  dateLine?: Block;
  /** a call an overview presents beside a dated one without a date of its own: open now (call-siblings.ts) */
  open?: boolean;
}

/**
 * A segmentation given to extraction in place of the rule cascade (`extract({ segmenter })`), e.g. the learned one
 * (model/units.ts `learnedSegmenter`). A function, so an extractor that runs without it (the clip content script) does
 * not carry its code.
 */
export type Segmenter = (root: Section, blocks: Block[], facts: PageFacts, cues: CueSet[], today: string) => Segmentation;

export interface Segmentation {
  units: Unit[];
  /** event dates outside an event's own section that describe that event (they make no item of their own) */
  claimed: Set<number>;
  notes: string[];
}


/** Splits the page into units. */
export function segment(root: Section, blocks: Block[], facts: PageFacts, cues: CueSet[]): Segmentation {
  const notes: string[] = [];
  const datesOf = datesByBlock(facts);
  const factsIn = (bs: Block[]) => bs.flatMap((b) => datesOf.get(b.id) ?? []);
  const sectionOf = new Map<number, Section>();
  for (const s of allSections(root)) for (const b of [...(s.heading ? [s.heading] : []), ...(s.subtitle ? [s.subtitle] : []), ...s.blocks]) sectionOf.set(b.id, s);
  const isFieldHeading = (text: string) => text.length <= 60 && cues.some((c) => c.fieldHeadings.test(text) && text.search(c.fieldHeadings) === 0);
  const taken = new Set<number>();
  const claimed = new Set<number>();
  const units: Unit[] = [];
  const add = (unit: Unit) => {
    unit.blocks.forEach((b) => taken.add(b.id));
    units.push(unit);
  };

  // (a) list entries that each carry their own date and a name (list-entries.ts)
  for (const [id, dated] of datedListEntries(blocks, facts.dates, datesOf, (entry) => namedEntry(entry, datesOf))) {
    notes.push(`list ${id}: ${dated.length} dated entries → one item each`);
    const intro = introSentence(blocks, dated[0][0]);
    for (const entry of dated) add({ source: 'list', blocks: entry, within: sectionOf.get(entry[0].id), headings: headingsAbove(sectionOf.get(entry[0].id)), ...(intro ? { intro } : {}) });
  }

  // (b) table rows with a name cell and a date
  const tables = groupBy(blocks.filter((b) => b.cell && !b.cell.header), (b) => b.cell!.table);
  for (const [id, cells] of tables) {
    const rows = [...groupBy(cells, (b) => b.cell!.row).values()];
    const named = rows.filter((row) => anchors(factsIn(row)).some((f) => f.role !== 'unknown') && row.some((c) => isNameCell(c, datesOf, cues)));
    if (named.length >= 2) {
      notes.push(`table ${id}: ${named.length} rows with a name and a date → one item each`);
      for (const row of named) add({ source: 'row', blocks: row, within: sectionOf.get(row[0].id), headings: headingsAbove(sectionOf.get(row[0].id)) });
    }
  }

  // (b2) repeated records of a listing (records.ts): sibling containers of one kind, each with its own date and name
  // a container that holds the page's own title (an <h1>) is the page in a box (one language of two), not an entry
  const title = allSections(root).find((s) => s.heading)?.heading;
  const pageTitle = title?.level === 1 ? title : undefined;
  const traits = {
    dated: (b: Block) => anchors(datesOf.get(b.id) ?? []).some((f) => !f.approximate),
    named: (b: Block) => namedEntry([b], datesOf),
    excluded: (b: Block) => taken.has(b.id) || b === pageTitle,
    fieldHeading: (b: Block) => isFieldHeading(b.text),
    anchored: (b: Block) => (datesOf.get(b.id) ?? []).some((f) => !f.approximate && (f.role === 'event' || f.role === 'deadline' || (f.role === 'unknown' && !!f.start.time))),
  };
  for (const records of findRecords(blocks, traits)) {
    notes.push(`${records.length} repeated records <${records[0].node.tag}> with a date and a name → one item each`);
    for (const { blocks: entry } of records) add(recordUnit(entry, sectionAround(entry, sectionOf) ?? root, datesOf));
  }

  // (c) sibling sections that each announce their own event or deadline
  const datedHeading = (h: Block) => openingDate(h, datesOf.get(h.id) ?? []) ?? closingDate(h, datesOf.get(h.id) ?? []);
  // a section without a date that invites applications now (a fund an overview presents: "Anträge können … eingereicht
  // werden", "Zum Antrag", "is accepting applications") announces an open call as a deadline would
  const invites = (s: Section) => !s.children.length && sectionBlocks(s).some((b) => facts.rolling.has(b.id) && cues.some((c) => c.invites.test(b.text)));
  const roleOf = (s: Section) => anchorRole(factsIn(sectionBlocks(s)), s.heading!.text, cues) ?? (datedHeading(s.heading!) ? 'event' : invites(s) ? 'deadline' : null);
  // a lone dated section under its own heading ("Termine" beside "Aus dem Netzwerk"): an entry once the page is a listing
  const pending: Section[] = [];
  for (const parent of allSections(root)) {
    const candidates = parent.children.filter((s) => s.heading && !isFieldHeading(s.heading.text) && !sectionBlocks(s).some((b) => taken.has(b.id)));
    const roles = new Map(candidates.map((s) => [s, roleOf(s)]));
    // a newsletter's rubric ("Neues aus dem Netzwerk") whose subsections carry the dates holds entries; it is none
    const byRole = groupBy(candidates.filter((s) => roles.get(s) !== null && s.children.filter((c) => c.heading && !isFieldHeading(c.heading.text) && roleOf(c) !== null).length < 2), (s) => roles.get(s)!);
    // an undated sibling that names a call beside a sibling with its own deadline (a funding overview's two funds) is a
    // call of its own, open now (call-siblings.ts)
    const open = new Set(openCallSiblings(candidates, (s) => factsIn(sectionBlocks(s)), cues).filter((s) => roles.get(s) === null));
    if (open.size) byRole.set('deadline', [...(byRole.get('deadline') ?? []), ...open]);
    // once two siblings make a listing (a newsletter's calls), a lone sibling of the other kind (its one event) is an entry too
    const isListing = [...byRole.values()].some((siblings) => siblings.length >= 2);
    // in a listing, a sibling dated only by one date no cue explains ("Vom 5. bis 7. Oktober vertiefen …") is one more
    // event; a sibling with several such dates is a listing of its own (paragraphs the other steps read)
    if (isListing) {
      const lone = (f: DateFact[]) => f.length === 1 && f[0].role === 'unknown' && !f[0].approximate;
      const dated = candidates.filter((s) => roles.get(s) === null && !s.children.length && lone(factsIn(sectionBlocks(s))));
      if (dated.length) byRole.set('event', [...(byRole.get('event') ?? []), ...dated]);
    }
    for (const [role, siblings] of byRole) {
      if (siblings.length < 2 && !isListing) {
        pending.push(...siblings);
        continue;
      }
      notes.push(`${siblings.length} sibling sections with their own ${role} → one item each`);
      for (const s of siblings) add({ source: 'section', blocks: sectionBlocks(s), section: s, headings: headingsAbove(s.parent), ...(open.has(s) ? { open: true } : {}) });
    }
  }

  // (c1) sections whose headings open with their date, each alone under its own heading ("Termine", "Globale
  // Partnerschaften"): entries once the page has a listing or two of them; so are the other lone dated sections then
  const lone = allSections(root).filter((s) => s.heading && s.parent && !s.children.length && openingDate(s.heading, datesOf.get(s.heading.id) ?? []) && !sectionBlocks(s).some((b) => taken.has(b.id)));
  if (lone.length >= 2 || (lone.length && units.some((u) => u.source === 'section'))) {
    notes.push(`${lone.length} more section(s) opening with their date → one item each`);
    for (const s of lone) add({ source: 'section', blocks: sectionBlocks(s), section: s, headings: headingsAbove(s.parent) });
  }
  if (units.some((u) => u.source === 'section')) {
    for (const s of pending) {
      if (sectionBlocks(s).some((b) => taken.has(b.id))) continue;
      notes.push(`section "${s.heading!.text.slice(0, 60)}": a lone dated entry of the listing`);
      add({ source: 'section', blocks: sectionBlocks(s), section: s, headings: headingsAbove(s.parent) });
    }
  }

  // (c2) a newsletter without headings: parts between thematic breaks (<hr>, "***") that each open with a title line and
  // announce their own event or deadline
  for (const s of allSections(root)) {
    const parts = ruleParts(s.blocks.filter((b) => !taken.has(b.id)));
    const entries = parts.filter((part) => part.length >= 2 && isTitleLine(part[0]) && anchorRole(factsIn(part), part[0].text, cues) !== null);
    if (entries.length < 2) continue;
    notes.push(`${entries.length} parts between thematic breaks with their own date → one item each`);
    for (const [title, ...body] of entries) {
      const part: Section = { heading: title, level: s.level + 1, blocks: body, children: [], parent: s };
      add({ source: 'section', blocks: [title, ...body], section: part, headings: headingsAbove(s) });
    }
  }

  // (c3) a run of paragraphs that each open with their date ("Fr – So<br>23.–25. August – Pioniere des Wandels<br>Güstrow"):
  // a listing written as paragraphs, one entry each
  for (const s of allSections(root)) {
    const opening = s.blocks.filter((b) => b.type === 'text' && !taken.has(b.id) && entryLine(b, datesOf.get(b.id) ?? []));
    if (opening.length < 2) continue;
    notes.push(`${opening.length} paragraphs opening with their date → one item each`);
    for (const b of opening) add({ source: 'section', blocks: [b], section: { heading: b, level: s.level + 1, blocks: [], children: [], parent: s }, headings: headingsAbove(s) });
  }

  // (c4) a calendar written as paragraphs: day lines ("Montag, 16. April 2018") each heading the event lines after them
  for (const s of allSections(root)) {
    const entries = dayEntries(s.blocks.filter((b) => !taken.has(b.id)), datesOf);
    if (!entries.length) continue;
    notes.push(`${entries.length} lines under day lines → one item each`);
    for (const e of entries) add({ source: 'section', blocks: [e.name, ...e.rest], section: { heading: e.name, level: s.level + 1, blocks: e.rest, children: [], parent: s }, headings: headingsAbove(s) });
  }


  // (c5) lines that each name a call and give its own deadline ("» Preis A: Bewerbung bis 17. März"): one entry each
  // (deadline-lines.ts), even among the page's own text
  for (const lines of deadlineLines(blocks.filter((b) => !taken.has(b.id)), datesOf, (b) => sectionOf.get(b.id), isFieldHeading)) {
    notes.push(`${lines.length} lines naming a call and its own deadline → one item each`);
    for (const b of lines) {
      const s = sectionOf.get(b.id) ?? root;
      add({ source: 'section', blocks: [b], section: { heading: b, level: s.level + 1, blocks: [], children: [], parent: s }, headings: headingsAbove(s) });
    }
  }

  // (d) an event section inside a page that is not that event (an info webinar on a call's page, a congress box)
  const timedBlocks = new Set(facts.times.map((t) => t.block));
  const pageSection = allSections(root).find((s) => s.heading);
  for (const s of allSections(root)) {
    if (!s.heading || !s.parent || s === pageSection || isFieldHeading(s.heading.text)) continue;
    const own = sectionBlocks(s);
    if (own.some((b) => taken.has(b.id))) continue;
    const ownFacts = factsIn(own);
    const fieldEvent = ownFacts.some((f) => f.role === 'event' && f.block.label !== undefined);
    // an event date with its own clock time, or an event date whose paragraph gives the hours ("… von 15 bis 16 Uhr")
    const hours = (f: DateFact) => f.role === 'event' && timedBlocks.has(f.block);
    const timedEvent = ownFacts.some((f) => ((f.role === 'event' || f.role === 'unknown') && f.start.time) || hours(f)) && cues.some((c) => c.eventNouns.test(own.map((b) => b.text).join(' ')));
    if (!fieldEvent && !timedEvent) continue;
    const ownSet = new Set(own);
    const rest = blocks.filter((b) => !taken.has(b.id) && !ownSet.has(b));
    const restFacts = factsIn(rest);
    const restHasOwnEvent = restFacts.some((f) => f.role === 'event' && (f.block.label !== undefined || !fieldEvent) && !within(f, ownFacts));
    const restIsCall = restFacts.some((f) => f.role === 'deadline' && f.kind !== 'registration');
    if (restHasOwnEvent && !restIsCall) continue;
    if (!restFacts.some((f) => f.role !== 'unknown' && f.role !== 'publication') && !facts.closed.size) continue;
    notes.push(`section "${s.heading.text.slice(0, 60)}": an event of its own`);
    add({ source: 'section', blocks: own, section: s, headings: headingsAbove(s.parent) });
    for (const f of restFacts) if (f.role === 'event' && within(f, ownFacts.filter((o) => o.role === 'event' || o.role === 'unknown'))) claimed.add(f.id);
  }

  // entries in page order, whatever step found them
  units.sort((a, b) => (a.blocks[0]?.id ?? 0) - (b.blocks[0]?.id ?? 0));

  // the page's own unit: everything left
  const rest = blocks.filter((b) => !taken.has(b.id));
  const restAnchors = anchors(factsIn(rest)).filter((f) => f.role !== 'unknown');
  const sectionUnits = units.filter((v) => v.source === 'section').length;
  const listed = units.some((u) => u.source !== 'section' || sectionUnits > 1);
  // the days the entries give, gathered once (month and day, as the page's own dates are compared)
  const entryDays = new Set(units.flatMap((u) => factsIn(u.blocks).map((g) => g.start.month * 100 + g.start.day)));
  const covered = restAnchors.every((f) => entryDays.has(f.start.month * 100 + f.start.day));
  if (listed && covered) notes.push('page: a listing; its own dates repeat the entries → no page item');
  else units.unshift({ source: 'page', blocks: rest, section: root, headings: [] });
  return { units, claimed, notes };
}

/**
 * A record as a section of its own, headed by its first heading, else by its first line with words besides its dates
 * that is no "Label: value" line (a card's title under its date box); its date box may stand above.
 */
function recordUnit(entry: Block[], within: Section, datesOf: Map<number, DateFact[]>): Unit {
  const heading = entry.find((b) => b.type === 'heading') ?? entry.find((b) => b.label === undefined && namedEntry([b], datesOf)) ?? entry[0];
  const section: Section = { heading, level: within.level + 1, blocks: entry.filter((b) => b !== heading), children: [], parent: within };
  const dateLine = recordDateLine(entry, heading, datesOf);
  return { source: 'section', blocks: entry, section, headings: headingsAbove(within), ...(dateLine ? { dateLine } : {}) };
}

/** The section a record stands in: the one around its first block, or the parent of the section its heading opens. */
function sectionAround(entry: Block[], sectionOf: Map<number, Section>): Section | undefined {
  const s = sectionOf.get(entry[0].id);
  return s?.heading && entry.includes(s.heading) ? s.parent : s;
}

/**
 * A record's date line: a short block before its heading or right after it, a date and a few words (a place, a
 * time), else its heading when that carries its date ("Seminar »…« - 20.4.2016, Bonn"). None when its text names an
 * event date of its own: then the line is when the entry was posted.
 */
function recordDateLine(entry: Block[], heading: Block, datesOf: Map<number, DateFact[]>): Block | undefined {
  if (entry.some((b) => (datesOf.get(b.id) ?? []).some((f) => f.role === 'event'))) return undefined;
  const line = entry.slice(0, entry.indexOf(heading) + 2).find((b) => b !== heading && isDateLine(b, datesOf.get(b.id) ?? []));
  if (line) return line;
  return heading.type === 'heading' && (datesOf.get(heading.id) ?? []).some((f) => f.role === 'unknown' && !f.approximate) ? heading : undefined;
}

/** A line that is a date and at most a place or a time beside it: it opens with the date, ≤ 4 words besides. */
function isDateLine(b: Block, dates: DateFact[]): boolean {
  if (b.type === 'heading' || b.text.length > 80 || !dates.length) return false;
  const first = dates.filter((f) => !f.approximate).sort((x, y) => x.index - y.index)[0];
  return !!first && /^[^\d]{0,12}$/u.test(b.text.slice(0, first.index)) && !wordsAtLeast(withoutDates(b.text, dates), 5);
}

/** A paragraph written as an entry line: its date first, then a dash and the name ("23.–25. August – Pioniere des Wandels"). */
function entryLine(b: Block, dates: DateFact[]): boolean {
  const first = openingDate(b, dates);
  return !!first && /^\s*[–—-]\s/u.test(b.text.slice(first.index + first.text.length));
}

/** The role that makes a section an item: an event date (or a bare date under an event's heading), else a deadline. */
function anchorRole(facts: DateFact[], heading: string, cues: CueSet[]): 'event' | 'deadline' | null {
  if (facts.some((f) => (f.role === 'event' || (f.role === 'unknown' && f.start.time)) && !f.approximate)) return 'event';
  // a calendar entry: "12.06.2024" above "Fachtag …" — the date no cue explains is the event's; with or without its year (the year comes from the context)
  if (facts.some((f) => f.role === 'unknown' && !f.approximate) && cues.some((c) => c.eventNouns.test(heading))) return 'event';
  if (facts.some((f) => f.role === 'deadline')) return 'deadline';
  return null;
}

/** Splits a run of blocks at thematic breaks; no parts when there is no break. */
function ruleParts(blocks: Block[]): Block[][] {
  if (!blocks.some((b) => b.afterRule)) return [];
  const parts: Block[][] = [];
  for (const b of blocks) {
    if (b.afterRule || !parts.length) parts.push([]);
    parts[parts.length - 1].push(b);
  }
  return parts;
}

/** A line that titles what follows: a short paragraph that is all bold ("<p><b>Einladung: Werkstatt …</b></p>"). */
function isTitleLine(b: Block): boolean {
  return b.type === 'text' && b.lead !== undefined && b.lead === b.text && b.text.length <= 160 && !b.text.includes('\n');
}

function within(f: DateFact, others: DateFact[]): boolean {
  const key = (d: { month: number; day: number }) => d.month * 100 + d.day;
  return others.some((o) => key(f.start) >= key(o.start) && key(f.start) <= key(o.end ?? o.start));
}

/** A list entry with words besides its date (a title), not a bare date. */
function namedEntry(entry: Block[], datesOf: Map<number, DateFact[]>): boolean {
  return entry.some((b) => wordsAtLeast(withoutDates(b.text, datesOf.get(b.id) ?? []), 2));
}

/** A block's text with its dates cut out. */
export function withoutDates(text: string, facts: DateFact[]): string {
  if (facts.length === 0) return text;
  let out = text;
  for (const f of [...facts].sort((a, b) => b.index - a.index)) out = out.slice(0, f.index) + ' ' + out.slice(f.index + f.text.length);
  return out;
}

/**
 * The text holds at least `n` words (whitespace-separated tokens with two letters in a row), read no further than the
 * n-th: a block of a long page is not split into all its words to learn that it has two.
 */
function wordsAtLeast(text: string, n: number): boolean {
  if (n <= 0) return true;
  const token = /\S+/g;
  let found = 0;
  for (let m = token.exec(text); m; m = token.exec(text)) if (TWO_LETTERS.test(m[0]) && ++found >= n) return true;
  return false;
}
const TWO_LETTERS = /\p{L}{2,}/u;

/** A table cell that names an entry: no date, some words, not a deadline label ("Projektskizze", "Förderantrag"). */
function isNameCell(cell: Block, datesOf: Map<number, DateFact[]>, cues: CueSet[]): boolean {
  if ((datesOf.get(cell.id) ?? []).length) return false;
  if (!wordsAtLeast(cell.text, 2)) return false;
  return !cues.some((c) => c.kinds.some((k) => k.pattern.test(cell.text)));
}
