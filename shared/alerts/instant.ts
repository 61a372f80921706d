/** Instants as the alert rules take them: time always comes in from the caller (`now`), never from a clock. */

/** An instant as a Date, an ISO string or epoch milliseconds. */
export type Instant = Date | string | number;

/** Epoch milliseconds of an instant; throws on an unreadable one (a caller's bug, not user input). */
export function toMs(instant: Instant): number {
  const ms = typeof instant === 'number' ? instant : instant instanceof Date ? instant.getTime() : Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${String(instant)}`);
  return ms;
}
