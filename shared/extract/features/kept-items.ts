/**
 * The features of one item for the decision on which items are kept (kept-items.ts): where the item came from (the
 * page's own unit, a section, a list entry, a table row, a unit the learned segmentation added, an event line, an event
 * a call's text announces, a call an event's text holds, a merge of several), its kind, its dates (how many, whether
 * every one is over at `now`), the shape of its title (length, label words, a fragment: lower-case start, a full stop,
 * the past tense; a periodical's name), status and report words of its title and summary, a heading above it that names
 * a period or a periodical, how many items the page has and whether the page's own item stands beside entries, the
 * share of the page its unit covers, and which fields it has. Binary features named by structure and general words;
 * none names a site, a page or a title. Pure; linear in the item.
 */
import { cueWordsOf } from '../cues/scan.ts';
import type { CueSet } from '../cues/types.ts';
import { stems } from '../cues/words.ts';
import type { Draft } from '../types.ts';
import { bucket } from './bucket.ts';
import { statusWords, toldInPast } from './status-words.ts';
import { isPeriodical, isPeriodicalIssue, labelWords, titleWords } from './title.ts';

/** Where an item came from: the unit's source, or the stage that made it. */
export type ItemSource = 'page' | 'section' | 'list' | 'row' | 'line' | 'announced' | 'call' | 'merged';

export interface ItemOrigin {
  source: ItemSource;
  /** the probability of the decision that made it (a unit the learned segmentation added, an event line) */
  p?: number;
  /** the share of the page's blocks the unit covers (0–1) */
  share?: number;
  /** the headings above the unit, nearest last */
  headings?: string[];
}

export interface KeptInput {
  draft: Draft;
  origin: ItemOrigin;
  /** YYYY-MM-DD */
  today: string;
  /** the items of the page (after the merges) */
  items: number;
  /** how many of them came from entries (not the page's own unit) */
  entries: number;
  /** another item of the page has the same title words, before it or after it */
  twin?: 'before' | 'after';
  /** another item of the page has the same first date */
  sameDay?: boolean;
  /** the item before or after it in the page's order shares half its title's words (a call's rounds, an event's parts) */
  likeNeighbour?: boolean;
  /** the item's kind is the one fewer of the page's items have (three items or more) */
  minorityKind?: boolean;
  cues: CueSet[];
}

/** What each item shares with the others of its page: twins, a shared day, a like neighbour, its kind's share. Linear. */
export function keptPage(items: readonly Draft[]): Array<Pick<KeptInput, 'twin' | 'sameDay' | 'likeNeighbour' | 'minorityKind'>> {
  const words = items.map((d) => titleWords(d.title));
  const nameOf = (i: number) => [...words[i]].sort().join(' ');
  const dayOf = (d: Draft) => (d.start ?? d.deadline ?? '').slice(0, 10);
  const names = new Map<string, number>();
  const days = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    names.set(nameOf(i), (names.get(nameOf(i)) ?? 0) + 1);
    const day = dayOf(items[i]);
    if (day) days.set(day, (days.get(day) ?? 0) + 1);
  }
  const events = items.filter((d) => d.kind === 'event').length;
  const like = (a: number, b: number) => {
    if (b < 0 || b >= items.length || !words[a].size || !words[b].size) return false;
    let shared = 0;
    for (const w of words[a]) if (words[b].has(w)) shared++;
    return shared * 2 >= Math.min(words[a].size, words[b].size);
  };
  const seen = new Set<string>();
  return items.map((d, i) => {
    const name = nameOf(i);
    const twin = !name ? undefined : seen.has(name) ? ('before' as const) : names.get(name)! > 1 ? ('after' as const) : undefined;
    seen.add(name);
    const mine = d.kind === 'event' ? events : items.length - events;
    return { twin, sameDay: !!dayOf(d) && days.get(dayOf(d))! > 1, likeNeighbour: like(i, i - 1) || like(i, i + 1), minorityKind: items.length >= 3 && mine * 2 < items.length };
  });
}

/** a heading that names a period or a listing of dates ("Programm vom 3. bis 7. Mai", "Termine", "Newsletter", "Rückblick") */
const PERIOD = stems('programm|termine|veranstaltungen|veranstaltungskalender|kalender|newsletter|rundbrief|rückblick|archiv|jahresbericht|bericht|dokumentation|agenda|schedule|programme|program|events|calendar|review|report');
const SPAN = /\b(?:vom|von|from)\b[^.]{1,40}\b(?:bis|to|until)\b/iu;

const dayOf = (v: string | null | undefined) => (v ? v.slice(0, 10) : null);

/** The features of one item. */
export function keptFeatures(k: KeptInput): string[] {
  const { draft: d, origin: o } = k;
  const out = new Set<string>(['bias', `src:${o.source}`, `kind:${d.kind}`, `kind:${d.kind}&src:${o.source}`]);
  if (o.p !== undefined) out.add(`decided:${bucket(o.p, [0.5, 0.6, 0.7, 0.8, 0.9])}&src:${o.source}`);
  if (k.twin) out.add(`twin:${k.twin}`);
  if (k.sameDay) out.add('same-day');
  if (k.likeNeighbour) out.add(`like-neighbour&src:${o.source}`);
  if (k.minorityKind) out.add(`minority-kind:${d.kind}`);
  const days = [...d.deadlines.map((x) => dayOf(x.date)), dayOf(d.start), dayOf(d.end)].filter((x): x is string => !!x);
  out.add(`deadlines:${bucket(d.deadlines.length, [1, 2, 3, 5])}`);
  if (d.start) out.add('start');
  if (d.end) out.add('end');
  if (d.start && d.start.length > 10) out.add('start-time');
  if (!days.length) out.add(`no-date&src:${o.source}`);
  else if (days.every((x) => x < k.today)) out.add(`all-past&src:${o.source}`);
  else if (days.some((x) => x < k.today)) out.add('some-past');
  const first = days.filter((x) => x >= k.today).sort()[0];
  if (first) out.add(`ahead:${bucket((Date.parse(first) - Date.parse(k.today)) / 864e5, [7, 60, 365, 730])}`);
  // the title's shape
  const title = d.title.trim();
  const words = title.split(/\s+/).filter(Boolean).length;
  out.add(`title-words:${bucket(words, [2, 4, 8, 14, 24])}`);
  out.add(`title-words:${bucket(words, [2, 4, 8, 14, 24])}&src:${o.source}`);
  out.add(`label-words:${labelWords(title)}`);
  out.add(`label-words:${labelWords(title)}&src:${o.source}`);
  if (/^\p{Ll}/u.test(title)) out.add('title:lower-first');
  if (/[.]$/.test(title) && !/\b\p{L}{1,4}\.$/u.test(title)) out.add('title:full-stop');
  if (/[:,;–-]$/.test(title)) out.add('title:open-end');
  if (/^\P{L}*$/u.test(title)) out.add('title:no-letter');
  if (toldInPast(title)) out.add('title:told-past');
  if (isPeriodicalIssue(title)) out.add('title:periodical-issue');
  else if (isPeriodical(title)) out.add('title:periodical');
  for (const f of statusWords('title', title)) out.add(f);
  for (const f of statusWords('summary', d.summary ?? '')) out.add(f);
  if (toldInPast(d.summary ?? '')) out.add('summary:told-past');
  const inTitle = cueWordsOf(title);
  for (const set of k.cues) {
    if (inTitle.test(set.callNouns)) out.add('title:call-noun');
    if (inTitle.test(set.eventNouns)) out.add('title:event-noun');
  }
  // the headings above the unit: a period, a listing of dates or a periodical
  const heading = o.headings?.[o.headings.length - 1];
  if (heading) {
    if (PERIOD.test(heading)) out.add(`heading:period&src:${o.source}`);
    if (SPAN.test(heading)) out.add('heading:span');
    if (isPeriodical(heading)) out.add('heading:periodical');
  }
  // the page's items: how many, and the page's own item beside its entries
  out.add(`items:${bucket(k.items, [2, 3, 5, 10, 25])}`);
  out.add(`items:${bucket(k.items, [2, 3, 5, 10, 25])}&src:${o.source}`);
  if (o.source === 'page' && k.entries > 0) out.add(`page-beside:${bucket(k.entries, [2, 4, 10])}`);
  if (o.share !== undefined) out.add(`share:${bucket(o.share, [0.05, 0.2, 0.5, 0.8])}&src:${o.source}`);
  // the fields it has
  if (d.location) out.add('has:location');
  if (d.organizer) out.add('has:organizer');
  if (d.amount) out.add('has:amount');
  if (d.programme) out.add('has:programme');
  out.add(`summary:${bucket((d.summary ?? '').length, [80, 200, 400])}`);
  out.add(`evidence:${bucket(d.evidence.length, [1, 2, 4])}`);
  for (const f of ['kind', 'title'] as const) {
    const c = d.confidence[f];
    if (c !== undefined) out.add(`conf-${f}:${bucket(c, [0.5, 0.7, 0.85])}`);
  }
  return [...out];
}
