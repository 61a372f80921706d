/**
 * Candidate units for the learned segmentation (model/units.ts) and their features. Every unit segmentation could make
 * is a candidate: each list entry, each table row, each section under a heading but the page's own, and each part
 * between thematic breaks that opens with a title line, each paragraph that opens with a bullet glyph (a list written
 * without list markup), each paragraph that names an event or a call and carries a date (an event told in prose).
 * Features (binary, by name): where the unit stands (source, depth below the page heading, position among its siblings and on the page), its dates (how many, their roles and
 * kinds, clock times, years, future or past against today), its heading (level, a field/generic/teaser heading, event
 * or call nouns, a date in it), a bold title line, cue words of its text, length, link share, the repeated structure
 * of its siblings (how many, how many of them dated, how many with the same tag and class tokens), how much of the page
 * heading's words it repeats, a quoted name, a first line that opens in lower case, and whether the rule
 * cascade (segment.ts) made it a unit. No feature names a site, a page or a title. Pure.
 */
import type { Block } from '../blocks.ts';
import { BULLET } from '../bullet-lines.ts';
import type { CueSet } from '../cues/types.ts';
import { finds } from '../cues/hinted.ts';
import { cueWordsOf } from '../cues/scan.ts';
import type { DateFact, PageFacts } from '../facts.ts';
import { elements, textOf, tokens } from '../page.ts';
import { allSections, headingsAbove, sectionBlocks, type Section } from '../sections.ts';
import { withoutDates, type Unit } from '../segment.ts';
import { bucketed, joiner } from './bucket.ts';
import { siblingDays } from './sibling-days.ts';
import { atMost } from '../sorted.ts';

export interface UnitCandidate {
  unit: Unit;
  features: string[];
}

export interface UnitContext {
  root: Section;
  blocks: Block[];
  facts: PageFacts;
  cues: CueSet[];
  /** the day the page is read, YYYY-MM-DD */
  today: string;
  /** the units the rule cascade made (first block id and length) */
  ruleUnits: Unit[];
  /**
   * The rules' own entries are not scored (segmentation keeps them whatever the model says): with this set they get
   * only the anchor feature the other candidates' `holds-dated` count reads, not every feature (the trainer leaves it off).
   */
  skipRuleUnits?: boolean;
}

const key = (bs: Block[]) => `${bs[0]?.id}:${bs.length}`;

// every feature name made once (bucket.ts): a candidate's features are names from a closed set, and a name built anew
// for each candidate is hashed anew when the model looks up its weight
const colon = joiner(':');
const amp = joiner('&');
const SIB = bucketed('sib:', [2, 3, 5, 10]);
const SIB_DATED = bucketed('sib-dated:', [1, 2, 3, 5]);
const SIB_DATED_SHARE = bucketed('sib-dated-share:', [0.34, 0.6, 0.99]);
const SIB_SAME = bucketed('sib-same:', [2, 3, 5]);
const DATES = bucketed('dates:', [1, 2, 3, 5]);
const ANCHORS = bucketed('anchors:', [1, 2, 3]);
const PAGE_NAME = bucketed('page-name:', [0.25, 0.5, 0.75]);
const CHARS = bucketed('chars:', [40, 100, 250, 600, 1500]);
const BLOCKS = bucketed('blocks:', [2, 3, 5, 10]);
const PAGE_POS = bucketed('page-pos:', [0.2, 0.5, 0.8]);
const RULE_UNITS = bucketed('rule-units:', [1, 2, 4]);
const HOLDS_DATED = bucketed('holds-dated:', [1, 2, 4]);


/** A quoted name: „…“, "…", “…”, »…«. */
const QUOTED = /[„“"»][^„“”"»«\n]{3,120}[“”"«]/u;

/** The words of a text that carry a name (four letters or more), lower-cased. */
const wordsOf = (text: string) => new Set((text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []));

/** What a candidate's dates that anchor an item say it is: an event, a deadline, a date of no known role, none. */
function anchorOf(anchors: DateFact[]): string {
  if (anchors.some((d) => d.role === 'event' || (d.role === 'unknown' && d.start.time))) return 'anchor:event';
  if (anchors.some((d) => d.role === 'deadline')) return 'anchor:deadline';
  return anchors.length ? 'anchor:unknown' : 'anchor:none';
}

/** The parts of a run of blocks that each open with a block `opens`; what stands before the first opener is no part. */
function splitAt(blocks: Block[], opens: (b: Block, i: number) => boolean): Block[][] {
  const parts: Block[][] = [];
  for (const [i, b] of blocks.entries()) {
    if (opens(b, i)) parts.push([b]);
    else parts[parts.length - 1]?.push(b);
  }
  return parts;
}

/** Every candidate unit of a page, with its features, in page order. */
export function unitCandidates(ctx: UnitContext): UnitCandidate[] {
  const { root, blocks, facts, cues } = ctx;
  const datesOf = new Map<number, DateFact[]>();
  for (const f of facts.dates) datesOf.set(f.block.id, [...(datesOf.get(f.block.id) ?? []), f]);
  const factsIn = (bs: Block[]) => bs.flatMap((b) => datesOf.get(b.id) ?? []);
  const sections = allSections(root);
  const sectionOf = new Map<number, Section>();
  for (const s of sections) for (const b of [...(s.heading ? [s.heading] : []), ...(s.subtitle ? [s.subtitle] : []), ...s.blocks]) sectionOf.set(b.id, s);
  const pageSection = sections.find((s) => s.heading);
  const ruleKeys = new Set(ctx.ruleUnits.filter((u) => u.source !== 'page').map((u) => key(u.blocks)));
  const isAnchor = (f: DateFact) => (f.role === 'deadline' || f.role === 'event' || f.role === 'unknown') && !f.approximate;
  const out: UnitCandidate[] = [];
  const pageWords = wordsOf(pageSection?.heading?.text ?? '');
  // a date's day and a block's words, made once per page: the same dates and blocks stand in many candidates
  const days = new Map<DateFact, string>();
  const dayOf = (d: DateFact) => {
    let day = days.get(d);
    if (day === undefined) days.set(d, (day = `${d.start.year}-${String(d.start.month).padStart(2, '0')}-${String(d.start.day).padStart(2, '0')}`));
    return day;
  };
  const blockWords = new Map<Block, Set<string>>();
  const wordsOfBlock = (b: Block) => {
    let words = blockWords.get(b);
    if (!words) blockWords.set(b, (words = wordsOf(b.text)));
    return words;
  };
  // the characters of a block's links, read once per page (a block stands in every candidate that holds it)
  const blockLinks = new Map<Block, number>();
  const linkCharsOf = (b: Block) => {
    let n = blockLinks.get(b);
    if (n === undefined) blockLinks.set(b, (n = elements(b.node).filter((e) => e.tag === 'a').reduce((m, a) => m + textOf(a).length, 0)));
    return n;
  };

  /** siblings: the candidates of one group (a list's entries, a table's rows, a parent's sections) */
  const addGroup = (source: Unit['source'], group: Array<{ unit: Unit; heading?: Block }>, kind?: string) => {
    // each member's dates that could make it an item, read once for the group
    const anchorsOf = group.map((g) => factsIn(g.unit.blocks).filter(isAnchor));
    const dated = anchorsOf.filter((a) => a.length > 0).length;
    const signature = (g: { unit: Unit }) => {
      const n = g.unit.blocks[0].node;
      return `${n.tag}.${tokens(n).join('.')}`;
    };
    const sigCount = new Map<string, number>();
    for (const g of group) sigCount.set(signature(g), (sigCount.get(signature(g)) ?? 0) + 1);
    const ownDays = siblingDays(anchorsOf.map((a) => new Set(a.map((d) => `${d.start.month}-${d.start.day}`))));
    group.forEach((g, i) => {
      if (ctx.skipRuleUnits && ruleKeys.has(key(g.unit.blocks))) {
        out.push({ unit: g.unit, features: [anchorOf(anchorsOf[i])] });
        return;
      }
      const f = features(g.unit, g.heading);
      if (kind) f.push(kind);
      f.push(SIB(group.length), SIB_DATED(dated), SIB_DATED_SHARE(dated / group.length));
      f.push(SIB_SAME(sigCount.get(signature(g))!), ...ownDays[i]);
      if (i === 0) f.push('pos:first');
      if (i === group.length - 1) f.push('pos:last');
      const src = colon('src', source);
      const crossed = f.filter((x) => x.startsWith('anchor') || x.startsWith('sib') || x === 'rule' || x.startsWith('head:') || x.startsWith('first:') || x.startsWith('page-name:') || x.startsWith('text:') || x === 'quoted' || x === 'time');
      out.push({ unit: g.unit, features: [...f, ...crossed.map((x) => amp(src, x)), ...(kind ? crossed.map((x) => amp(kind, x)) : [])] });
    });
  };

  const features = (unit: Unit, heading: Block | undefined): string[] => {
    const f: string[] = [colon('src', unit.source), 'bias'];
    const text = unit.blocks.map((b) => b.text).join(' ');
    const dates = factsIn(unit.blocks);
    const anchors = dates.filter(isAnchor);
    f.push(DATES(dates.length), ANCHORS(anchors.length));
    for (const d of dates) {
      f.push(colon('role', d.role));
      if (d.kind) f.push(colon('kind', d.kind));
      if (d.start.time) f.push('time');
      if (d.start.year === null) f.push('no-year');
      if (d.block.label !== undefined) f.push(colon('labelled', d.role));
    }
    f.push(anchorOf(anchors));
    const days = anchors.filter((d) => d.start.year !== null).map(dayOf);
    if (days.some((d) => d >= ctx.today)) f.push('future');
    else if (days.length) f.push('past');
    if (heading) {
      const h = heading.text;
      const inHead = cueWordsOf(h);
      f.push('head', colon('head', `h${heading.level}`));
      if (h.length <= 60 && cues.some((c) => inHead.test(c.fieldHeadings) && h.search(c.fieldHeadings) === 0)) f.push('head:field');
      if (cues.some((c) => inHead.test(c.genericHeadings))) f.push('head:generic');
      if (cues.some((c) => inHead.test(c.teaserHeadings))) f.push('head:teaser');
      if (cues.some((c) => inHead.test(c.eventNouns))) f.push('head:event');
      if (cues.some((c) => inHead.test(c.callNouns))) f.push('head:call');
      if (datesOf.has(heading.id)) f.push('head:date');
      if (pageSection?.heading) f.push(colon('below-h1', String(Math.min(3, heading.level - pageSection.heading.level))));
    }
    const first = unit.blocks[0];
    // the shape of the line the unit opens with: a bare date ("Montag, 16. April 2018"), a short title, a sentence
    const line = withoutDates(first.text, datesOf.get(first.id) ?? []).split('\n')[0].trim();
    const words = line.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length;
    if (datesOf.has(first.id) && words <= 2) f.push('first:bare-date');
    else if (words >= 8 && /[.!?]$/.test(line)) f.push('first:sentence');
    else if (line.length <= 80) f.push('first:short');
    if (/^\p{Ll}/u.test(line)) f.push('first:lower');
    // how much of the page heading's name the unit repeats: the page's own item retold, not an entry of its own
    // the words of the unit's text are those of its blocks (no word runs across the space that joins them)
    const shared = pageWords.size ? [...pageWords].filter((w) => unit.blocks.some((b) => wordsOfBlock(b).has(w))).length / pageWords.size : 0;
    f.push(PAGE_NAME(shared));
    if (first.lead !== undefined && first.lead === first.text && first.text.length <= 160) f.push('lead:title');
    else if (first.lead) f.push('lead');
    if (QUOTED.test(text)) f.push('quoted');
    const inText = cueWordsOf(text);
    if (cues.some((c) => inText.test(c.eventNouns))) f.push('text:event');
    if (cues.some((c) => inText.test(c.callNouns))) f.push('text:call');
    if (cues.some((c) => finds(c, 'closed', text))) f.push('text:closed');
    // an invitation to apply now ("Anträge können … eingereicht werden", "is accepting applications", "rolling basis")
    if (unit.blocks.some((b) => facts.rolling.has(b.id))) f.push('text:rolling');
    if (cues.some((c) => inText.test(c.jobAd.strong))) f.push('text:job');
    f.push(CHARS(text.length), BLOCKS(unit.blocks.length));
    const linkChars = unit.blocks.reduce((n, b) => n + linkCharsOf(b), 0);
    if (text.length && linkChars / text.length >= 0.6) f.push('links:most');
    f.push(PAGE_POS(first.id / Math.max(1, blocks.length)));
    if (ruleKeys.has(key(unit.blocks))) f.push('rule');
    f.push(RULE_UNITS(ruleKeys.size));
    return f;
  };

  // list entries
  const lists = new Map<number, Map<number, Block[]>>();
  for (const b of blocks) {
    if (!b.list) continue;
    const entries = lists.get(b.list.id) ?? new Map<number, Block[]>();
    entries.set(b.list.index, [...(entries.get(b.list.index) ?? []), b]);
    lists.set(b.list.id, entries);
  }
  for (const entries of lists.values()) {
    addGroup('list', [...entries.values()].map((bs) => ({ unit: { source: 'list', blocks: bs, within: sectionOf.get(bs[0].id), headings: headingsAbove(sectionOf.get(bs[0].id)) } })));
  }
  // table rows (header cells are no entries)
  const tables = new Map<number, Map<number, Block[]>>();
  for (const b of blocks) {
    if (!b.cell || b.cell.header) continue;
    const rows = tables.get(b.cell.table) ?? new Map<number, Block[]>();
    rows.set(b.cell.row, [...(rows.get(b.cell.row) ?? []), b]);
    tables.set(b.cell.table, rows);
  }
  for (const rows of tables.values()) {
    addGroup('row', [...rows.values()].map((bs) => ({ unit: { source: 'row', blocks: bs, within: sectionOf.get(bs[0].id), headings: headingsAbove(sectionOf.get(bs[0].id)) } })));
  }
  // whole tables that each describe one item (a newsletter's box of "Einreichung: …", "Begünstigte: …" rows per call),
  // two or more in one section
  const boxes = new Map<Section | undefined, Block[][]>();
  for (const rows of tables.values()) {
    if (rows.size < 2) continue;
    const bs = [...rows.values()].flat();
    const s = sectionOf.get(bs[0].id);
    boxes.set(s, [...(boxes.get(s) ?? []), bs]);
  }
  for (const [s, group] of boxes) {
    if (group.length >= 2) addGroup('list', group.map((bs) => ({ unit: { source: 'list', blocks: bs, within: s, headings: headingsAbove(s) } })), 'split:table');
  }
  // sections under headings, siblings grouped by their parent (the page's own section is the page unit's)
  for (const parent of sections) {
    const children = parent.children.filter((s) => s.heading && s !== pageSection);
    if (children.length) addGroup('section', children.map((s) => ({ unit: { source: 'section', blocks: sectionBlocks(s), section: s, headings: headingsAbove(s.parent) }, heading: s.heading })));
  }
  // records inside one section's running text (a newsletter's items in one layout cell, a calendar without markup):
  // parts between thematic breaks that open with a title line; parts that each open with a bold title line; parts
  // that each open with a short dated line ("Montag, 16. April 2018" over the event's name, "Sa 07.09. – Workshop")
  const isTitleLine = (b: Block) => b.type === 'text' && b.lead !== undefined && b.lead === b.text && b.text.length <= 160 && !b.text.includes('\n');
  const isDateLine = (b: Block) => b.type === 'text' && b.text.length <= 200 && (datesOf.get(b.id) ?? []).some(isAnchor);
  const isBulletLine = (b: Block) => b.type === 'text' && b.text.length <= 300 && BULLET.test(b.text);
  const isToldParagraph = (b: Block) =>
    b.type === 'text' && b.text.length >= 60 && b.text.length <= 700 && (datesOf.get(b.id) ?? []).some(isAnchor) && cues.some((c) => c.eventNouns.test(b.text) || c.callNouns.test(b.text));
  const seen = new Set(out.map((c) => key(c.unit.blocks)));
  const fresh = <T extends { unit: Unit }>(group: T[]) => group.filter((g) => !seen.has(key(g.unit.blocks)) && seen.add(key(g.unit.blocks)));
  const asSections = (s: Section, parts: Block[][]) => parts.map(([title, ...body]) => ({ unit: { source: 'section' as const, blocks: [title, ...body], section: { heading: title, level: s.level + 1, blocks: body, children: [], parent: s }, headings: headingsAbove(s) }, heading: title }));
  for (const s of sections) {
    const running = s.blocks.filter((b) => !b.list && !b.cell);
    const broken = s.blocks.some((b) => b.afterRule) ? splitAt(s.blocks, (b, i) => i === 0 || !!b.afterRule).filter((p) => p.length >= 2 && isTitleLine(p[0])) : [];
    addGroup('section', fresh(asSections(s, broken)));
    const titled = splitAt(running, isTitleLine);
    if (titled.length >= 2) addGroup('section', fresh(asSections(s, titled)), 'split:title');
    // paragraphs that each open with a bullet glyph ("» Podiumsdiskussion … am 14. März", "[ ] 21. Mai, 18:00 Uhr: …"):
    // a list written without list markup, each bulleted paragraph one entry
    const bulleted = running.filter(isBulletLine);
    if (bulleted.length >= 2) addGroup('list', fresh(bulleted.map((b) => ({ unit: { source: 'list' as const, blocks: [b], within: s, headings: headingsAbove(s) } }))), 'split:bullet');
    // paragraphs of running text that each name an event or a call and carry its date ("Am 17. Juni 2023 feiern wir …
    // den Tag der Dörfer", "Bei einer Fahrrad-Tour … am Freitag, 11. August, um 15 Uhr …"): an event told in prose
    const told = running.filter(isToldParagraph);
    if (told.length) addGroup('list', fresh(told.map((b) => ({ unit: { source: 'list' as const, blocks: [b], within: s, headings: headingsAbove(s) } }))), 'split:para');
    const dated = splitAt(running, isDateLine);
    if (dated.length >= 2) addGroup('list', fresh(dated.map((part) => ({ unit: { source: 'list' as const, blocks: part, within: s, headings: headingsAbove(s) } }))), 'split:date');
  }
  // a candidate that holds dated candidates is a container of entries (a listing's section), not an entry itself;
  // candidates span consecutive blocks, so the dated ones inside are counted by their first block (sorted, n·log n)
  const datedFirsts = out.filter((c) => c.features.includes('anchor:event') || c.features.includes('anchor:deadline') || c.features.includes('anchor:unknown')).map((c) => c.unit.blocks[0].id).sort((a, b) => a - b);
  const atOrBelow = (id: number) => atMost(datedFirsts, id);
  for (const c of out) {
    const first = c.unit.blocks[0].id;
    const inner = atOrBelow(c.unit.blocks[c.unit.blocks.length - 1].id) - atOrBelow(first);
    const holds = HOLDS_DATED(inner);
    c.features.push(holds, amp(c.features[0], holds));
  }
  return out;
}
