/**
 * How a trainer reads one labelled page: the extractor runs with the learned decisions that come before the one being
 * fitted (as extraction runs them), and its items are paired with the labels by the referee's rules
 * (shared/eval/score.ts). The title, location and organizer trainers each add their trace to the extraction.
 */
import type { LabelledCase } from '../../shared/eval/cross-validate.ts';
import { match, normalize, type ScoredItem } from '../../shared/eval/score.ts';
import { learnedRoles } from '../../shared/extract/features/date-role.ts';
import { extract, type ExtractOptions } from '../../shared/extract/index.ts';
import type { DateRoleClass } from '../../shared/extract/model/date-role.ts';
import type { LogisticModel } from '../../shared/extract/model/logistic.ts';
import type { Classifier } from '../../shared/extract/model/classifier.ts';
import type { TitleClass } from '../../shared/extract/model/title-class.ts';
import { learnedSegmenter, type UnitModel } from '../../shared/extract/model/units.ts';
import type { DescribedCallModel } from '../../shared/extract/described-calls.ts';
import { cheerioView } from '../../service/extract/cheerio-view.ts';

/** The models the extractor runs with while samples are read (null or absent: the rules — never the committed defaults, which saw every page). */
export interface ReadingModels {
  roleModel?: Classifier<DateRoleClass> | null;
  unitModel?: UnitModel | null;
  titleModel?: LogisticModel<TitleClass> | null;
  describedCalls?: DescribedCallModel | null;
}

/** The page's labelled items paired with what the extractor reads (`extra`: the trainer's trace and overrides). */
export function readLabelled(c: LabelledCase, models: ReadingModels, extra: Partial<ExtractOptions>): Array<[ScoredItem, ScoredItem | null]> {
  const items = extract({
    view: cheerioView(c.html),
    url: c.url,
    now: new Date(`${c.now}T12:00:00Z`),
    roles: models.roleModel ? learnedRoles(models.roleModel) : null,
    segmenter: models.unitModel ? learnedSegmenter(models.unitModel) : null,
    titleModel: models.titleModel ?? null,
    describedCalls: models.describedCalls ?? null,
    // the decisions a trainer does not give are the rules' too: extract's own defaults are the committed modules, which
    // saw every page (a fold's training pages would be read with a model fitted on its held-out pages) and which
    // `npm run train` rewrites (a second run would read what the first wrote)
    locationModel: null,
    eventLines: null,
    organizer: null,
    calibration: null,
    ...extra,
  }).items;
  const gots = items.map((it) => normalize(it as unknown as Record<string, unknown>, c.now));
  return match(c.items.map((it) => normalize(it, c.now)), gots).pairs;
}
