/** A built-in source a team can add with one click: the agencies our users watch most. */
import type { SourceKind } from '../../scrape/readers/types.ts';

export interface Preset {
  /** the file name without .ts */
  id: string;
  name: string;
  /** the agency, short */
  organizer: string;
  url: string;
  kind: SourceKind;
  itemSelector?: string;
  linkSelector?: string;
  every: string;
  /** one line for the "add a source" dialog (German: the UI's default language) */
  description: string;
}
