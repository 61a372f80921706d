/**
 * The features of a call only described — a unit that reads as a call (its call words outweigh its event words) but
 * has no deadline and no open window the rules read — for the learned decision of described-calls.ts: is it an item
 * after all, open without a date (a fund that accepts applications, an overview's programme) or closing on the dates
 * of its own that no cue explained ("Einsendeschluss für die Beiträge – per Post, per E-Mail oder online – ist der 31.
 * Dezember", "Anträge können jeweils zum 15. Januar, 15. April und 15. September eingereicht werden"), or no item (a
 * programme a news page or a report only describes)? Binary features named by structure and cue ids: where the unit
 * stands, how strongly it reads as a call, its dates no cue explained (how many, ahead or over, with a year, recurring,
 * the deadline kinds and nouns of their sentences), the other roles its dates have, and cue words of its text (closed,
 * an invitation, a relative deadline, an amount). No feature names a site, a page or a title. Pure; linear in the unit.
 */
import type { CueSet } from '../cues/types.ts';
import { cueWordsOf } from '../cues/scan.ts';
import type { DateFact } from '../facts.ts';
import type { Unit } from '../segment.ts';
import { namesStage } from '../stages.ts';
import { bucket } from './bucket.ts';

export type DescribedClass = 'none' | 'open' | 'dated';
export const DESCRIBED_CLASSES: readonly DescribedClass[] = ['none', 'open', 'dated'];

export interface DescribedInput {
  unit: Unit;
  /** the unit's dates (roles as read) */
  facts: DateFact[];
  /** the unit's text */
  text: string;
  title: string;
  kindScore: { event: number; call: number };
  /** the days (YYYY-MM-DD) of the unit's dates no cue explained, years inferred as for a deadline */
  days: string[];
  today: string;
  /** the page's publication day, when it gives one */
  published?: string;
  /** blocks of the unit that say a round is over, invite to apply, or give a deadline relative to a start */
  closed: boolean;
  relative: boolean;
  amount: boolean;
  /** how many units of the page are entries */
  entries: number;
  cues: CueSet[];
}


/** The dates of a unit no cue explained and that say a day (not "Mitte März"): what a described call may close on. */
export const unexplained = (facts: DateFact[]) => facts.filter((f) => f.role === 'unknown' && !f.approximate);

/** The features of one described call. */
export function describedFeatures(d: DescribedInput): string[] {
  const out = new Set<string>(['bias', `src:${d.unit.source}`]);
  const { cues } = d;
  out.add(`call:${bucket(d.kindScore.call, [3, 5, 8, 12])}`);
  out.add(`event:${bucket(d.kindScore.event, [1, 3, 6])}`);
  out.add(`margin:${bucket(d.kindScore.call - d.kindScore.event, [2, 4, 8])}`);
  const open = unexplained(d.facts);
  out.add(`unknown:${bucket(open.length, [1, 2, 3, 5])}`);
  const ahead = d.days.filter((day) => day >= d.today).length;
  out.add(`ahead:${bucket(ahead, [1, 2, 3])}`);
  out.add(`over:${bucket(d.days.length - ahead, [1, 2, 3])}`);
  for (const f of open) {
    if (f.start.year === null) out.add('no-year');
    if (f.recurring) out.add('recurring');
    if (f.start.time) out.add('time');
    if (f.end) out.add('range');
    if (f.block.label !== undefined) out.add('labelled');
    if (f.block.type === 'heading') out.add('in-heading');
    if (f.block.list) out.add('in-list');
    if (f.block.cell) out.add('in-cell');
    const words = cueWordsOf(f.evidence);
    for (const set of cues) {
      for (const k of set.kinds) if (words.test(k.pattern)) out.add(`sentence-kind:${k.kind}`);
      if (words.test(set.callNouns)) out.add('sentence:call-noun');
      if (words.test(set.eventNouns)) out.add('sentence:event-noun');
    }
  }
  // a report tells what happened before it was published: its dates all before that day
  if (d.published && d.days.length) out.add(d.days.every((day) => day < d.published!) ? 'before-published' : 'after-published');
  for (const f of d.facts) if (f.role !== 'unknown') out.add(`role:${f.role}`);
  // a unit named by the label of a step or deadline ("Meilenstein 2", "Antragsfristen") is a part of a call, not one
  if (namesStage(d.title)) out.add('title:stage');
  const inTitle = cueWordsOf(d.title);
  const inText = cueWordsOf(d.text);
  for (const set of cues) {
    if (inTitle.test(set.callNouns)) out.add('title:call-noun');
    if (inTitle.test(set.eventNouns)) out.add('title:event-noun');
    if (inText.test(set.invites)) out.add('text:invites');
    if (inText.test(set.hints.rolling)) out.add('text:rolling-hint');
    if (inText.test(set.eventNouns)) out.add('text:event-noun');
  }
  if (d.closed) out.add('closed');
  if (d.relative) out.add('relative');
  if (d.amount) out.add('amount');
  out.add(`chars:${bucket(d.text.length, [200, 600, 1500, 4000])}`);
  out.add(`entries:${bucket(d.entries, [1, 2, 4])}`);
  // where the unit stands changes what its dates mean: a page's own text against an entry of a listing
  for (const f of [...out]) if (/^(?:ahead|over|sentence-kind|sentence:call-noun|recurring|no-year|title:call-noun|title:stage|text:invites|before-published)/.test(f)) out.add(`src:${d.unit.source}&${f}`);
  return [...out];
}
