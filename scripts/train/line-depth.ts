/**
 * The page's event-line depth (shared/extract/line-depth.ts; the decision and its fit: depth.ts). Every training page is
 * read once, its event lines scored by a line model fitted **without its site** (3 inner folds by site: the page's
 * candidates as the extractor meets a page it never saw) and taken down to the deepest option; its items under each
 * option are the same extraction less the lines below the option. Deterministic.
 */
import type { LabelledCase } from '../../shared/eval/cross-validate.ts';
import { assignFolds, siteOf } from '../../shared/eval/folds.ts';
import { learnedRoles } from '../../shared/extract/features/date-role.ts';
import { extract } from '../../shared/extract/index.ts';
import type { EventLineCandidate } from '../../shared/extract/event-lines.ts';
import { LINE_DEPTH_OPTIONS } from '../../shared/extract/line-depth.ts';
import type { DepthModel } from '../../shared/extract/depth.ts';
import type { Classifier } from '../../shared/extract/model/classifier.ts';
import { learnedSegmenter } from '../../shared/extract/model/units.ts';
import type { Draft } from '../../shared/extract/types.ts';
import { cheerioView } from '../../service/extract/cheerio-view.ts';
import { EVENT_LINE_THRESHOLD, fitEventLineSamples, type EventLineSample } from './event-lines.ts';
import type { ReadingModels } from './read-labelled.ts';
import { depthModule, fitDepth, gainOver, INNER_FOLDS, INNER_SEED, pageScore, type DepthSample } from './depth.ts';

/** Whether the event lines' trainers fit the page's depth (false: today's threshold on every page). */
export const LINE_DEPTH = false;

type Models = ReadingModels & { locationModel?: Parameters<typeof extract>[0]['locationModel'] };

/** The page read once to the deepest option with a given line model: its depth features and each option's gain. */
export function lineDepthSampleOf(c: LabelledCase, models: Models, lineModel: Classifier<'other' | 'event'>, fold = 0): DepthSample {
  const candidates: EventLineCandidate[] = [];
  let features: string[] = [];
  const items = extract({
    view: cheerioView(c.html),
    url: c.url,
    now: new Date(`${c.now}T12:00:00Z`),
    roles: models.roleModel ? learnedRoles(models.roleModel) : null,
    segmenter: models.unitModel ? learnedSegmenter(models.unitModel) : null,
    titleModel: models.titleModel ?? null,
    describedCalls: models.describedCalls ?? null,
    locationModel: models.locationModel ?? null,
    eventLines: { model: lineModel, threshold: LINE_DEPTH_OPTIONS[LINE_DEPTH_OPTIONS.length - 1] },
    organizer: null,
    calibration: null,
    traceEventLines: (cand) => candidates.push(cand),
    traceLineDepth: (d) => (features = d.features),
  }).items;
  // each taken line's item, by identity, else by its title and start (a later step may have copied it)
  const probabilityOf = new Map<Draft, number>();
  const byKey = new Map<string, number>();
  for (const cand of candidates) {
    if (!cand.made) continue;
    probabilityOf.set(cand.made, cand.probability ?? 0);
    byKey.set(`${cand.made.title}\u0000${cand.made.start}`, cand.probability ?? 0);
  }
  const lineP = (it: Draft) => probabilityOf.get(it) ?? byKey.get(`${it.title}\u0000${it.start}`);
  const at = (threshold: number) => pageScore(c, items.filter((it) => (lineP(it) ?? 1) >= threshold));
  const today = at(EVENT_LINE_THRESHOLD);
  return { case: c.name, fold, features, gains: LINE_DEPTH_OPTIONS.map((t) => gainOver(today, at(t))) };
}

/** The depth samples of the training pages (in their order), each read with a line model fitted without its inner fold's sites. */
export function lineDepthSamplesOf(cases: readonly LabelledCase[], lineSamples: readonly EventLineSample[][], models: Models): DepthSample[] {
  const foldOf = assignFolds(cases.map(siteOf), INNER_FOLDS, INNER_SEED);
  const out: DepthSample[] = new Array(cases.length);
  for (let k = 0; k < INNER_FOLDS; k++) {
    const lineModel = fitEventLineSamples(lineSamples.filter((_, i) => foldOf[i] !== k).flat());
    cases.forEach((c, i) => {
      if (foldOf[i] === k) out[i] = lineDepthSampleOf(c, models, lineModel, k);
    });
  }
  return out;
}

export const fitLineDepth = (samples: readonly DepthSample[]): DepthModel => fitDepth(samples, LINE_DEPTH_OPTIONS);

/** The fitted depth as the TypeScript data module shared/extract/model/line-depth.ts. */
export function lineDepthModule(m: DepthModel | null, about: { cases: number; summary: string }): string {
  if (!m) return depthModule(null, { name: 'lineDepthModel', doc: ` * How deep to read a page's event lines (line-depth.ts, depth.ts): off — \`LINE_DEPTH\` is false in scripts/train/line-depth.ts.` });
  return depthModule(m, {
    name: 'lineDepthModel',
    doc: ` * How deep to read a page's event lines (line-depth.ts, depth.ts): per option a logistic regression over the page's
 * features, fitted on ${about.cases} labelled pages read with line models fitted without their sites (scripts/train/line-depth.ts):
 * ${about.summary}.`,
  });
}
