/**
 * The segmentation model's training: every candidate unit of a labelled page (shared/extract/features/units.ts) is a
 * sample, labelled by distant supervision. For each labelled item, the candidates whose text holds its title words
 * (the referee's overlap ≥ 0.5) and, when the item has any, one of its deadlines or its start day, compete; the
 * smallest of them is the item's unit (label "item"). The item the page heading names best (overlap ≥ 0.5) is the
 * page's own and makes no candidate an item. Every other candidate is "other". Binary logistic regression (fit.ts).
 */
import type { LabelledCase } from '../../shared/eval/cross-validate.ts';
import { normalize, overlap } from '../../shared/eval/score.ts';
import { readPage } from '../../shared/extract/index.ts';
import { unitCandidates } from '../../shared/extract/features/units.ts';
import type { DateRoleClass } from '../../shared/extract/model/date-role.ts';
import type { Classifier } from '../../shared/extract/model/classifier.ts';
import { isTrees } from '../../shared/extract/model/classifier.ts';
import { classifierRows } from './module.ts';
import { siteOf } from '../../shared/eval/folds.ts';
import { fitFamily, type Family, type GroupedSample } from './fit-trees.ts';
import type { UnitClass } from '../../shared/extract/model/units.ts';
import { buildSections } from '../../shared/extract/sections.ts';
import { segment } from '../../shared/extract/segment.ts';
import { cheerioView } from '../../service/extract/cheerio-view.ts';
import type { Sample } from './fit.ts';
import { learnedRoles } from '../../shared/extract/features/date-role.ts';

export const UNIT_CLASSES: readonly UnitClass[] = ['other', 'item'];

/** The fitting settings, fixed so that training is reproducible. */
export const UNIT_FIT_OPTIONS = { classes: UNIT_CLASSES, l2: 0.01, iterations: 800, learningRate: 0.05, minCount: 3, decimals: 2 } as const;

/** The boosted trees' settings (fit-trees.ts): the rounds are chosen by inner cross-validation by site. */
export const UNIT_TREE_OPTIONS = { classes: UNIT_CLASSES, depth: 3, shrinkage: 0.1, minLeaf: 20, l2: 1, minCount: 3, decimals: 3 } as const;

/** Which family the segmentation's trainer fits (docs/extraction.md "Trees against logistic decisions (round 11)"). */
export const UNIT_FAMILY: Family = 'logistic';

const RIGHT = 0.5;

/** How many labelled items of listing pages (pages with several items) a candidate holds, the page's own item apart. */
export interface UnitCoverage {
  /** labelled items on pages with two or more */
  items: number;
  /** of them, the page's own item (named by the page heading; it is the page unit's, no candidate's) */
  own: number;
  /** of the others, those a candidate of their own holds (labelled "item") */
  covered: number;
  /** of the others, those whose smallest candidate holds another labelled item too (one unit for two items) */
  sharing: number;
}

/** The candidate units of one labelled page, labelled; `roleModel` as the extractor that uses the unit model will run. */
export function unitSamplesOf(c: LabelledCase, roleModel: Classifier<DateRoleClass> | null = null): GroupedSample[] {
  const group = siteOf(c);
  return labelledUnits(c, roleModel).samples.map((s) => ({ ...s, group }));
}

/** The coverage of the candidates over the labelled items of listing pages (the train output reports it). */
export function unitCoverage(cases: readonly LabelledCase[], roleModel: Classifier<DateRoleClass> | null = null): UnitCoverage {
  const out: UnitCoverage = { items: 0, own: 0, covered: 0, sharing: 0 };
  for (const c of cases) {
    if (c.items.length < 2) continue;
    const { own, covered, sharing } = labelledUnits(c, roleModel);
    out.items += c.items.length;
    out.own += own;
    out.covered += covered;
    out.sharing += sharing;
  }
  return out;
}

function labelledUnits(c: LabelledCase, roleModel: Classifier<DateRoleClass> | null): { samples: Sample[] } & Omit<UnitCoverage, 'items'> {
  const { cues, blocks, facts, today } = readPage({ view: cheerioView(c.html), url: c.url, now: new Date(`${c.now}T12:00:00Z`), roles: roleModel && learnedRoles(roleModel), titleModel: null });
  const isFieldHeading = (text: string) => text.length <= 60 && cues.some((k) => k.fieldHeadings.test(text) && text.search(k.fieldHeadings) === 0);
  const root = buildSections(blocks, isFieldHeading);
  const rules = segment(root, blocks, facts, cues);
  const candidates = unitCandidates({ root, blocks, facts, cues, today, ruleUnits: rules.units });
  const pageHeading = blocks.find((b) => b.type === 'heading')?.text ?? '';
  const positive = new Set<number>();
  const labels = c.items.map((it) => normalize(it, c.now));
  // the page's own item: the one the page heading names best (at most one; a call's info event names the call too)
  const onHeading = labels.map((l) => overlap(l.title, pageHeading));
  const own = onHeading.indexOf(Math.max(...onHeading));
  const isOwn = (n: number) => n === own && onHeading[n] >= RIGHT;
  const bests: number[] = [];
  // the smallest by its text: a table of contents in one cell names many items in fewer blocks than an entry
  const size = candidates.map((cand) => cand.unit.blocks.reduce((n, b) => n + b.text.length, 0));
  for (const [n, label] of labels.entries()) {
    if (isOwn(n)) continue;
    const days = new Set([...label.deadlines, label.start].filter((d): d is string => !!d).map((d) => d.slice(0, 10)));
    let best = -1;
    candidates.forEach((cand, i) => {
      // an entry without a heading of its own may take its name from the heading it stands under
      const context = cand.unit.source === 'list' || cand.unit.source === 'row' ? ` ${cand.unit.headings.map((h) => h.text).join(' ')}` : '';
      // a section's heading may be a short form of the item's name ("Information session")
      const named = overlap(label.title, cand.unit.blocks.map((b) => b.text).join(' ') + context) >= RIGHT || (cand.unit.section?.heading !== undefined && overlap(label.title, cand.unit.section.heading.text) >= RIGHT);
      if (!named) return;
      if (days.size) {
        const own = new Set(cand.unit.blocks.map((b) => b.id));
        const holds = facts.dates.some((f) => own.has(f.block.id) && [...days].some((d) => sameDay(f.start, d) || (f.end !== undefined && sameDay(f.end, d))));
        if (!holds) return;
      }
      if (best < 0 || size[i] < size[best]) best = i;
    });
    if (best >= 0) positive.add(best);
    bests.push(best);
  }
  // an item has a candidate of its own when no other item's smallest candidate is the same
  const shared = new Map<number, number>();
  for (const b of bests) shared.set(b, (shared.get(b) ?? 0) + 1);
  const covered = bests.filter((b) => b >= 0 && shared.get(b) === 1).length;
  const sharing = bests.filter((b) => b >= 0 && shared.get(b)! > 1).length;
  // a candidate that no label names and whose dates are all over is left out: the pipeline drops what is over anyway, so
  // it says nothing about whether such a unit is an item
  const over = (cand: (typeof candidates)[number]) => cand.features.includes('past') && !cand.features.includes('future');
  const samples = candidates.flatMap((cand, i) => (positive.has(i) || !over(cand) ? [{ features: cand.features, label: positive.has(i) ? 1 : 0, text: cand.unit.blocks.map((b) => b.text).join(' ').slice(0, 100) }] : []));
  return { samples, own: labels.some((_, n) => isOwn(n)) ? 1 : 0, covered, sharing };
}

function sameDay(d: { year: number | null; month: number; day: number }, iso: string): boolean {
  const [y, m, dd] = iso.split('-').map(Number);
  return d.month === m && d.day === dd && (d.year === null || d.year === y);
}

/** Fits the segmentation model on some pages. */
export function fitUnitModel(cases: readonly LabelledCase[], samples: readonly GroupedSample[] = cases.flatMap((c) => unitSamplesOf(c)), family: Family = UNIT_FAMILY): Classifier<UnitClass> {
  return fitFamily(samples, family, { logistic: UNIT_FIT_OPTIONS, trees: UNIT_TREE_OPTIONS });
}

/** The coverage in words, for the train output and the weights module. */
export function coverageLine(c: UnitCoverage): string {
  return `of the ${c.items} items on pages with several, ${c.covered} have a candidate of their own, ${c.sharing} share one with another item, ${c.own} are the page's own, ${c.items - c.covered - c.sharing - c.own} have none`;
}

/** Writes a fitted segmentation model as the TypeScript data module shared/extract/model/unit-weights.ts (pure). */
export function unitModelModule(model: Classifier<UnitClass>, about: { cases: number; candidates: number; items: number; coverage: UnitCoverage }): string {
  const body = classifierRows(model, '  ');
  return `/**
 * The learned segmentation's weights: ${isTrees(model) ? `gradient-boosted trees (${model.trees[1].length} rounds)` : 'a logistic regression'} over the candidate units of features/units.ts, fitted on
 * ${about.candidates} candidates (${about.items} of them items) of ${about.cases} labelled pages; ${coverageLine(about.coverage)}.
 * Generated by \`npm run train\` (scripts/train/units.ts) — do not edit by hand. Used with \`extract({ segmenter: learnedSegmenter(unitModel) })\`
 * (model/units.ts) or when shared/extract/model/default.ts switches it on.
 */
import type { UnitModel } from './units.ts';

export const unitModel: UnitModel = {
${body}
};
`;
}
