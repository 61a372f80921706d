/**
 * The title model's training: every unit the extractor makes an item of, paired with its labelled item by the
 * referee's rules (shared/eval/score.ts), gives its title candidates with their features (title-choice.ts trace). The
 * label is the candidate whose words overlap the labelled title most, as the referee scores it (ties: every candidate
 * at the top); a unit whose best candidate overlaps less than 0.5 teaches nothing and is left out, as are units
 * whose item matches no label. Fitted as a binary logistic regression (fit.ts) over the candidates.
 */
import type { LabelledCase } from '../../shared/eval/cross-validate.ts';
import { overlap } from '../../shared/eval/score.ts';
import type { DateRoleClass } from '../../shared/extract/model/date-role.ts';
import type { Classifier } from '../../shared/extract/model/classifier.ts';
import type { TitleClass } from '../../shared/extract/model/title-class.ts';
import { withRuleContext } from '../../shared/extract/features/title.ts';
import { lexiconFeatures, type TitleModel } from '../../shared/extract/features/title-lexicon.ts';
import type { UnitModel } from '../../shared/extract/model/units.ts';
import type { TitleTrace } from '../../shared/extract/title-choice.ts';
import type { Sample } from './fit.ts';
import { fitRanking, groupsOf, withRuleMargin, type RankingGroup } from './fit-ranking.ts';
import { readLabelled } from './read-labelled.ts';
import { fitLexicon } from './title-lexicon.ts';

export const TITLE_CLASSES: readonly TitleClass[] = ['other', 'title'];

/** The fitting settings, fixed so that `npm run train` is reproducible. */
export const TITLE_FIT_OPTIONS = { classes: ['other', 'title'] as const, l2: 0.01, iterations: 400, learningRate: 0.05, minCount: 3, decimals: 3 };

/**
 * The rule cascade's answer is kept unless another candidate beats it by this much (log-odds, added to the weight of
 * `src:rule`): swapping one right title for another changes nothing but risks the item's pairing, so the model only
 * replaces an answer that looks wrong. Chosen by cross-validation (docs/extraction-title.md).
 */
export const RULE_MARGIN = 0.5;

/** the overlap the referee asks of a right title */
const RIGHT = 0.5;

export interface TitleSample extends Sample {
  case: string;
  /** which unit of the page (candidates of one unit compete) */
  unit: number;
  text: string;
  /** the candidate's overlap with the labelled title */
  overlap: number;
  /** the rule cascade chose it */
  rule: boolean;
  /** its own features (before the rule answer's context) and the place of the rule's answer among the unit's candidates */
  own: string[];
  ruleAt: number;
}

/**
 * The title candidates of one labelled page, labelled; `roleModel` and `unitModel` as the extractor that uses the title
 * model will run (null: the rules — never the committed defaults, which saw every page and would leak into a fold).
 */
export function titleSamplesOf(c: LabelledCase, roleModel: Classifier<DateRoleClass> | null = null, unitModel: UnitModel | null = null): TitleSample[] {
  if (!c.items.length) return [];
  const traces: TitleTrace[] = [];
  const pairs = readLabelled(c, { roleModel, unitModel }, { titleModel: null, traceTitles: (t) => traces.push(t) });
  const used = new Set<TitleTrace>();
  const out: TitleSample[] = [];
  pairs.forEach(([want, got]) => {
    if (!got) return;
    const trace = traces.find((t) => !used.has(t) && t.chosen === got.title);
    if (!trace || trace.candidates.length < 2) return;
    used.add(trace);
    const overlaps = trace.candidates.map((cand) => overlap(want.title, cand.text));
    const best = Math.max(...overlaps);
    if (best < RIGHT) return;
    const unit = traces.indexOf(trace);
    trace.candidates.forEach((cand, i) => {
      out.push({ case: c.name, unit, text: cand.text, features: cand.features, label: overlaps[i] === best ? 1 : 0, overlap: overlaps[i], rule: cand.features.includes('src:rule'), own: cand.own, ruleAt: trace.rule });
    });
  });
  return out;
}

/** The samples grouped by unit: the candidates that compete for one title. */
export function titleGroups(samples: readonly TitleSample[]): RankingGroup[] {
  return groupsOf(samples);
}

/**
 * The samples with the lexicon's features: each unit's own features plus how much of each candidate is label words,
 * and the rule answer's context read again from those (so `rule-doubt:lex:…` is learned too).
 */
export function withLexicon(samples: readonly TitleSample[], lexicon: readonly string[]): TitleSample[] {
  const set = new Set(lexicon);
  const out: TitleSample[] = [];
  for (let i = 0; i < samples.length; ) {
    let j = i;
    while (j < samples.length && samples[j].case === samples[i].case && samples[j].unit === samples[i].unit) j++;
    const unit = samples.slice(i, j);
    const features = withRuleContext(unit.map((s) => [...s.own, ...lexiconFeatures(s.text, set)]), unit[0].ruleAt);
    unit.forEach((s, k) => out.push({ ...s, features: features[k] }));
    i = j;
  }
  return out;
}

/**
 * Fits the title choice on labelled samples: the lexicon of label words first (title-lexicon.ts), then a ranking of
 * each unit's candidates (fit-ranking.ts) over features that include the lexicon's.
 */
export function fitTitleSamples(samples: readonly TitleSample[], options: { lexicon?: boolean } = {}): TitleModel {
  const lexicon = options.lexicon === false ? [] : fitLexicon(samples);
  const model = withRuleMargin(fitRanking(titleGroups(lexicon.length ? withLexicon(samples, lexicon) : samples), TITLE_FIT_OPTIONS), RULE_MARGIN);
  return lexicon.length ? { ...model, lexicon } : model;
}

/** Fits the title model on some pages. */
export function fitTitleModel(cases: readonly LabelledCase[], roleModel: Classifier<DateRoleClass> | null = null, unitModel: UnitModel | null = null): TitleModel {
  return fitTitleSamples(cases.flatMap((c) => titleSamplesOf(c, roleModel, unitModel)));
}
