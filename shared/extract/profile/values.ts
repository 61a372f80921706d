/** A profile's rules read on a page: a text field's value, a deadline's date (and time) from its row. */
import { LIMITS, type Deadline } from '../../schema.ts';
import { findDates } from '../dates/index.ts';
import type { WrittenDate } from '../dates/types.ts';
import type { DocNode } from '../page.ts';
import { readAt, type Allowance } from './rows.ts';
import type { DeadlineRule, TextField, TextRule } from './schema.ts';

const MAX_TEXT: Record<TextField, number> = { title: LIMITS.title, location: LIMITS.shortText, organizer: LIMITS.shortText };
/** a deadline's row is read up to this many characters: a date and a time, with a few words around them */
const MAX_DATE_TEXT = 300;

const pad = (n: number) => String(n).padStart(2, '0');

/** The text a text rule finds on this page; null when its place is gone or empty. */
export function readText(root: DocNode, field: TextField, rule: TextRule, allowance?: Allowance): string | null {
  return readAt(root, rule.at, MAX_TEXT[field], allowance);
}

/** A written date as a calendar day; a date without a year is the next one within half a year before `today`. */
function dayOf(written: WrittenDate, today: string): string | null {
  let year = written.year;
  if (year === null) {
    year = Number(today.slice(0, 4));
    if (`${year}-${pad(written.month)}-${pad(written.day)}` < shiftMonths(today, -6)) year += 1;
  }
  return year >= 1900 && year <= 9999 ? `${year}-${pad(written.month)}-${pad(written.day)}` : null;
}

function shiftMonths(day: string, months: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** The first date (with its time) in a short text; a range's end is the deadline ("01.03.–30.04.2027"). */
export function dateIn(text: string, today: string, lang: 'de' | 'en' = 'de'): Pick<Deadline, 'date' | 'time'> | null {
  if (text.length > MAX_DATE_TEXT) return null;
  const [mention] = findDates(text, { lang, now: new Date(`${today}T12:00:00Z`) });
  if (!mention) return null;
  const written = mention.end ?? mention.start;
  const date = dayOf(written, today);
  if (!date) return null;
  return written.time ? { date, time: `${pad(written.time.hour)}:${pad(written.time.minute)}` } : { date };
}

/** The deadline a rule finds on this page, with the text it came from; null when its row is gone or holds no date. */
export function readDeadline(root: DocNode, rule: DeadlineRule, today: string, lang: 'de' | 'en' = 'de', allowance?: Allowance): { deadline: Deadline; text: string } | null {
  const text = readAt(root, rule.at, MAX_DATE_TEXT, allowance);
  const when = text ? dateIn(text, today, lang) : null;
  if (!text || !when) return null;
  return { deadline: { ...when, label: rule.label, kind: rule.kind }, text: rule.at.row ? `${rule.label}: ${text}` : text };
}
