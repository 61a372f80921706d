/**
 * The date-role model's training: every date mention of the labelled pages with its features (the pipeline run up to
 * date classification) and its distantly supervised label (labels.ts), fitted by fit.ts. `roleModelFit` plugs the
 * trainer into the evaluation (shared/eval): fitted on the training pages, it extracts with the fitted model.
 */
import type { Extractor, Fit, LabelledCase } from '../../shared/eval/cross-validate.ts';
import { extract, readPage } from '../../shared/extract/index.ts';
import type { DateRoleClass } from '../../shared/extract/model/date-role.ts';
import { siteOf } from '../../shared/eval/folds.ts';
import { fitFamily, type Family, type GroupedSample } from './fit-trees.ts';
import { cheerioView } from '../../service/extract/cheerio-view.ts';
import { distantLabel, type LabelledItem } from './labels.ts';
import { learnedRoles, ROLE_FEATURES, type RoleFeatures, type RoleModel } from '../../shared/extract/features/date-role.ts';
import { EVIDENCE_ROLES, roleEvidenceFeatures, roleWords, type RoleEvidence } from '../../shared/extract/features/role-evidence.ts';
import { crossFittedEvidence, EVIDENCE_DEFAULTS, fitWordEvidence, innerFoldsOf, type EvidenceOptions } from './word-evidence.ts';
import { chooseThresholds, type ScoredMention, type ThresholdOptions } from './role-thresholds.ts';
import { classify } from '../../shared/extract/model/classifier.ts';

export const CLASSES: readonly DateRoleClass[] = ['deadline', 'event', 'other'];

/** The fitting settings, fixed so that `npm run train` is reproducible. */
export const FIT_OPTIONS = { classes: CLASSES, l2: 0.01, iterations: 500, learningRate: 0.05, minCount: 2, decimals: 2 } as const;

/** The boosted trees' settings (fit-trees.ts): the rounds are chosen by inner cross-validation by site. */
export const ROLE_TREE_OPTIONS = { classes: CLASSES, depth: 3, shrinkage: 0.1, minLeaf: 20, l2: 1, minCount: 3, decimals: 3 } as const;

/** The fitting options of each family, for the model and its out-of-fold readings alike. */
const FIT_BY_FAMILY = { logistic: FIT_OPTIONS, trees: ROLE_TREE_OPTIONS };

/** Which family the date roles' trainer fits (docs/extraction.md "Trees against logistic decisions (round 11)"). */
export const ROLE_FAMILY: Family = 'logistic';

export interface Mention extends GroupedSample {
  case: string;
  text: string;
  /** the cue cascade's role, mapped to the model's classes (for comparison) */
  cascade: DateRoleClass;
  /** the words around the date (role-evidence.ts roleWords): the word evidence is fitted on them */
  words: string[];
}

/** The word-evidence tables' settings (scripts/train/word-evidence.ts); `false`: the model is fitted without them. On at the
 * setting best held out (words on pages of ≥ 3 sites, 800 per table; docs/extraction.md "Date roles: word evidence (round
 * 13)" and "… thresholds chosen with the evidence on (round 14)"). */
export const ROLE_EVIDENCE: Partial<EvidenceOptions> | false = { minGroups: 3, maxWords: 800, prior: 4 };

/** The features reading of training: the mention's features without evidence, its words kept beside them. */
function recordingWords(words: WeakMap<readonly string[], string[]>): RoleFeatures {
  return {
    heading: ROLE_FEATURES.heading,
    mention: (m) => {
      const f = ROLE_FEATURES.mention(m);
      words.set(f, roleWords(m.ctx));
      return f;
    },
  };
}

/**
 * The overrule thresholds' choice (role-thresholds.ts); `false`: the model carries none and role-decision.ts's constants
 * decide. The rate is one constant for every change (docs/extraction.md "Date roles: thresholds chosen with the evidence
 * on (round 14)"). A date the cascade left without a role is never made an event by this decision (`kept`: the
 * constants' "never"): the event lines decide such dates with the later stages' guards (rate 0.65 with the change
 * chosen by data made 50 false items more).
 */
export const ROLE_THRESHOLDS: Partial<ThresholdOptions> | false = { rate: 0.65, kept: ['other>event'] };

const when = (page: { now: string }) => new Date(`${page.now}T12:00:00Z`);

/** The date mentions of one labelled page, with features and labels; ambiguous mentions are left out. */
export function mentionsOf(c: LabelledCase): Mention[] {
  const words = new WeakMap<readonly string[], string[]>();
  const { facts } = readPage({ view: cheerioView(c.html), url: c.url, now: when(c), roles: null }, undefined, recordingWords(words));
  const items = c.items as unknown as LabelledItem[];
  const out: Mention[] = [];
  for (const f of facts.dates) {
    const label = distantLabel(f.start, f.end, items.map((it) => ({ deadlines: it.deadlines ?? [], start: it.start ?? null, end: it.end ?? null })));
    // a passage that says its round is over is left out (its deadline is a deadline, of an item that is none); the
    // dates of a page without items are all "other" for the model: nothing on it is to be watched (a closed round, a
    // past event, a running project's reporting dates), which teaches the model where the cascade's cues mislead
    if (!label || !f.features || facts.closed.has(f.block.id)) continue;
    out.push({ case: c.name, group: siteOf(c), text: f.text, features: f.features, label: CLASSES.indexOf(label), cascade: f.role === 'deadline' || f.role === 'event' ? f.role : 'other', words: words.get(f.features) ?? [] });
  }
  return out;
}

/** Fits the model on the mentions of some pages. */
export function fitRoleModel(cases: readonly LabelledCase[], family: Family = ROLE_FAMILY): RoleModel {
  return fitRoleSamples(cases.flatMap(mentionsOf), family);
}

/**
 * Fits the model on some mentions, by the family asked. With word evidence (ROLE_EVIDENCE): one table per role against
 * the rest; each mention's evidence features are read with the tables fitted without its site's inner fold
 * (crossFittedEvidence), so the model learns how far evidence read on a new page is to be trusted; the model carries
 * the tables fitted on every mention. With ROLE_THRESHOLDS, the model also carries the thresholds at which it overrules
 * the cascade, chosen on every mention's answer read out of fold (the model fitted without its site's inner fold, the
 * same folds as the evidence's; role-thresholds.ts).
 */
export function fitRoleSamples(
  mentions: readonly Mention[],
  family: Family = ROLE_FAMILY,
  evidence: Partial<EvidenceOptions> | false = ROLE_EVIDENCE,
  thresholds: Partial<ThresholdOptions> | false = ROLE_THRESHOLDS,
): RoleModel {
  let samples: readonly Mention[] = mentions;
  let tables: RoleEvidence | undefined;
  if (evidence) {
    const perRole = EVIDENCE_ROLES.map((role) => evidenceSamples(mentions, role));
    const crossFitted = perRole.map((roleSamples) => crossFittedEvidence(roleSamples, evidence));
    samples = mentions.map((m, i) => {
      const own: RoleEvidence = Object.fromEntries(EVIDENCE_ROLES.map((role, r) => [role, crossFitted[r][i]]));
      return { ...m, features: [...m.features, ...roleEvidenceFeatures(m.words, own)] };
    });
    tables = Object.fromEntries(EVIDENCE_ROLES.map((role, r) => [role, fitWordEvidence(perRole[r], evidence)]));
  }
  const model: RoleModel = fitFamily(samples, family, FIT_BY_FAMILY);
  return {
    ...model,
    ...(tables ? { evidence: tables } : {}),
    ...(thresholds ? { thresholds: chooseThresholds(outOfFold(samples, family, evidence || {}), thresholds) } : {}),
  };
}

/** Every mention's answer by the model fitted without its site's inner fold (the evidence's folds), beside its label. */
export function outOfFold(samples: readonly Mention[], family: Family, evidence: Partial<EvidenceOptions> = {}): ScoredMention[] {
  const folds = { ...EVIDENCE_DEFAULTS, ...evidence }.innerFolds;
  const foldOf = innerFoldsOf(samples.map((s) => s.group), evidence);
  const out: ScoredMention[] = new Array(samples.length);
  for (let fold = 0; fold < folds; fold++) {
    const training = samples.filter((_, i) => foldOf[i] !== fold);
    if (!training.length || training.length === samples.length) continue;
    const model = fitFamily(training, family, FIT_BY_FAMILY);
    samples.forEach((s, i) => {
      if (foldOf[i] === fold) out[i] = { cascade: s.cascade, truth: CLASSES[s.label], prediction: classify(model, s.features) };
    });
  }
  return out.filter(Boolean);
}

/** The mentions as samples of one role's table: right when the mention is of that role. */
const evidenceSamples = (mentions: readonly Mention[], role: DateRoleClass) =>
  mentions.map((m) => ({ words: m.words, label: CLASSES[m.label] === role ? 1 : 0, group: m.group }));

/** An extractor that uses a given role model. */
export function extractorWith(model: RoleModel | null): Extractor {
  return (page) => extract({ view: cheerioView(page.html), url: page.url, now: when(page), roles: model && learnedRoles(model) }).items as unknown as Array<Record<string, unknown>>;
}

/** The evaluation's fit hook: train on the training pages, extract with the result. */
export const roleModelFit: Fit = (training) => extractorWith(fitRoleModel(training));
