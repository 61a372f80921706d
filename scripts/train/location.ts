/**
 * The location model's training: every event unit the extractor makes an item of, paired with its labelled item by the
 * referee's rules (shared/eval/score.ts), gives its location candidates with their features (location-choice.ts
 * trace). A candidate is right when the referee would count it right as the item's location (no place is right when
 * the label has none); a unit with no right candidate teaches nothing (fit-ranking.ts leaves it out), as do units whose
 * item matches no label. Fitted as a ranking of each unit's candidates (conditional logit, fit-ranking.ts).
 */
import type { LabelledCase } from '../../shared/eval/cross-validate.ts';
import { fieldRight } from '../../shared/eval/score.ts';
import type { LocationClass } from '../../shared/extract/features/location.ts';
import type { LocationTrace } from '../../shared/extract/location-choice.ts';
import type { LogisticModel } from '../../shared/extract/model/logistic.ts';
import type { Sample } from './fit.ts';
import { fitRanking, groupsOf, withRuleMargin, type RankingGroup } from './fit-ranking.ts';
import { readLabelled, type ReadingModels } from './read-labelled.ts';

/** The fitting settings, fixed so that `npm run train` is reproducible. */
export const LOCATION_FIT_OPTIONS = { classes: ['other', 'place'] as const, l2: 0.002, iterations: 400, learningRate: 0.05, minCount: 3, decimals: 3 };

/**
 * How the cascade's answer is weighed: null — not at all, the model sees only which rules found a candidate (their
 * `src:rule:*` features); a number — the fitted weight of `src:rule` plus this margin (log-odds), so another candidate
 * replaces the cascade's answer only when it beats it by that much. Chosen by cross-validation (docs/extraction-location.md).
 */
export const LOCATION_RULE_MARGIN: number | null = 0.75;

export interface LocationSample extends Sample {
  case: string;
  /** which event unit of the page (candidates of one unit compete) */
  unit: number;
  value: string | null;
  /** the rule cascade chose it */
  rule: boolean;
}

/** The location candidates of one labelled page, labelled. */
export function locationSamplesOf(c: LabelledCase, models: ReadingModels = {}): LocationSample[] {
  if (!c.items.length) return [];
  const traces: LocationTrace[] = [];
  const pairs = readLabelled(c, models, { traceLocations: (t) => traces.push(t) });
  const used = new Set<LocationTrace>();
  const out: LocationSample[] = [];
  for (const [want, got] of pairs) {
    if (!got || got.kind !== 'event') continue;
    const trace = traces.find((t) => !used.has(t) && t.title === got.title);
    if (!trace) continue;
    used.add(trace);
    // the ranking is fitted on the units' choices; the events a line tells (line-location.ts) are only ranked by it
    if (trace.line) continue;
    const unit = traces.indexOf(trace);
    for (const cand of trace.candidates) {
      out.push({ case: c.name, unit, value: cand.value, features: cand.features, rule: cand.features.includes('src:rule'), label: fieldRight('location', want, { ...got, location: cand.value }) ? 1 : 0 });
    }
  }
  return out;
}

/** The samples grouped by unit: the candidates that compete for one location. */
export function locationGroups(samples: readonly LocationSample[]): RankingGroup[] {
  return groupsOf(samples);
}

/** Fits the location choice on labelled samples, the cascade's answer weighed as LOCATION_RULE_MARGIN says. */
export function fitLocationSamples(samples: readonly LocationSample[], margin: number | null = LOCATION_RULE_MARGIN): LogisticModel<LocationClass> {
  const groups = locationGroups(samples);
  if (margin === null) {
    return fitRanking(groups.map((g) => ({ ...g, candidates: g.candidates.map((c) => c.filter((f) => f !== 'src:rule')) })), LOCATION_FIT_OPTIONS);
  }
  return withRuleMargin(fitRanking(groups, LOCATION_FIT_OPTIONS), margin);
}

/** Fits the location model on some pages. */
export function fitLocationModel(cases: readonly LabelledCase[], models: ReadingModels = {}): LogisticModel<LocationClass> {
  return fitLocationSamples(cases.flatMap((c) => locationSamplesOf(c, models)));
}
