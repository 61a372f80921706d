/**
 * A listing's records as the team's corrections taught them (issue 10, item 2): on a page of the profile's host, the
 * elements the record rule names (one repeating element per item, `RecordRule`) split the content into one unit each —
 * before the general segmentation, which runs only when the rule finds fewer than two dated, named records (the
 * template changed, or the page is no listing). Bounded: one climb per block with a memo, so the work is at most one
 * pass over the content's elements, and a unit per record holds blocks no other unit holds.
 */
import * as v from 'valibot';
import type { Block } from '../blocks.ts';
import type { DateFact, PageFacts } from '../facts.ts';
import type { DocNode } from '../page.ts';
import { allSections, headingsAbove, type Section } from '../sections.ts';
import { withoutDates, type Segmentation, type Unit } from '../segment.ts';
import { resolveAll } from './path.ts';
import { profileHost, SiteProfileSchema } from './schema.ts';

/** records read at most: a listing of more is cut (the general segmentation has no more items either) */
export const MAX_RECORDS = 500;

/** A date that can anchor an item, as the general segmentation counts it. */
const anchors = (facts: DateFact[]) => facts.filter((f) => (f.role === 'deadline' || f.role === 'event' || f.role === 'unknown') && !f.approximate);
/** "Ort: Kreishaus Minden", "Datum: 12.05.2027" */
const LABELLED = /^[^:\d]{2,40}:\s/;
/** a name has a word or two, not a weekday's abbreviation beside a date */
const letters = (text: string) => text.match(/\p{L}/gu)?.length ?? 0;

/**
 * The segmentation by the profile's records, or null when the profile has no record rule for this page's host, or the
 * page has fewer than two records with a date and a name (then the general segmentation decides).
 */
export function segmentByRecords(profile: unknown, url: string, root: DocNode, sections: Section, blocks: Block[], facts: PageFacts): Segmentation | null {
  if (!profile || !v.is(SiteProfileSchema, profile) || !profile.record || profileHost(url) !== profile.host) return null;
  const records = resolveAll(root, profile.record.path).slice(0, MAX_RECORDS);
  if (records.length < 2) return null;
  const index = new Map<DocNode, number>(records.map((r, i) => [r, i]));
  // each block's record: climb until a record or a node already known (memo: every element is climbed once)
  const known = new Map<DocNode, number>();
  const recordOf = (node: DocNode): number => {
    const path: DocNode[] = [];
    let found = -1;
    for (let n: DocNode | null = node; n; n = n.parent) {
      const at = index.get(n) ?? known.get(n);
      if (at !== undefined) {
        found = at;
        break;
      }
      path.push(n);
    }
    for (const n of path) known.set(n, found);
    return found;
  };
  const byRecord: Block[][] = records.map(() => []);
  const rest: Block[] = [];
  for (const b of blocks) {
    const at = recordOf(b.node);
    if (at >= 0) byRecord[at].push(b);
    else rest.push(b);
  }
  const datesOf = new Map<number, DateFact[]>();
  for (const f of facts.dates) {
    const list = datesOf.get(f.block.id);
    if (list) list.push(f);
    else datesOf.set(f.block.id, [f]);
  }
  const factsIn = (bs: Block[]) => bs.flatMap((b) => datesOf.get(b.id) ?? []);
  const sectionOf = new Map<number, Section>();
  for (const s of allSections(sections)) for (const b of [...(s.heading ? [s.heading] : []), ...(s.subtitle ? [s.subtitle] : []), ...s.blocks]) sectionOf.set(b.id, s);

  const units: Unit[] = [];
  for (const entry of byRecord) {
    if (!entry.length || !anchors(factsIn(entry)).length) continue;
    // the record's name: its first line with words besides its dates that is no "Label: value" row
    const name = entry.find((b) => !LABELLED.test(b.text) && letters(withoutDates(b.text, datesOf.get(b.id) ?? [])) >= 5);
    if (!name) continue;
    const within = sectionOf.get(entry[0].id);
    // a record is a section of its own headed by its name (as the parts between thematic breaks are, segment.ts)
    const section: Section = { heading: name, level: (within?.level ?? 0) + 1, blocks: entry.filter((b) => b !== name), children: [], parent: within ?? sections };
    units.push({ source: 'section', blocks: entry, section, headings: headingsAbove(within) });
  }
  if (units.length < 2) return null;
  const notes = [`profile record: ${units.length} of ${records.length} records with a date and a name → one item each`];
  // the page's own unit: what stands outside the records, when it announces a date of its own
  const inUnits = units.flatMap((u) => factsIn(u.blocks));
  const sameDay = (a: DateFact, b: DateFact) => a.start.month === b.start.month && a.start.day === b.start.day;
  const own = anchors(factsIn(rest)).filter((f) => f.role !== 'unknown' && !inUnits.some((g) => sameDay(f, g)));
  if (own.length) units.unshift({ source: 'page', blocks: rest, section: sections, headings: [] });
  else notes.push('page: a listing by its records → no page item');
  return { units, claimed: new Set(), notes };
}
