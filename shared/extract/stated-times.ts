/**
 * A clock time a page states once for all of its deadlines or all of its events: "All deadlines for the submission of
 * applications listed below end at 12.00 (noon), Brussels time", "In all cases, applications must be submitted by
 * midday on the deadline date", "Einsendeschluss ist jeweils 12 Uhr"; "Meetings normally take place at 7.30pm",
 * "Beginn jeweils 18 Uhr", "jeden zweiten Donnerstag im Monat von 16:30 Uhr bis 18:00 Uhr". Such a sentence has a time, a word saying it holds for each (cues `statedOnce`) and no date of its own; it
 * names deadlines when a deadline cue stands in it, else events. The page's first such time of each sort is given to
 * every deadline, or every event start in the section of the statement, that has no time of its own (an event's end
 * time too, when it has no end).
 */
import { isSupportedDate, type Deadline } from '../schema.ts';
import type { Block } from './blocks.ts';
import type { CueSet } from './cues/types.ts';
import { atTime } from './dates/attach-times.ts';
import { isoClock as clock, isoDay as iso } from './dates/iso.ts';
import { scanTimes } from './dates/times.ts';
import { readZone, ZONE_PATTERN, type Zone } from './dates/timezones.ts';
import type { ClockTime } from './dates/types.ts';
import { datesByBlock, type PageFacts } from './facts.ts';
import { blocksIn, sectionHolding, type Section } from './sections.ts';
import type { Draft } from './types.ts';

export interface StatedTime {
  start: ClockTime;
  end?: ClockTime;
  /** the zone written with the time, else the page's own clock; none: Berlin's */
  zone?: Zone;
}

export interface StatedTimes {
  deadline?: StatedTime;
  /** the events' hours, and the block that states them (their reach is its section: `inReach`) */
  event?: StatedTime & { block: Block };
}

/** a zone written a few words after the time ("at 12.00 (noon), Brussels time") */
const ZONE_AFTER = new RegExp(`^[^\\d\\n]{0,16}?(${ZONE_PATTERN})`, 'u');

/** a sentence's end: ". " before an upper-case letter or a digit, "!", "?", or a line break */
const SENTENCE_END = /[.!?](?=\s+[\p{Lu}\d])|\n/gu;

/** The times the page states once for all of its deadlines and for all of its events (the first of each sort). */
export function statedTimes(blocks: readonly Block[], facts: PageFacts, cues: readonly CueSet[]): StatedTimes {
  const out: StatedTimes = {};
  const byBlock = datesByBlock(facts);
  for (const block of blocks) {
    if (out.deadline && out.event) break;
    const text = block.text;
    if (!cues.some((c) => c.statedOnce.test(text))) continue;
    const dates = byBlock.get(block.id) ?? [];
    for (const { from, sentence } of sentences(text)) {
      if (!cues.some((c) => c.statedOnce.test(sentence))) continue;
      // a date in the sentence makes its time that date's ("jeweils um 15 Uhr: am 25. September …"); with none, the
      // sentence's clock times are read as they are ("by midday on the deadline date" holds no digit)
      if (dates.some((f) => f.index < from + sentence.length && f.index + f.text.length > from)) continue;
      const times = scanTimes(sentence).filter((t) => !t.openingHours);
      if (times.length !== 1) continue; // two times in one sentence: an agenda, not the hour of each
      const t = times[0];
      const lead = sentence.slice(Math.max(0, t.index - 30), t.index);
      if (cues.some((c) => c.travel.test(lead))) continue;
      const after = t.zone ? undefined : ZONE_AFTER.exec(sentence.slice(t.index + t.length))?.[1];
      const zone = t.zone ?? (after ? readZone(after) ?? undefined : facts.clock);
      if (after && !zone) continue;
      const stated: StatedTime = { start: t.start, ...(t.end ? { end: t.end } : {}), ...(zone ? { zone } : {}) };
      const deadline = cues.some((c) => c.dates.some((d) => d.role === 'deadline' && !d.adjacent && d.pattern.test(sentence)));
      if (deadline) {
        if (!out.deadline && !t.end) out.deadline = stated;
      } else if (!out.event && t.qualifier !== 'until') out.event = { ...stated, block };
    }
  }
  return out;
}

/** The sentences of a block's text with where each starts. */
function sentences(text: string): Array<{ from: number; sentence: string }> {
  const out: Array<{ from: number; sentence: string }> = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const stop = m.index + m[0].length;
    out.push({ from, sentence: text.slice(from, stop) });
    from = stop;
  }
  if (from < text.length) out.push({ from, sentence: text.slice(from) });
  return out;
}

/** A day at the stated time, in Berlin wall-clock time ("YYYY-MM-DDTHH:MM"); the day may move with a foreign clock. */
function at(day: string, time: ClockTime, zone: Zone | undefined): { date: string; time: string } | null {
  if (time.hour > 23) return null;
  const [year, month, d] = day.split('-').map(Number);
  const local = atTime({ year, month, day: d }, time, zone);
  if (!local.time || local.year === null) return null;
  return { date: iso(local.year, local.month, local.day), time: clock(local.time)! };
}

/**
 * Items with the page's stated times: each deadline without a time gets the deadlines' time (and the item's next
 * deadline is derived again with `derive`), each event whose start has no time gets the events' hours when `inReach`
 * says its start stands where the statement reaches (a series' "jeden zweiten Donnerstag … von 16:30 Uhr bis 18:00
 * Uhr" holds for the series' dates, not for the other events of the page).
 */
export function withStatedTimes(items: Draft[], stated: StatedTimes, derive: (list: Deadline[]) => string | null, inReach: (item: Draft, block: Block) => boolean = () => true): Draft[] {
  if (!stated.deadline && !stated.event) return items;
  return items.map((item) => {
    let out = item;
    const dl = stated.deadline;
    if (dl && item.deadlines.some((d) => !d.time)) {
      const deadlines = item.deadlines.map((d) => {
        if (d.time) return d;
        const timed = at(d.date, dl.start, dl.zone);
        return timed && isSupportedDate(timed.date) ? { ...d, date: timed.date, time: timed.time } : d;
      });
      out = { ...out, deadlines, deadline: derive(deadlines) };
    }
    const ev = stated.event;
    if (ev && item.kind === 'event' && item.start && item.start.length === 10 && inReach(item, ev.block)) {
      const start = at(item.start, ev.start, ev.zone);
      if (start) {
        const end = !item.end && ev.end ? at(item.start, ev.end, ev.zone) : null;
        const startValue = `${start.date}T${start.time}`;
        const endValue = end ? `${end.date}T${end.time}` : null;
        out = { ...out, start: startValue, ...(endValue && endValue > startValue ? { end: endValue } : {}) };
      }
    }
    return out;
  });
}

/**
 * The reach of a stated event time: whether an item's start was read in the section of the block that states the
 * time. A date's evidence → its block is made once per page, when first asked (the first such date's block).
 */
export function sameSection(sections: Section, facts: PageFacts): (item: Draft, block: Block) => boolean {
  let blockOfEvidence: Map<string, Block> | undefined;
  return (item, block) => {
    const said = item.evidence.find((e) => e.field === 'start')?.text;
    if (!blockOfEvidence) {
      blockOfEvidence = new Map();
      for (const f of facts.dates) if (!blockOfEvidence.has(f.evidence)) blockOfEvidence.set(f.evidence, f.block);
    }
    const startBlock = said === undefined ? undefined : blockOfEvidence.get(said);
    const reach = sectionHolding(sections, block);
    return !!startBlock && !!reach && blocksIn(reach).has(startBlock);
  };
}
