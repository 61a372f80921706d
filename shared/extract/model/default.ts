/**
 * Which date-role decision extraction uses by default. The learned model (date-role.ts) stacked on the cue cascade
 * (model/role-decision.ts) is the default since it raised the cross-validated fields figure at precision ≥ 0.95 with
 * every batch at its floor (docs/extraction-roles.md); `extract({ roles: null })` reads the roles with the cascade
 * alone. On, its feature reading and weights are in the clip content script.
 */
import { learnedRoles, type LearnedRoles } from '../features/date-role.ts';
import { dateRoleModel } from './date-role.ts';
import type { LocationClass } from '../features/location.ts';
import { locationModel } from './location.ts';
import type { LogisticModel } from './logistic.ts';
import type { TitleClass } from './title-class.ts';
import { titleModel } from './title.ts';
import type { Segmenter } from '../segment.ts';
import type { OrganizerChooser } from '../organizer.ts';
import { learnedSegmenter } from './units.ts';
import { unitModel } from './unit-weights.ts';
import type { EventLineModel } from '../event-lines.ts';
import { eventLineModel } from './event-lines.ts';
import type { DescribedCallModel } from '../described-calls.ts';
import { describedCallModel } from './described-calls.ts';

export const DEFAULT_ROLES: LearnedRoles | undefined = learnedRoles(dateRoleModel);

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

/**
 * Which organizer decision extraction uses by default: the rule cascade (undefined) or the learned organizer choice
 * (`learnedOrganizer(organizerModel)` from organizer-choice.ts and organizer.ts), switched on only when it improves the
 * cross-validated figures (docs/extraction-organizer.md). Off, its code is not in the clip content script.
 */
export const DEFAULT_ORGANIZER: OrganizerChooser | undefined = undefined;

/**
 * Which location decision extraction uses by default: the rule cascade (undefined) or the learned location choice
 * (location-choice.ts with the weights of location.ts), switched on only when it improves the cross-validated figures
 * (docs/extraction-location.md). On: it raises the location and fields figures and keeps every batch at its floor.
 */
export const DEFAULT_LOCATION_MODEL: LogisticModel<LocationClass> | undefined = locationModel;

/**
 * Which event-lines decision extraction uses by default (event-lines.ts: the dates no cue word explains — an entry's
 * line or a sentence with its name part — made event items by a fitted model, `eventLineModel` of model/event-lines.ts),
 * or undefined for none. On since the eighth session: over 844 cases cross-validated by site it raised fields
 * 0.730 → 0.747 at precision 0.957 (28 more items found, 11 more false), no batch's fields lower (docs/extraction.md
 * "Event lines").
 */
export const DEFAULT_EVENT_LINES: EventLineModel | undefined = eventLineModel;

/**
 * Which decision on calls only described extraction uses by default (described-calls.ts: a unit read as a call with no
 * deadline the rules read, made an item open without a date or closing on its own dates by a fitted model,
 * `describedCallModel` of model/described-calls.ts), or undefined for none (the rules: no item).
 */
export const DEFAULT_DESCRIBED: DescribedCallModel | undefined = describedCallModel;
