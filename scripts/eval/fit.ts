/**
 * The extractor the evaluation scores. `fit(training)` is where a learned model plugs in: it trains on the pages it is
 * given and returns an extractor that uses the model, so cross-validation fits every model inside each fold. The
 * extractor runs as `callwatch extract` runs it: the Cheerio adapter over the page, `now` at noon UTC of the clipping
 * day. `FITS` names the variants `npm run eval -- --fit NAME` compares: the rules alone, the rules with the learned
 * title choice, with the learned date roles, with both, and with the learned segmentation (units); `default` (what
 * `extract` does by default, learned decisions fitted per fold) is the one the floor gate uses.
 */
import type { Extractor, Fit } from '../../shared/eval/cross-validate.ts';
import { extract, type ExtractInput } from '../../shared/extract/index.ts';
import { DEFAULT_ROLE_MODEL, DEFAULT_TITLE_MODEL, DEFAULT_UNIT_MODEL } from '../../shared/extract/model/default.ts';
import { cheerioView } from '../../service/extract/cheerio-view.ts';
import { fitRoleModel } from '../train/date-role.ts';
import { fitTitleModel } from '../train/title.ts';
import { fitUnitModel, unitSamplesOf } from '../train/units.ts';

type Models = Pick<ExtractInput, 'roleModel' | 'titleModel' | 'unitModel'>;

/** The extractor on one page, with the given models (absent: the defaults of shared/extract/model/default.ts). */
export function extractorWith(models: Models = {}): Extractor {
  return (page) => extract({ view: cheerioView(page.html), url: page.url, now: new Date(`${page.now}T12:00:00Z`), ...models }).items as unknown as Array<Record<string, unknown>>;
}

/** The extractor with its default decisions on one page. */
export const currentExtractor: Extractor = extractorWith();
const rulesOnly: Extractor = extractorWith({ roleModel: null, titleModel: null, unitModel: null });

/**
 * The default extractor, fitted: every learned decision that is on by default (shared/extract/model/default.ts) is
 * fitted on the training pages, the others stay rules. So the floor gate always measures what `extract` does.
 */
const defaults: Fit = (training) => {
  const roleModel = DEFAULT_ROLE_MODEL ? fitRoleModel(training) : null;
  const titleModel = DEFAULT_TITLE_MODEL ? fitTitleModel(training, roleModel) : null;
  const unitModel = DEFAULT_UNIT_MODEL ? fitUnitModel(training, training.flatMap((c) => unitSamplesOf(c, roleModel))) : null;
  return extractorWith({ roleModel, titleModel, unitModel });
};

/** The variants, each fitted on the training pages it is given. */
export const FITS = {
  default: defaults,
  rules: () => rulesOnly,
  title: (training) => extractorWith({ roleModel: null, titleModel: fitTitleModel(training, null), unitModel: null }),
  roles: (training) => extractorWith({ roleModel: fitRoleModel(training), titleModel: null, unitModel: null }),
  both: (training) => {
    const roleModel = fitRoleModel(training);
    return extractorWith({ roleModel, titleModel: fitTitleModel(training, roleModel), unitModel: null });
  },
  units: (training) => extractorWith({ roleModel: null, titleModel: null, unitModel: fitUnitModel(training) }),
  'units+roles': (training) => {
    const roleModel = fitRoleModel(training);
    return extractorWith({ roleModel, titleModel: null, unitModel: fitUnitModel(training, training.flatMap((c) => unitSamplesOf(c, roleModel))) });
  },
} satisfies Record<string, Fit>;

export type FitName = keyof typeof FITS;

/** The variant the evaluation and its floor gate use: the decisions on by default, each learned one fitted per fold. */
export const DEFAULT_FIT: FitName = 'default';

export const fit: Fit = FITS[DEFAULT_FIT];
