/**
 * Learning a site profile from a correction, as a job of the extraction workers (pool.ts): the correction carries the
 * page's HTML as the user's browser saw it (up to 2 MB, hostile like any page), so parsing it and reading its dates
 * happen off the service's event loop, within the same time budget and memory cap as every extraction.
 */
import type { Correction } from '../../shared/corrections.ts';
import { deriveProfile, type SiteProfile } from '../../shared/extract/profile/index.ts';
import { cheerioView } from './cheerio-view.ts';

export interface ProfileToLearn {
  correction: Correction;
  previous: SiteProfile | null;
}

/** The host's profile after this correction (null when it teaches nothing). */
export function learnProfile(job: ProfileToLearn): SiteProfile | null {
  return deriveProfile({ ...job.correction, view: cheerioView(job.correction.html) }, job.previous);
}
