/**
 * Which fields of a draft the preview asks the user to check: those the extractor gave a confidence below
 * UNCERTAIN_BELOW. Confidences are calibrated probabilities of being right (docs/extraction.md, "Calibration"), so
 * below 0.5 means "more likely wrong than right": on sites the calibration never saw, the marked answers were right 30 %
 * of the time (mostly an empty organizer or an event's empty place), the others 90 % (docs/extraction.md,
 * "Uncertain fields"). A site profile's fields (from the team's corrections) keep their own 0.95 and are not marked.
 */
export const UNCERTAIN_BELOW = 0.5;

/** The fields whose confidence is below the threshold; a field without a confidence is not marked. */
export function uncertainFields(confidence: Record<string, number>): Set<string> {
  return new Set(Object.entries(confidence).filter(([, value]) => value < UNCERTAIN_BELOW).map(([field]) => field));
}
