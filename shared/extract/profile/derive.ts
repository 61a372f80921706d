/**
 * Learning a site profile from one correction (issue 10, item 2). The saved item says what the right answer was; the
 * page says where it sits. A corrected field teaches where its value sits; a field whose rule reads the saved value
 * again confirms the rule (its count grows); a saved value found elsewhere than the rule says replaces the rule; a
 * learned field the user cleared or moved away without a new place drops it. Pure, and bounded by the page's size.
 */
import { correctedFields, type Correction } from '../../corrections.ts';
import type { Deadline } from '../../schema.ts';
import { berlinDay } from '../../time/berlin.ts';
import { clean, descendants, snapshot, type DocNode } from '../page.ts';
import type { PageView } from '../view.ts';
import { samePath } from './path.ts';
import { boundedText, candidateLocators, readAt } from './rows.ts';
import { profileHost, type DeadlineRule, type Locator, type SiteProfile, type Step, type TextField } from './schema.ts';
import { dateIn, readDeadline, readText } from './values.ts';
import { deriveRecord } from './record.ts';

/** elements of a page looked at for a saved value */
export const MAX_DERIVE_SCAN = 50_000;
const TEXT_FIELDS: TextField[] = ['title', 'location', 'organizer'];
const MAX_VALUE_ELEMENT = 600;
/** texts the date layer reads while looking for one saved deadline */
const MAX_DATE_READS = 2_000;

export interface ProfileLesson extends Pick<Correction, 'url' | 'clippedAt' | 'draft' | 'saved'> {
  /** the page as the correction kept it */
  view: PageView;
}

const sameLocator = (a: Locator, b: Locator) => a.row === b.row && samePath(a.path, b.path);
const sameWhen = (a: Pick<Deadline, 'date' | 'time'>, b: Pick<Deadline, 'date' | 'time'>) => a.date === b.date && (a.time ?? '') === (b.time ?? '');

/** The smallest elements whose text passes `holds`, smallest first (at most a few). */
function smallestHolding(root: DocNode, holds: (text: string) => boolean): DocNode[] {
  const found: Array<{ node: DocNode; size: number }> = [];
  let seen = 0;
  for (const node of descendants(root)) {
    if (++seen > MAX_DERIVE_SCAN) break;
    const text = boundedText(node, MAX_VALUE_ELEMENT);
    if (text && holds(text)) found.push({ node, size: text.length });
  }
  return found.sort((a, b) => a.size - b.size).slice(0, 5).map((f) => f.node);
}

/** The first candidate locator around a value's element that reads the value back on this page. */
function locate(root: DocNode, holds: (text: string) => boolean, readsBack: (at: Locator) => boolean, ownFirst = false): Locator | null {
  for (const node of smallestHolding(root, holds)) {
    for (const at of candidateLocators(node, ownFirst)) if (readsBack(at)) return at;
  }
  return null;
}

/**
 * The profile after one more correction on its host: `previous` (null for a host without one) with what this
 * correction taught. Null when the correction is not for that host, or is about a listing that teaches no record.
 */
export function deriveProfile(lesson: ProfileLesson, previous: SiteProfile | null): SiteProfile | null {
  const host = profileHost(lesson.url);
  if (!host) return null;
  const before: SiteProfile = previous && previous.host === host ? previous : { host };
  const root = snapshot(lesson.view);
  const day = berlinDay(new Date(lesson.clippedAt));
  const next: SiteProfile = structuredClone(before);

  if (lesson.saved.length > 1) {
    // a listing teaches what one record looks like; its items' fields belong to their records, not to the page
    const record = deriveRecord(root, lesson.saved.map((s) => s.fields.title));
    if (record) next.record = before.record && samePath(before.record.path, record) ? { ...before.record, count: before.record.count + 1, correctionAt: day } : { path: record, count: 1, correctionAt: day };
    return next;
  }
  const saved = lesson.saved[0];
  if (!saved) return next;
  const changed = new Set(correctedFields(lesson).changed.flatMap((c) => c.fields));
  const draftItem = saved.from === null ? undefined : lesson.draft[saved.from];

  // kind: not a place but the host's kind of page, learned when the user changed it
  const kind = saved.fields.kind;
  if (before.kind?.value === kind) next.kind = { ...before.kind, count: before.kind.count + 1, correctionAt: day };
  else if (changed.has('kind') || before.kind) next.kind = { value: kind, count: 1, correctionAt: day };

  for (const field of TEXT_FIELDS) {
    const value = saved.fields[field];
    const rule = before[field];
    const want = value ? clean(value) : '';
    if (rule && want && readText(root, field, rule) === want) {
      next[field] = { ...rule, count: rule.count + 1, correctionAt: day };
      continue;
    }
    if (!changed.has(field) && !rule) continue;
    const at = want ? locate(root, (t) => t.includes(want), (loc) => readAt(root, loc, 600) === want, field === 'title') : null;
    if (at) next[field] = { at, count: 1, correctionAt: day };
    else if (changed.has(field)) delete next[field];
  }

  const today = day;
  const rules = new Map((before.deadlines ?? []).map((r) => [r.kind, r] as const));
  const learned = new Map<DeadlineRule['kind'], DeadlineRule>();
  const draftDeadlines = draftItem?.deadlines ?? [];
  for (const d of saved.fields.deadlines) {
    if (learned.has(d.kind)) continue;
    const rule = rules.get(d.kind);
    const read = rule ? readDeadline(root, rule, today) : null;
    if (rule && read && sameWhen(read.deadline, d)) {
      learned.set(d.kind, { ...rule, label: d.label, count: rule.count + 1, correctionAt: day });
      continue;
    }
    const corrected = !draftDeadlines.some((o) => sameWhen(o, d) && o.kind === d.kind);
    if (!corrected && !rule) continue;
    // the day's number must be in the text before the date layer reads it, and it reads a bounded number of texts
    const dayNumber = String(Number(d.date.slice(8, 10)));
    let reads = 0;
    const holds = (t: string) => t.length <= 300 && t.includes(dayNumber) && ++reads <= MAX_DATE_READS && matchesDay(t, d);
    const at = locate(root, holds, (loc) => {
      const got = readDeadline(root, { kind: d.kind, label: d.label, at: loc, count: 1, correctionAt: day }, d.date);
      return got !== null && sameWhen(got.deadline, d);
    });
    if (at) learned.set(d.kind, { kind: d.kind, label: d.label, at, count: 1, correctionAt: day });
  }
  // a rule the user did not contradict stays; one whose kind the user removed (or moved without a place) goes
  for (const [kind, rule] of rules) {
    if (learned.has(kind)) continue;
    const stillSaved = saved.fields.deadlines.some((d) => d.kind === kind);
    if (!changed.has('deadlines') || stillSaved) learned.set(kind, rule);
  }
  const deadlines = [...learned.values()];
  if (deadlines.length) next.deadlines = deadlines;
  else delete next.deadlines;
  return next;
}

/** The text's first date is the saved deadline's day (its time too, when the text states one). */
function matchesDay(text: string, d: Deadline): boolean {
  const found = dateIn(text, d.date);
  return found !== null && found.date === d.date && (!found.time || !d.time || found.time === d.time);
}

export type { Step };
