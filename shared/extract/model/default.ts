/**
 * Which date-role decision extraction uses by default. The learned model (date-role.ts) becomes the default only when
 * its cross-validated corpus figures are at least as good as the cue cascade's (docs: scripts/train/README.md);
 * until then it is used only when asked for (`extract({ roles: learnedRoles(dateRoleModel) })`); off, its feature reading is
 * not in the clip content script.
 */
import type { LearnedRoles } from '../features/date-role.ts';
import type { LogisticModel } from './logistic.ts';
import type { TitleClass } from './title-class.ts';
import { titleModel } from './title.ts';
import type { Segmenter } from '../segment.ts';
import { learnedSegmenter } from './units.ts';
import { unitModel } from './unit-weights.ts';

export const DEFAULT_ROLES: LearnedRoles | undefined = undefined;

/**
 * Which title decision extraction uses by default: the rule cascade (undefined) or the learned title choice
 * (title.ts), switched on only when it improves the cross-validated figures (docs/extraction.md). On: it raises the
 * title and fields figures and keeps every batch at its floor (docs/extraction-title.md).
 */
export const DEFAULT_TITLE_MODEL: LogisticModel<TitleClass> | undefined = titleModel;

/**
 * Which segmentation extraction uses by default: the rule cascade (undefined) or the learned choice of units
 * (`learnedSegmenter(unitModel)` from units.ts and unit-weights.ts), switched on only when it improves the
 * cross-validated figures (docs/extraction.md). On: stacked on the rules, it adds the entries and the events told in
 * prose the rules miss, raising fields at a precision ≥ 0.95 (docs/extraction-units.md).
 */
export const DEFAULT_SEGMENTER: Segmenter | undefined = learnedSegmenter(unitModel);
