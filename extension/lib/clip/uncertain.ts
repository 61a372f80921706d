/**
 * Which fields of a draft the preview asks the user to check: those the extractor gave a confidence below
 * UNCERTAIN_BELOW. The threshold comes from the corpus (docs/extraction.md, "Uncertain fields"): below 0.5 the
 * extractor's answers were right about two times in three (organizer 66 %, deadlines 70 %), at or above it 95 % and more.
 */
export const UNCERTAIN_BELOW = 0.5;

/** The fields whose confidence is below the threshold; a field without a confidence is not marked. */
export function uncertainFields(confidence: Record<string, number>): Set<string> {
  return new Set(Object.entries(confidence).filter(([, value]) => value < UNCERTAIN_BELOW).map(([field]) => field));
}
