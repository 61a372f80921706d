/**
 * The learned segmentation, stacked on the rule cascade: segment.ts runs first and its units are a feature of every
 * candidate (features/units.ts); a fitted classifier (a logistic regression or boosted trees) scores each candidate as an item. Every unit the rules made
 * stays; the model adds the candidates it is confident about (probability ≥ `add`, the more probable first, none
 * overlapping a unit already taken, none taking a paragraph of a programme the page's own text tells in sentences —
 * prose-events.ts reads it from the page unit). One or two added units that take every date the page's own unit had are that
 * item seen in part (a call's "How to apply" section), not entries of a listing: then the rules stand. What no chosen
 * unit holds is the page's own unit, unless the entries make a listing whose own dates repeat theirs (as segment.ts
 * decides). When the model adds nothing, the rules' segmentation is returned as it is. The threshold is chosen by
 * cross-validation (docs/extraction-units.md). Pure; the fitted numbers are passed in (`extract({ segmenter: learnedSegmenter(unitModel) })`).
 */
import type { Block } from '../blocks.ts';
import type { CueSet } from '../cues/types.ts';
import type { DateFact, PageFacts } from '../facts.ts';
import { unitCandidates } from '../features/units.ts';
import type { Section } from '../sections.ts';
import { segment, type Segmentation, type Segmenter, type Unit } from '../segment.ts';
import { proseEvents } from '../prose-events.ts';
import { classify, type Classifier } from './classifier.ts';

export type UnitClass = 'other' | 'item';
/** A logistic regression or gradient-boosted trees over the candidates' features (classifier.ts). */
export type UnitModel = Classifier<UnitClass>;

/** How confident the model must be to add a unit the rules did not make. */
export const UNIT_SELECTION = { add: 0.72 };

/** Fewer added units than this that take all the page unit's dates are the page's item seen in part. */
const LISTING = 3;

const key = (u: Unit) => `${u.blocks[0]?.id}:${u.blocks.length}`;
const isAnchor = (f: DateFact) => (f.role === 'deadline' || f.role === 'event') && !f.approximate;

/** Splits the page into units: the rules' units, and those the model is confident the rules missed. */
/** The learned segmentation with fitted weights, as extraction takes it. */
export const learnedSegmenter =
  (model: UnitModel): Segmenter =>
  (root, blocks, facts, cues, today) =>
    segmentLearned(model, root, blocks, facts, cues, today);

export function segmentLearned(model: UnitModel, root: Section, blocks: Block[], facts: PageFacts, cues: CueSet[], today: string, add = UNIT_SELECTION.add): Segmentation {
  const rules = segment(root, blocks, facts, cues);
  const ruleEntries = rules.units.filter((u) => u.source !== 'page');
  const ruleKeys = new Set(ruleEntries.map(key));
  const confident = unitCandidates({ root, blocks, facts, cues, today, ruleUnits: rules.units, skipRuleUnits: true })
    .filter((c) => !ruleKeys.has(key(c.unit)))
    .map((c) => ({ unit: c.unit, p: classify(model, c.features).probabilities[1] }))
    .filter((c) => c.p >= add)
    .sort((a, b) => b.p - a.p || a.unit.blocks.length - b.unit.blocks.length);
  const taken = new Set(ruleEntries.flatMap((u) => u.blocks.map((b) => b.id)));
  // a programme the page's own text tells in sentences (prose-events.ts) is the page unit's to read: no added unit
  // takes one of its paragraphs away
  const pageUnit = rules.units.find((u) => u.source === 'page');
  const pageIds = new Set(pageUnit?.blocks.map((b) => b.id));
  const pageFacts = facts.dates.filter((f) => pageIds.has(f.block.id));
  const told = new Set(proseEvents(pageFacts, cues).map((e) => e.fact.block.id));
  const added: Unit[] = [];
  const notes: string[] = [];
  for (const { unit, p } of confident) {
    if (unit.blocks.some((b) => taken.has(b.id) || told.has(b.id))) continue;
    unit.blocks.forEach((b) => taken.add(b.id));
    added.push(unit);
    notes.push(`learned: ${unit.source} "${unit.blocks[0].text.slice(0, 60)}" is an item (${p.toFixed(2)})`);
  }
  const pageAnchors = pageFacts.filter(isAnchor);
  if (added.length && added.length < LISTING && pageAnchors.length && pageAnchors.every((f) => taken.has(f.block.id))) {
    return { ...rules, notes: [...rules.notes, ...notes, 'learned: the added units take every date of the page item → the rules stand'] };
  }
  if (!added.length) return rules;
  const units = [...ruleEntries, ...added].sort((a, b) => a.blocks[0].id - b.blocks[0].id);
  // the page's own unit: everything left, unless a listing's own dates only repeat its entries'
  const rest = blocks.filter((b) => !taken.has(b.id));
  const inUnit = (f: DateFact) => taken.has(f.block.id);
  const entryDays = new Set(facts.dates.filter(inUnit).map((f) => f.start.month * 100 + f.start.day));
  const restAnchors = facts.dates.filter((f) => !inUnit(f) && (f.role === 'deadline' || f.role === 'event'));
  if (units.length >= 2 && restAnchors.every((f) => entryDays.has(f.start.month * 100 + f.start.day))) notes.push('learned: a listing; its own dates repeat the entries → no page item');
  else units.unshift({ source: 'page', blocks: rest, section: root, headings: [] });
  return { units, claimed: rules.claimed, notes: [...rules.notes, ...notes] };
}
