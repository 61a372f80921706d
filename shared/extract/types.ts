/** What extraction returns: drafts of items (DESIGN.md "Extraction") and the decisions each stage made. */
import type { Deadline, ItemFields } from '../schema.ts';
import type { DateRoleClass } from './model/date-role.ts';
import type { LogisticModel } from './model/logistic.ts';
import type { PageView } from './view.ts';

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
}

export interface Diagnostic {
  stage: 'input' | 'boilerplate' | 'structured' | 'facts' | 'segment' | 'item';
  message: string;
}

export interface ExtractInput {
  /** the parsed page (required: shared/ has no HTML parser; the service wraps HTML with the Cheerio adapter) */
  view: PageView;
  /** where the page was read */
  url: string;
  /** the moment the page is read */
  now: Date;
  /** the text the user selected; only the part of the page inside it is read */
  selection?: string;
  /** the learned date-role model to use (model/date-role.ts); null: the cue cascade alone; absent: the default */
  roleModel?: LogisticModel<DateRoleClass> | null;
}

export interface ExtractResult {
  items: Draft[];
  diagnostics: Diagnostic[];
}
