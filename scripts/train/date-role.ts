/**
 * The date-role model's training: every date mention of the labelled pages with its features (the pipeline run up to
 * date classification) and its distantly supervised label (labels.ts), fitted by fit.ts. `roleModelFit` plugs the
 * trainer into the evaluation (shared/eval): fitted on the training pages, it extracts with the fitted model.
 */
import type { Extractor, Fit, LabelledCase } from '../../shared/eval/cross-validate.ts';
import { extract, readPage } from '../../shared/extract/index.ts';
import type { DateRoleClass } from '../../shared/extract/model/date-role.ts';
import type { Classifier } from '../../shared/extract/model/classifier.ts';
import { siteOf } from '../../shared/eval/folds.ts';
import { fitFamily, type Family, type GroupedSample } from './fit-trees.ts';
import { cheerioView } from '../../service/extract/cheerio-view.ts';
import { distantLabel, type LabelledItem } from './labels.ts';
import { learnedRoles, ROLE_FEATURES } from '../../shared/extract/features/date-role.ts';

export const CLASSES: readonly DateRoleClass[] = ['deadline', 'event', 'other'];

/** The fitting settings, fixed so that `npm run train` is reproducible. */
export const FIT_OPTIONS = { classes: CLASSES, l2: 0.01, iterations: 500, learningRate: 0.05, minCount: 2, decimals: 2 } as const;

/** The boosted trees' settings (fit-trees.ts): the rounds are chosen by inner cross-validation by site. */
export const ROLE_TREE_OPTIONS = { classes: CLASSES, depth: 3, shrinkage: 0.1, minLeaf: 20, l2: 1, minCount: 3, decimals: 3 } as const;

/** Which family the date roles' trainer fits (docs/extraction.md "Trees against logistic decisions (round 11)"). */
export const ROLE_FAMILY: Family = 'logistic';

export interface Mention extends GroupedSample {
  case: string;
  text: string;
  /** the cue cascade's role, mapped to the model's classes (for comparison) */
  cascade: DateRoleClass;
}

const when = (page: { now: string }) => new Date(`${page.now}T12:00:00Z`);

/** The date mentions of one labelled page, with features and labels; ambiguous mentions are left out. */
export function mentionsOf(c: LabelledCase): Mention[] {
  const { facts } = readPage({ view: cheerioView(c.html), url: c.url, now: when(c), roles: null }, undefined, ROLE_FEATURES);
  const items = c.items as unknown as LabelledItem[];
  const out: Mention[] = [];
  for (const f of facts.dates) {
    const label = distantLabel(f.start, f.end, items.map((it) => ({ deadlines: it.deadlines ?? [], start: it.start ?? null, end: it.end ?? null })));
    // a passage that says its round is over is left out (its deadline is a deadline, of an item that is none); the
    // dates of a page without items are all "other" for the model: nothing on it is to be watched (a closed round, a
    // past event, a running project's reporting dates), which teaches the model where the cascade's cues mislead
    if (!label || !f.features || facts.closed.has(f.block.id)) continue;
    out.push({ case: c.name, group: siteOf(c), text: f.text, features: f.features, label: CLASSES.indexOf(label), cascade: f.role === 'deadline' || f.role === 'event' ? f.role : 'other' });
  }
  return out;
}

/** Fits the model on the mentions of some pages. */
export function fitRoleModel(cases: readonly LabelledCase[], family: Family = ROLE_FAMILY): Classifier<DateRoleClass> {
  return fitRoleSamples(cases.flatMap(mentionsOf), family);
}

/** Fits the model on some mentions, by the family asked. */
export function fitRoleSamples(mentions: readonly Mention[], family: Family = ROLE_FAMILY): Classifier<DateRoleClass> {
  return fitFamily(mentions, family, { logistic: FIT_OPTIONS, trees: ROLE_TREE_OPTIONS });
}

/** An extractor that uses a given role model. */
export function extractorWith(model: Classifier<DateRoleClass> | null): Extractor {
  return (page) => extract({ view: cheerioView(page.html), url: page.url, now: when(page), roles: model && learnedRoles(model) }).items as unknown as Array<Record<string, unknown>>;
}

/** The evaluation's fit hook: train on the training pages, extract with the result. */
export const roleModelFit: Fit = (training) => extractorWith(fitRoleModel(training));
