/**
 * The extractor the evaluation scores. `fit(training)` is where a learned model plugs in: it trains on the pages it is
 * given and returns an extractor that uses the model, so cross-validation fits every model inside each fold. The
 * extractor runs as `callwatch extract` runs it: the Cheerio adapter over the page, `now` at noon UTC of the clipping
 * day. `FITS` names the variants `npm run eval -- --fit NAME` compares: the rules alone, the rules with the learned
 * title choice, with the learned date roles, with both, with the learned segmentation (units), and the defaults with
 * the learned organizer choice (organizer); `default` (what `extract` does by default, learned decisions fitted per
 * fold) is the one the floor gate uses.
 */
import type { Extractor, Fit } from '../../shared/eval/cross-validate.ts';
import { extract, type ExtractInput } from '../../shared/extract/index.ts';
import { learnedRoles } from '../../shared/extract/features/date-role.ts';
import { DEFAULT_DESCRIBED, DEFAULT_EVENT_LINES, DEFAULT_LOCATION_MODEL, DEFAULT_ORGANIZER, DEFAULT_ROLES, DEFAULT_SEGMENTER, DEFAULT_TITLE_MODEL } from '../../shared/extract/model/default.ts';
import { cheerioView } from '../../service/extract/cheerio-view.ts';
import { fitRoleModel } from '../train/date-role.ts';
import { fitTitleModel } from '../train/title.ts';
import { fitLocationModel } from '../train/location.ts';
import { fitOrganizerModel } from '../train/organizer.ts';
import { learnedOrganizer } from '../../shared/extract/organizer-choice.ts';
import { learnedSegmenter } from '../../shared/extract/model/units.ts';
import { fitUnitModel, unitSamplesOf } from '../train/units.ts';
import { fitEventLineModel } from '../train/event-lines.ts';
import { fitDescribedModel } from '../train/described-calls.ts';
import type { Family } from '../train/fit-trees.ts';

/** The model family of each decision that can hold either (absent: its trainer's default). */
type Families = Partial<Record<'roles' | 'units' | 'lines', Family>>;

type Models = Pick<ExtractInput, 'roles' | 'titleModel' | 'segmenter' | 'calibration' | 'locationModel' | 'organizer' | 'eventLines' | 'describedCalls'>;

/**
 * The extractor on one page, with the given models (absent: the defaults of shared/extract/model/default.ts) and raw
 * confidences: the committed calibration was fitted on every page, so the evaluation fits its own inside each fold
 * (scripts/eval/calibration.ts); no other output depends on it.
 */
export function extractorWith(models: Models = {}): Extractor {
  return (page) => extract({ view: cheerioView(page.html), url: page.url, now: new Date(`${page.now}T12:00:00Z`), calibration: null, ...models }).items as unknown as Array<Record<string, unknown>>;
}

/** The extractor with its default decisions on one page, its confidences calibrated by the committed map. */
export const currentExtractor: Extractor = extractorWith({ calibration: undefined });
const rulesOnly: Extractor = extractorWith({ roles: null, titleModel: null, segmenter: null, locationModel: null, organizer: null, eventLines: null, describedCalls: null });

/**
 * The default extractor, fitted: every learned decision that is on by default (shared/extract/model/default.ts) is
 * fitted on the training pages, the others stay rules. So the floor gate always measures what `extract` does.
 */
const defaults: Fit = (training) => fitted(training, { roles: !!DEFAULT_ROLES, title: !!DEFAULT_TITLE_MODEL, units: !!DEFAULT_SEGMENTER, location: !!DEFAULT_LOCATION_MODEL, organizer: !!DEFAULT_ORGANIZER, lines: !!DEFAULT_EVENT_LINES, described: !!DEFAULT_DESCRIBED });

/**
 * The extractor with the chosen learned decisions fitted on `training`, each on the output of the ones before it as
 * extraction runs them: the date roles first, then the segmentation (its samples read with those roles), then the title
 * choice (its samples read with both), the others pinned to the rules.
 */
function fitted(training: Parameters<Fit>[0], on: { roles: boolean; title: boolean; units: boolean; location?: boolean; organizer?: boolean; lines?: boolean; described?: boolean; family?: Families }): Extractor {
  const roleModel = on.roles ? fitRoleModel(training, on.family?.roles) : null;
  const unitModel = on.units ? fitUnitModel(training, training.flatMap((c) => unitSamplesOf(c, roleModel)), on.family?.units) : null;
  const titleModel = on.title ? fitTitleModel(training, roleModel, unitModel) : null;
  // the location choice, its samples read with the decisions before it
  const locationModel = on.location ? fitLocationModel(training, { roleModel, unitModel, titleModel }) : null;
  // the organizer choice last, its samples read with every decision before it
  const organizerModel = on.organizer ? fitOrganizerModel(training, { roleModel, unitModel, titleModel }) : null;
  // the calls only described, read with the decisions before them
  const describedCalls = on.described ? fitDescribedModel(training, { roleModel, unitModel, titleModel, locationModel }) : null;
  // the event lines last: their candidates are the dates no item took, read with every decision before them
  const eventLines = on.lines ? fitEventLineModel(training, { roleModel, unitModel, titleModel, locationModel, describedCalls }, on.family?.lines) : null;
  return extractorWith({ roles: roleModel && learnedRoles(roleModel), titleModel, segmenter: unitModel && learnedSegmenter(unitModel), locationModel, organizer: organizerModel && learnedOrganizer(organizerModel), eventLines, describedCalls });
}

/** The variants, each fitted on the training pages it is given. */
export const FITS = {
  default: defaults,
  rules: () => rulesOnly,
  title: (training) => fitted(training, { roles: false, title: true, units: false }),
  roles: (training) => fitted(training, { roles: true, title: false, units: false }),
  both: (training) => fitted(training, { roles: true, title: true, units: false }),
  units: (training) => fitted(training, { roles: false, title: false, units: true }),
  'units+roles': (training) => fitted(training, { roles: true, title: false, units: true }),
  'units+title': (training) => fitted(training, { roles: false, title: true, units: true }),
  all: (training) => fitted(training, { roles: true, title: true, units: true }),
  organizer: (training) => fitted(training, { roles: !!DEFAULT_ROLES, title: !!DEFAULT_TITLE_MODEL, units: !!DEFAULT_SEGMENTER, location: !!DEFAULT_LOCATION_MODEL, organizer: true, described: !!DEFAULT_DESCRIBED }),
  /** the default decisions with the learned location choice on */
  location: (training) => fitted(training, { roles: !!DEFAULT_ROLES, title: !!DEFAULT_TITLE_MODEL, units: !!DEFAULT_SEGMENTER, location: true, organizer: !!DEFAULT_ORGANIZER, described: !!DEFAULT_DESCRIBED }),
  /** the default decisions with the learned event lines on (event-lines.ts) */
  lines: (training) => fitted(training, { roles: !!DEFAULT_ROLES, title: !!DEFAULT_TITLE_MODEL, units: !!DEFAULT_SEGMENTER, location: !!DEFAULT_LOCATION_MODEL, organizer: !!DEFAULT_ORGANIZER, lines: true, described: !!DEFAULT_DESCRIBED }),
  /** the default decisions, the decisions that can hold either family fitted as boosted trees (fit-trees.ts) — each alone, then all */
  'trees-units': (training) => defaultsWith(training, { units: 'trees' }),
  'trees-roles': (training) => defaultsWith(training, { roles: 'trees' }),
  'trees-lines': (training) => defaultsWith(training, { lines: 'trees' }),
  'stacked-units': (training) => defaultsWith(training, { units: 'stacked' }),
  'stacked-roles': (training) => defaultsWith(training, { roles: 'stacked' }),
  'stacked-lines': (training) => defaultsWith(training, { lines: 'stacked' }),
  'stacked-all': (training) => defaultsWith(training, { roles: 'stacked', units: 'stacked', lines: 'stacked' }),
  'trees-all': (training) => defaultsWith(training, { roles: 'trees', units: 'trees', lines: 'trees' }),
} satisfies Record<string, Fit>;

function defaultsWith(training: Parameters<Fit>[0], family: Families): Extractor {
  return fitted(training, { roles: !!DEFAULT_ROLES, title: !!DEFAULT_TITLE_MODEL, units: !!DEFAULT_SEGMENTER, location: !!DEFAULT_LOCATION_MODEL, organizer: !!DEFAULT_ORGANIZER, lines: !!DEFAULT_EVENT_LINES, described: !!DEFAULT_DESCRIBED, family });
}

export type FitName = keyof typeof FITS;

/** The variant the evaluation and its floor gate use: the decisions on by default, each learned one fitted per fold. */
export const DEFAULT_FIT: FitName = 'default';

export const fit: Fit = FITS[DEFAULT_FIT];
