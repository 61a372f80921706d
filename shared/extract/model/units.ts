/**
 * The learned segmentation: a logistic regression over the candidate units of features/units.ts decides which are
 * items; chosen candidates that overlap give way to the more probable one. What no chosen unit holds is the page's own
 * unit, unless the entries make a listing whose own dates repeat theirs (as segment.ts decides). The rule cascade
 * (segment.ts) runs first: its units are a feature. Pure; the fitted numbers are passed in (`extract({ unitModel })`).
 */
import type { Block } from '../blocks.ts';
import type { CueSet } from '../cues/types.ts';
import type { PageFacts } from '../facts.ts';
import { unitCandidates } from '../features/units.ts';
import type { Section } from '../sections.ts';
import { segment, type Segmentation, type Unit } from '../segment.ts';
import { predict, type LogisticModel } from './logistic.ts';

export type UnitClass = 'other' | 'item';
export type UnitModel = LogisticModel<UnitClass>;

/** Splits the page into units by the model. */
export function segmentLearned(model: UnitModel, root: Section, blocks: Block[], facts: PageFacts, cues: CueSet[], today: string): Segmentation {
  const rules = segment(root, blocks, facts, cues);
  const scored = unitCandidates({ root, blocks, facts, cues, today, ruleUnits: rules.units })
    .map((c) => ({ unit: c.unit, p: predict(model, c.features).probabilities[1] }))
    .filter((c) => c.p >= 0.5)
    .sort((a, b) => b.p - a.p || a.unit.blocks.length - b.unit.blocks.length);
  const taken = new Set<number>();
  const units: Unit[] = [];
  const notes: string[] = [];
  for (const { unit, p } of scored) {
    if (unit.blocks.some((b) => taken.has(b.id))) continue;
    unit.blocks.forEach((b) => taken.add(b.id));
    units.push(unit);
    notes.push(`learned: ${unit.source} "${unit.blocks[0].text.slice(0, 60)}" is an item (${p.toFixed(2)})`);
  }
  units.sort((a, b) => a.blocks[0].id - b.blocks[0].id);
  // the page's own unit: everything left, unless a listing's own dates only repeat its entries'
  const rest = blocks.filter((b) => !taken.has(b.id));
  const inUnit = (f: PageFacts['dates'][number]) => taken.has(f.block.id);
  const entryDays = new Set(facts.dates.filter(inUnit).map((f) => f.start.month * 100 + f.start.day));
  const restAnchors = facts.dates.filter((f) => !inUnit(f) && (f.role === 'deadline' || f.role === 'event'));
  if (units.length >= 2 && restAnchors.every((f) => entryDays.has(f.start.month * 100 + f.start.day))) notes.push('learned: a listing; its own dates repeat the entries → no page item');
  else units.unshift({ source: 'page', blocks: rest, section: root, headings: [] });
  return { units, claimed: units.length > 1 ? new Set() : rules.claimed, notes };
}
