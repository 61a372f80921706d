/**
 * How a date relates to the date before it in the same block, read from the words between them (pure): joined by a
 * bare conjunction ("jeweils der 30. April und der 31. Oktober", "15.04. bzw. der 15.10."): values of the same words;
 * or moved to it ("vom 31. März auf den 2. Juni", "from 30 April to 15 May" — with an extension cue around them).
 */

/** Only a conjunction (and an article) between two dates: "und der", ", ", "bzw.", "or the". */
const CONJUNCTION = /^\s*(?:,|;|\/|,?\s*(?:und|sowie|oder|bzw\.?|beziehungsweise|and|or|&))\s*(?:der|dem|den|die|am|zum|the|on)?\s*$/iu;

/** The words that move a date to the next: "auf den", "bis zum", "to", "until". */
const MOVED_TO = /^\s*(?:auf|bis|to|until)\s+(?:den|dem|zum|the)?\s*$/iu;

/** Whether the text between two dates joins them as values of the same words. */
export function joinsDates(between: string): boolean {
  return CONJUNCTION.test(between);
}

/** Whether the text between two dates moves the first to the second (the caller checks for an extension cue). */
export function movesDate(between: string): boolean {
  return MOVED_TO.test(between);
}
