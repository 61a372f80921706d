/**
 * The learned decisions the extension's extraction carries, in place of shared/extract/model/default.ts: wxt.config.ts
 * resolves that module here for every extension bundle. The clip content script is injected into each clipped page and
 * must stay within 80 KB gzipped (bench/extension.ts); every learned decision adds its feature code and weights to it.
 * A decision left out here is read by the rules in the extension, exactly as `extract({ … : null })` reads it in the
 * service; the service, the scraper and the CLI use every default of default.ts. Which ones the clip carries, their
 * bytes and what leaving one out costs on the corpus: docs/extraction.md "The clip's learned decisions".
 * test/extension/clip-defaults.test.ts checks that each export is default.ts's own value or undefined.
 */
import type { LearnedRoles } from '../../shared/extract/features/date-role.ts';
import type { LocationClass } from '../../shared/extract/features/location.ts';
import type { LogisticModel } from '../../shared/extract/model/logistic.ts';
import type { TitleClass } from '../../shared/extract/model/title-class.ts';
import { titleModel } from '../../shared/extract/model/title.ts';
import type { OrganizerChooser } from '../../shared/extract/organizer.ts';
import type { Segmenter } from '../../shared/extract/segment.ts';

/** the learned title choice: carried (it raises the title figure the most for its bytes) */
export const DEFAULT_TITLE_MODEL: LogisticModel<TitleClass> | undefined = titleModel;
/** the learned date roles: left out (feature code and weights ≈ 5.7 KB gzipped) */
export const DEFAULT_ROLES: LearnedRoles | undefined = undefined;
/** the learned location choice: left out (candidates, features and weights ≈ 4.1 KB gzipped) */
export const DEFAULT_LOCATION_MODEL: LogisticModel<LocationClass> | undefined = undefined;
/** the learned segmentation: left out (candidate features and weights ≈ 4–5 KB gzipped) */
export const DEFAULT_SEGMENTER: Segmenter | undefined = undefined;
/** off by default everywhere */
export const DEFAULT_ORGANIZER: OrganizerChooser | undefined = undefined;
