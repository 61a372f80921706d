/**
 * Applying a site profile (issue 10, item 2): on a page of the profile's host, every field the profile knows is read
 * from its place first; a field whose place the page no longer has (the template changed), or whose place holds no
 * usable value, keeps what the general pipeline found. Fields taken from the profile are marked in `learned`.
 * Bounded: every node all its readings look at together (path walks, labelled rows' scans, texts) is paid from one
 * allowance of MAX_APPLY_WORK nodes — less than one pass over a large page, which the pipeline makes several times —
 * plus a handful of short texts for the date layer; a field whose reading finds the allowance spent keeps the
 * pipeline's value. Never throws: a profile can only add to what the pipeline found, not break or slow the extraction.
 */
import type { Deadline } from '../../schema.ts';
import { deriveDeadline, overAt } from '../assemble.ts';
import type { DocNode } from '../page.ts';
import type { Draft } from '../types.ts';
import { profileHost, type Learned, type SiteProfile, type TextField } from './schema.ts';
import { readDeadline, readText } from './values.ts';
import type { Allowance } from './rows.ts';

/** nodes all readings of one application look at, together */
export const MAX_APPLY_WORK = 100_000;

export interface ApplyContext {
  url: string;
  /** YYYY-MM-DD, Europe/Berlin */
  today: string;
  lang: 'de' | 'en';
  includePast: boolean;
}

/** How sure a field read from a learned place is: above every "bitte prüfen" threshold. */
const LEARNED_CONFIDENCE = 0.95;
const TEXT_FIELDS: TextField[] = ['title', 'location', 'organizer'];
const key = (d: Pick<Deadline, 'date' | 'time'>) => (d.time ? `${d.date}T${d.time}` : d.date);

/** The drafts with the profile's fields applied, notes for the diagnostics, and the nodes its readings looked at. */
export function applyProfile(root: DocNode, items: Draft[], profile: SiteProfile, ctx: ApplyContext): { items: Draft[]; notes: string[]; visited: number } {
  const allowance: Allowance = { nodes: MAX_APPLY_WORK };
  const visited = () => MAX_APPLY_WORK - Math.max(0, allowance.nodes);
  try {
    return { ...applyUnsafe(root, items, profile, ctx, allowance), visited: visited() };
  } catch (error) {
    return { items, notes: [`profile not applied: ${error instanceof Error ? error.message : String(error)}`], visited: visited() };
  }
}

function applyUnsafe(root: DocNode, items: Draft[], profile: SiteProfile, ctx: ApplyContext, allowance: Allowance): { items: Draft[]; notes: string[] } {
  if (profileHost(ctx.url) !== profile.host) return { items, notes: [`profile for ${profile.host} not applied on another host`] };
  // a profile learned from single pages knows the page's fields, not a listing's records
  if (items.length > 1) return { items, notes: [`profile for ${profile.host}: a listing of ${items.length} items, page fields not applied`] };
  const notes: string[] = [];
  const texts: Partial<Record<TextField, string>> = {};
  for (const field of TEXT_FIELDS) {
    const rule = profile[field];
    if (!rule) continue;
    const value = readText(root, field, rule, allowance);
    if (value) texts[field] = value;
    notes.push(`profile ${field}: ${value ? 'read from its place' : 'its place is gone from the template — ignored'}`);
  }
  const deadlines: Array<{ deadline: Deadline; text: string; correctionAt: string }> = [];
  for (const rule of profile.deadlines ?? []) {
    const read = readDeadline(root, rule, ctx.today, ctx.lang, allowance);
    if (read) deadlines.push({ ...read, correctionAt: rule.correctionAt });
    notes.push(`profile deadline ${rule.kind}: ${read ? key(read.deadline) : 'its row is gone from the template — ignored'}`);
  }
  if (allowance.nodes <= 0) notes.push(`profile: its reading allowance (${MAX_APPLY_WORK} nodes) is spent; fields not read keep the pipeline's values`);
  if (!Object.keys(texts).length && !deadlines.length) return { items, notes };

  const found = items[0];
  // nothing recognised, but the template's title is where the profile says: the profile makes the item
  if (!found && !texts.title) return { items, notes };
  const draft: Draft = found ? { ...found, confidence: { ...found.confidence }, evidence: [...found.evidence], deadlines: [...found.deadlines] } : blank(ctx.url, profile);
  const learned: Learned = { ...(draft.learned ?? {}) };
  if (profile.kind && (!found || draft.kind !== profile.kind.value)) {
    draft.kind = profile.kind.value;
    draft.confidence.kind = LEARNED_CONFIDENCE;
    learned.kind = { correctionAt: profile.kind.correctionAt };
  }
  for (const field of TEXT_FIELDS) {
    const value = texts[field];
    if (!value) continue;
    draft[field] = value;
    draft.confidence[field] = LEARNED_CONFIDENCE;
    learned[field] = { correctionAt: profile[field]!.correctionAt };
  }
  if (deadlines.length) {
    // a learned deadline takes the place of the pipeline's deadline of its kind, and of any other on its day
    const kinds = new Set(deadlines.map((d) => d.deadline.kind));
    const days = new Set(deadlines.map((d) => d.deadline.date));
    const kept = draft.deadlines.filter((d) => !kinds.has(d.kind) && !days.has(d.date));
    const dropped = new Set(draft.deadlines.filter((d) => !kept.includes(d)).map(key));
    draft.deadlines = [...kept, ...deadlines.map((d) => d.deadline)].sort((a, b) => key(a).localeCompare(key(b))).slice(0, 20);
    draft.evidence = [...draft.evidence.filter((e) => e.field !== 'deadline' || !dropped.has(e.value)), ...deadlines.map((d) => ({ field: 'deadline' as const, value: key(d.deadline), text: d.text }))];
    draft.confidence.deadlines = LEARNED_CONFIDENCE;
    learned.deadlines = { correctionAt: deadlines.map((d) => d.correctionAt).sort().at(-1)! };
  }
  draft.deadline = deriveDeadline(draft.deadlines, ctx.today);
  draft.learned = learned;
  const over = overAt(draft, ctx.today) ?? (found?.over && !learned.deadlines ? found.over : null);
  if (!ctx.includePast) {
    // the automatic paths keep only what is relevant today, with or without a profile
    if (over) return { items: [], notes: [...notes, 'profile: the item is over'] };
    delete draft.over;
  } else draft.over = over;
  return { items: [draft], notes };
}

function blank(url: string, profile: SiteProfile): Draft {
  return { kind: profile.kind?.value ?? 'call', title: '', url, summary: '', organizer: null, location: null, deadlines: [], start: null, end: null, programme: null, amount: null, deadline: null, confidence: {}, evidence: [] };
}
