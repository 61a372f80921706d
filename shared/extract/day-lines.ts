/**
 * A calendar written as paragraphs: a line that is only a day ("Montag, 16. April 2018", "Mittwoch, 25. April 2018 …
 * 6") heads the lines after it, each of which names one event of that day ("„Regieren im Europäischen
 * Mehrebenensystem“", "Infoveranstaltung „Mein Weg ins Ausland“"), until the next day line. Each named line is an entry
 * dated by its day line.
 */
import type { Block } from './blocks.ts';
import type { DateFact } from './facts.ts';
import type { DocNode } from './page.ts';

/** A named line longer than this is a description of the entry before it, not an entry. */
const MAX_NAME = 200;

export interface DayEntry {
  /** the line that names the entry */
  name: Block;
  /** the day line above it, then the lines that describe it */
  rest: Block[];
}

/**
 * The entries under day lines among a section's paragraphs (in order). A calendar is one flow of paragraphs: only day
 * lines that stand two or more in one container count (a day line alone in its own box is a record of a repeated
 * layout, left to the record steps); a name line is short, one line, no sentence and no "Ort: …" field.
 */
export function dayEntries(blocks: Block[], datesOf: Map<number, DateFact[]>): DayEntry[] {
  const out: DayEntry[] = [];
  const headedDays = new Map<DocNode | null, number>();
  let day: Block | undefined;
  let headed = false;
  for (const b of blocks) {
    if (b.type !== 'text' || b.list || b.cell || (day && b.node.parent !== day.node.parent)) {
      day = undefined;
      if (b.type !== 'text' || b.list || b.cell) continue;
    }
    const dates = datesOf.get(b.id) ?? [];
    if (isDayLine(b, dates)) {
      day = b;
      headed = false;
      continue;
    }
    if (!day) continue;
    // a sentence ("Die weiteren Seiten … angezeigt.") or a field ("Ort: …") describes the entry above
    if (!dates.length && b.label === undefined && b.text.length <= MAX_NAME && !b.text.includes('\n') && !/[^.]\.\s*$/u.test(b.text)) {
      if (!headed) headedDays.set(day.node.parent, (headedDays.get(day.node.parent) ?? 0) + 1);
      headed = true;
      out.push({ name: b, rest: [day] });
    } else if (out.length && headed) out[out.length - 1].rest.push(b);
  }
  return out.filter((e) => (headedDays.get(e.rest[0].node.parent) ?? 0) >= 2);
}

/** A line that is only a date with its weekday (and a page number or dots at most): no name of its own. */
function isDayLine(b: Block, dates: DateFact[]): boolean {
  const own = dates.filter((f) => !f.approximate && (f.role === 'event' || f.role === 'unknown'));
  if (own.length !== 1) return false;
  const f = own[0];
  // a weekday before the date at most; nothing but dots, dashes or a page number after it
  return /^\s*(?:\p{L}{2,10}\.?,?\s*)?$/u.test(b.text.slice(0, f.index)) && !/\p{L}/u.test(b.text.slice(f.index + f.text.length));
}
