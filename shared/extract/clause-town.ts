/**
 * The place a sentence gives its own event in ("… der Hochschule Harz in Wernigerode.", "Lead applicant workshop in
 * Rotterdam on 22–23 March", "at Peopleton Village Hall", "in the Wyong Council building"): a town that ends the
 * clause, a town right before the date, else the name a venue noun follows. Used for the events a call announces
 * (announced-events.ts) and a programme told in sentences (prose-events.ts).
 */

/** A town that ends a clause. */
const CLOSING = /(?<![\p{L}])in\s+(\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)?(?:\s\(\p{L}+\))?)\s*(?:[,;.!]\s*)?$/u;
/** A town right before the date ("in Rotterdam on 22–23 March", "in Dieburg am 11. März"). */
const BEFORE_DATE = /(?<![\p{L}])in\s+(\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)?)\s+(?:on|am|vom|from)\s+\d/u;
/** The name before a venue noun ("at Lake Haven Library", "in the Wyong Council Administration Centre"). */
const VENUE = /(?<![\p{L}])(?:at|in)\s+(?:[Tt]he\s+)?((?:\p{Lu}[\p{Ll}]+\s){1,2}?)(?:(?:Village|Town|Community|Council|Public|Administration)\s+)*(?:Library|Hall|Centre|Center|Church|School|Museum|Theatre|building)(?![\p{L}])/u;

/** The town of a clause's event, if the clause gives one. */
export function clauseTown(clause: string): string | undefined {
  const m = CLOSING.exec(clause) ?? BEFORE_DATE.exec(clause) ?? VENUE.exec(clause);
  const town = m?.[1].trim();
  return town && !/^(?:Old|New|Main)$/u.test(town) ? town : undefined;
}
