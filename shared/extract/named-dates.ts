/**
 * Entries written as a name line over a line that holds only their date and hours ("<p><b>Kommunale
 * Liegenschaften</b></p><ul><li>01.06. von 15:00 bis 16:30 Uhr</li></ul>", "<h4>Fachtag Ehrenamt</h4><p>Dienstag,
 * 12.03.2024, 18 Uhr, Rathaus</p>"): the name stands in a short block of its own (a bold line or a heading) and the block
 * right after it carries the date and a few words at most (hours, a place). The date line has no name to make an entry
 * of, the name line no date: together they are one entry. Only a repeated shape counts — two or more such pairs on one
 * page, a listing's entries — and only dates no cue gave a role other than an event's (a deadline line under a name is
 * a call's stage, a publication line is none). Pairs whose days all lie inside one span written elsewhere on the page
 * ("12–14 June 2026" over "Opening plenary" / "12 June, 14:00") are that event's programme, not entries. Linear in the
 * page's blocks.
 */
import type { Block } from './blocks.ts';
import type { DateFact } from './facts.ts';
import { withoutDates } from './segment.ts';

/**
 * Whether segmentation reads name lines over date lines (segment.ts step (c5)): off — on, it raised the cross-validated
 * fields (684 cases 0.737 → 0.742) but the refitted learned segmentation moved two pages of one batch below its floors
 * (docs/extraction-units.md, "Seventh session").
 */
export const NAMED_DATES = { on: false };

export interface NamedDate {
  /** the name line */
  name: Block;
  /** the date line after it, and the further date lines right after that one (more sessions of the entry); none when
   * the name line is a paragraph that holds its date line itself */
  dates: Block[];
}

/** A date line is short: a date, its hours and a place at most. */
const MAX_DATE_LINE = 120;
/** Words a date line may have besides its dates ("von … bis … Uhr", "online", a town). */
const MAX_DATE_WORDS = 6;
/** A name line is one short line. */
const MAX_NAME = 160;

const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length;
const dayKey = (d: { month: number; day: number }) => d.month * 100 + d.day;

/** A block that holds a date (its role an event's, or none) and a few words at most. */
function isDateLine(b: Block, dates: DateFact[]): boolean {
  if (b.type === 'heading' || b.text.length > MAX_DATE_LINE || !dates.length) return false;
  if (!dates.some((f) => !f.approximate && (f.role === 'event' || f.role === 'unknown'))) return false;
  if (dates.some((f) => f.role !== 'event' && f.role !== 'unknown')) return false;
  return words(withoutDates(b.text, dates)) <= MAX_DATE_WORDS;
}

/** A block that only names: a heading or an all-bold line, one line, no date, not an introduction ending in ":". */
function isNameLine(b: Block, dates: DateFact[]): boolean {
  if (dates.length || b.cell || b.text.length > MAX_NAME || b.text.includes('\n') || /:\s*$/u.test(b.text)) return false;
  // a name: two words, or one long one ("Mobilität"); a month over a listing ("Mai 2022") is none
  const named = b.text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  if (named.length < 2 && !(named.length === 1 && named[0].length >= 8)) return false;
  return b.type === 'heading' || (b.type === 'text' && b.lead !== undefined && b.lead === b.text);
}

/**
 * A paragraph written as a whole entry: its first line its bold name, its second line the date line
 * ("<p><strong>Opportunity Zones: How Are They Working for Cities?</strong><br><em>June 10, 1:00-2:00 PM ET</em><br>The
 * Boston University Initiative …</p>"). The date must stand on that second line.
 */
function isTitledEntry(b: Block, dates: DateFact[]): boolean {
  if (b.type !== 'text' || b.cell || b.lead === undefined || !dates.length) return false;
  const [first, second] = b.text.split('\n');
  if (second === undefined || first.trim() !== b.lead.trim() || first.length > MAX_NAME) return false;
  const start = first.length + 1;
  const own = dates.filter((f) => f.index >= start && f.index < start + second.length);
  if (!own.length || own.some((f) => f.role !== 'event' && f.role !== 'unknown') || !own.some((f) => !f.approximate)) return false;
  return second.length <= MAX_DATE_LINE && words(withoutDates(second, own.map((f) => ({ ...f, index: f.index - start })))) <= MAX_DATE_WORDS;
}

/**
 * The name/date pairs of a page, in page order; none unless there are two or more and their days are not one event's
 * programme. `blocks` in page order, each block's id its index; `excluded` blocks
 * belong to entries already made (or are the page's own title).
 */
export function namedDates(blocks: Block[], datesOf: Map<number, DateFact[]>, allDates: DateFact[], excluded: (b: Block) => boolean): NamedDate[] {
  if (!NAMED_DATES.on) return [];
  const out: NamedDate[] = [];
  let open: NamedDate | undefined;
  for (let i = 1; i < blocks.length; i++) {
    const b = blocks[i];
    const dates = datesOf.get(b.id) ?? [];
    // a date line that opens a list entry of several blocks is that entry's date (a record of its own), not a line
    const opensEntry = !!b.list && blocks[i + 1]?.list?.id === b.list.id && blocks[i + 1].list!.index === b.list.index;
    if (excluded(b) || opensEntry || (!isDateLine(b, dates) && !isTitledEntry(b, dates))) {
      open = undefined;
      continue;
    }
    if (open && isDateLine(b, dates)) {
      open.dates.push(b);
      continue;
    }
    if (isTitledEntry(b, dates)) {
      out.push({ name: b, dates: [] });
      open = undefined;
      continue;
    }
    const name = blocks[i - 1];
    if (excluded(name) || !isNameLine(name, datesOf.get(name.id) ?? [])) continue;
    open = { name, dates: [b] };
    out.push(open);
  }
  if (out.length < 2) return [];
  // the days of every pair inside one span of days written outside them: an event's programme
  const own = new Set(out.flatMap((p) => [p.name, ...p.dates].map((b) => b.id)));
  const keys = out.flatMap((p) => (p.dates.length ? p.dates : [p.name]).flatMap((b) => (datesOf.get(b.id) ?? []).map((f) => dayKey(f.start))));
  const first = Math.min(...keys);
  const last = Math.max(...keys);
  const spanned = allDates.some((f) => !own.has(f.block.id) && f.end && dayKey(f.end) > dayKey(f.start) && dayKey(f.start) <= first && dayKey(f.end) >= last);
  return spanned ? [] : out;
}
