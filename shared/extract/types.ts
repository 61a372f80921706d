/** What extraction returns: drafts of items (DESIGN.md "Extraction") and the decisions each stage made. */
import type { DescribedCallModel, DescribedCandidate } from './described-calls.ts';
import type { Deadline, ItemFields } from '../schema.ts';
import type { LearnedRoles } from './features/date-role.ts';
import type { CalibrationMap } from './model/calibration-map.ts';
import type { LogisticModel } from './model/logistic.ts';
import type { TitleClass } from './model/title-class.ts';
import type { Segmenter } from './segment.ts';
import type { TitleTrace } from './title-choice.ts';
import type { OrganizerChooser } from './organizer.ts';
import type { EventLineCandidate, EventLineModel } from './event-lines.ts';
import type { LocationClass } from './features/location.ts';
import type { LocationTrace } from './location-choice.ts';
import type { PageView } from './view.ts';
import type { DocNode } from './page.ts';
import type { Learned, SiteProfile } from './profile/schema.ts';

/** The item fields a draft proposes; team and sync fields (status, assignee, tags, notes, watch …) are the user's. */
export type DraftFields = Pick<ItemFields, 'kind' | 'title' | 'url' | 'summary' | 'organizer' | 'location' | 'deadlines' | 'start' | 'end' | 'programme' | 'amount'>;

export type ConfidenceField = 'kind' | 'title' | 'deadlines' | 'start' | 'end' | 'location' | 'organizer' | 'summary' | 'programme' | 'amount';

/** The sentence a date came from. */
export interface Evidence {
  field: 'deadline' | 'start' | 'end';
  /** YYYY-MM-DD or YYYY-MM-DDTHH:MM */
  value: string;
  text: string;
}

export interface Draft extends DraftFields {
  deadlines: Deadline[];
  /** the earliest deadline on or after `now`, else the latest, else null (date or date-time) */
  deadline: string | null;
  /** 0–1 per field */
  confidence: Partial<Record<ConfidenceField, number>>;
  evidence: Evidence[];
  /**
   * Only with `includePast`: what about the item is over at `now` — `event` (its last day has passed), `deadline` (a
   * call whose every deadline has passed, or whose round the page says is closed), or null (still relevant).
   */
  over?: Over | null;
  /** the fields read from the host's site profile, each with the day of the correction that taught it (profile/apply.ts) */
  learned?: Learned;
}

/** What made an item no longer relevant at `now`. */
export type Over = 'event' | 'deadline';

export interface Diagnostic {
  stage: 'input' | 'boilerplate' | 'structured' | 'facts' | 'segment' | 'item';
  message: string;
}

/**
 * The page to read, one of two: its parsed `view` (shared/ has no HTML parser; the service wraps HTML with the Cheerio
 * adapter), copied by page.ts `snapshot`; or a `tree` already copied (page-wire.ts `fromWire`, which keeps the same
 * guarantees: the clip's snapshot, rebuilt in the extension), read as it is and never changed.
 */
export type PageSource = { view: PageView; tree?: undefined } | { tree: DocNode; view?: undefined };

export type ExtractInput = PageSource & ExtractOptions;

export interface ExtractOptions {
  /** where the page was read */
  url: string;
  /** the moment the page is read */
  now: Date;
  /** the text the user selected; only the part of the page inside it is read */
  selection?: string;
  /** asked while the page is read; true stops the extraction with ExtractionStopped (budget.ts) */
  shouldStop?: () => boolean;
  /**
   * the learned date-role decision (`learnedRoles(dateRoleModel)`, features/date-role.ts and model/date-role.ts); null:
   * the cue cascade alone; absent: the default (model/default.ts)
   */
  roles?: LearnedRoles | null;
  /** the learned title choice (model/title.ts); null: the rule cascade alone; absent: the default (model/default.ts) */
  titleModel?: LogisticModel<TitleClass> | null;
  /**
   * the organizer decision, when not the rule cascade: the learned choice (organizer-choice.ts
   * `learnedOrganizer(organizerModel)`); null: the rule cascade; absent: the default (model/default.ts)
   */
  organizer?: OrganizerChooser | null;
  /**
   * which parts of the page are items, when not the rule cascade: the learned segmentation (model/units.ts
   * `learnedSegmenter(weights)`); null: the rule cascade; absent: the default (model/default.ts)
   */
  segmenter?: Segmenter | null;
  /**
   * The calibration of the fields' confidences (model/calibration-map.ts), applied last, before a site profile; null:
   * the raw confidences of the rules and models (the evaluation calibrates them itself, fold by fold); absent: the
   * default (model/calibration.ts, fitted by `npm run train`).
   */
  calibration?: CalibrationMap | null;
  /** told every unit's title candidates with their features and the title chosen (the trainer, scripts/train/title.ts) */
  traceTitles?: (trace: TitleTrace) => void;
  /** the learned location choice (model/location.ts); null: the rule cascade alone; absent: the default (model/default.ts) */
  locationModel?: LogisticModel<LocationClass> | null;
  /** told every event unit's location candidates with their features and the place chosen (scripts/train/location.ts) */
  traceLocations?: (trace: LocationTrace) => void;
  /** the learned event lines (event-lines.ts, model/event-lines.ts); null: none; absent: the default (model/default.ts) */
  eventLines?: EventLineModel | null;
  /** told every event-line candidate with its features (scripts/train/event-lines.ts) */
  traceEventLines?: (c: EventLineCandidate) => void;
  /** the learned decision on calls only described (described-calls.ts, model/described-calls.ts); null: none is an item; absent: the default (model/default.ts) */
  describedCalls?: DescribedCallModel | null;
  /** told every call only described with its features (scripts/train/described-calls.ts) */
  traceDescribed?: (c: DescribedCandidate) => void;
  /**
   * Also return the items that are over at `now` (a past event, a closed round), each marked with `over`. A clip asks
   * for them (a person who clips a page wants what is on it); automatic paths (sources, watched items), `callwatch
   * extract` and the corpus leave it off and get only what is relevant at `now`. Default false.
   */
  includePast?: boolean;
  /**
   * The site profile of the page's host (learned from the team's corrections, profile/): applied first, field by
   * field; a field whose place the page no longer has keeps the pipeline's value. Ignored when invalid or for another host.
   */
  profile?: SiteProfile | null;
}

export interface ExtractResult {
  items: Draft[];
  diagnostics: Diagnostic[];
}
