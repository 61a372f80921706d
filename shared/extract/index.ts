/**
 * Extraction: a page → draft items (calls and events) and the decisions of every stage. A pipeline of small stages:
 * snapshot of the page view → structured data → boilerplate removal and main content → blocks → dated facts →
 * sections → segmentation → one draft per unit. Pure: no DOM, no I/O; time comes in as `now`.
 */
import { assemble, deriveDeadline } from './assemble.ts';
import { checkBudget } from './budget.ts';
import { readBlocks, type Block } from './blocks.ts';
import { mergeDuplicates } from './dedupe.ts';
import { dropNonItems } from './not-items.ts';
import { mergeStages } from './stages.ts';
import { mergeRounds } from './rounds.ts';
import { findMain, headingOutside, sideBoxes } from './boilerplate.ts';
import { cuesFor, type Lang } from './cues/index.ts';
import { opensWith } from './cues/words.ts';
import { readFacts } from './facts.ts';
import { pageClock } from './dates/page-clock.ts';
import { hostOf } from './host.ts';
import { calibrateDraft } from './model/calibration-map.ts';
import { calibrationMap } from './model/calibration.ts';
import type { RoleFeatures } from './features/date-role.ts';
import { eventLines } from './event-lines.ts';
import { DEFAULT_DESCRIBED, DEFAULT_EVENT_LINES, DEFAULT_LOCATION_MODEL, DEFAULT_ORGANIZER, DEFAULT_ROLES, DEFAULT_SEGMENTER, DEFAULT_TITLE_MODEL } from './model/default.ts';
import { clean, snapshot, textOf, textPieces } from './page.ts';
import { allSections, buildSections } from './sections.ts';
import { segment } from './segment.ts';
import { readSiteOwner } from './site-owner.ts';
import { linePlace } from './line-location.ts';
import { readStructured } from './structured.ts';
import { sameSection, statedTimes, withStatedTimes } from './stated-times.ts';
import { findProgramme } from './title.ts';
import { applyProfile } from './profile/apply.ts';
import { segmentByRecords } from './profile/records.ts';
import { SiteProfileSchema } from './profile/schema.ts';
import * as v from 'valibot';
import type { Diagnostic, Draft, ExtractInput, ExtractResult } from './types.ts';
import { berlinDay } from '../time/berlin.ts';

export type { Draft, Diagnostic, ExtractInput, ExtractOptions, ExtractResult, Over } from './types.ts';

/** The pipeline's stages in order, as a StageTimer names them. */
export const STAGES = ['snapshot', 'structured', 'boilerplate', 'facts', 'segment', 'assemble', 'dedupe'] as const;
export type Stage = (typeof STAGES)[number];
/** Told each stage's duration in ms when it ends (the bench); without one no clock is read. */
export type StageTimer = (stage: Stage, ms: number) => void;

function stopwatch(timer: StageTimer | undefined): ((stage: Stage) => void) | undefined {
  if (!timer) return undefined;
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    timer(stage, now - last);
    last = now;
  };
}

/** Extracts the calls and events a page announces. */
export function extract(input: ExtractInput, timer?: StageTimer): ExtractResult {
  const diagnostics: Diagnostic[] = [];
  const note = (stage: Diagnostic['stage'], message: string) => diagnostics.push({ stage, message });
  const lap = stopwatch(timer);
  const stop = () => checkBudget(input.shouldStop);
  const { root, lang, meta, cues, blocks, facts, today, allText } = readPage(input, note, undefined, lap);
  stop();
  const isFieldHeading = (text: string) => text.length <= 60 && cues.some((c) => opensWith(c.fieldHeadings, text));
  const sections = buildSections(blocks, isFieldHeading);
  const segmenter = input.segmenter === undefined ? DEFAULT_SEGMENTER : input.segmenter;
  // a listing of the profile's host is split by its learned records first (profile/records.ts), else segmented as any page
  const { units, claimed, notes } = segmentByRecords(input.profile, input.url, root, sections, blocks, facts) ?? (segmenter ?? segment)(sections, blocks, facts, cues, today);
  for (const n of notes) note('segment', n);
  lap?.('segment');

  const host = hostOf(input.url);
  const programme = findProgramme(allText, cues);
  const entryUnits = units.filter((u) => u.source !== 'page');
  const inEntries = new Set(entryUnits.flatMap((u) => u.blocks.map((b) => b.id)));
  const ownBlocks = blocks.filter((b) => !inEntries.has(b.id));
  const items: Draft[] = [];
  const itemOf = new Map<number, 'event' | 'call'>();
  const locationModel = input.locationModel === undefined ? DEFAULT_LOCATION_MODEL : input.locationModel;
  for (const unit of units) {
    stop();
    const result = assemble(unit, { cues, meta, facts, claimed, root: sections, blocks, ownBlocks, entries: entryUnits.length, url: input.url, host, today, programme, includePast: input.includePast === true, titleModel: input.titleModel === undefined ? DEFAULT_TITLE_MODEL : input.titleModel ?? undefined, traceTitles: input.traceTitles, locationModel: locationModel ?? undefined, traceLocations: input.traceLocations, organizer: (input.organizer === undefined ? DEFAULT_ORGANIZER : input.organizer) ?? undefined, described: (input.describedCalls === undefined ? DEFAULT_DESCRIBED : input.describedCalls) ?? undefined, traceDescribed: input.traceDescribed });
    const name = result.draft?.title ?? unit.blocks.find((b) => b.type === 'heading')?.text ?? unit.blocks[0]?.text ?? '';
    note('item', `${unit.source} "${name.slice(0, 60)}": ${result.draft ? result.draft.kind : 'no item'} — ${result.notes.join('; ')}`);
    if (result.draft && 'call' in result && result.call) items.push(result.call);
    if (result.draft) items.push(result.draft);
    if (result.draft && 'announced' in result && result.announced) items.push(...result.announced);
    if (result.draft) for (const b of unit.blocks) itemOf.set(b.id, result.draft.kind);
  }
  // dates no cue explains that a learned decision reads as events told in lines (event-lines.ts)
  const lineModel = input.eventLines === undefined ? DEFAULT_EVENT_LINES : input.eventLines;
  if (lineModel || input.traceEventLines) {
    const lines = eventLines({ blocks, facts, root: sections, cues, lang, url: input.url, today, published: meta.published, items, itemOf, model: lineModel ?? undefined, trace: input.traceEventLines, includePast: input.includePast === true, place: (p) => linePlace(p, { root: sections, blocks, cues, meta, locationModel: locationModel ?? undefined, traceLocations: input.traceLocations }) });
    if (lines.length) note('item', `${lines.length} event(s) told in lines`);
    items.push(...lines);
  }
  // a time the page states once for all its deadlines or events ("Beginn jeweils 18 Uhr") joins those without one
  // (an event's hours only for the events of the section that states them)
  const timed = withStatedTimes(items, statedTimes(blocks, facts, cues), (list) => deriveDeadline(list, today), sameSection(sections, facts));
  lap?.('assemble');
  const deduped = mergeDuplicates(timed);
  if (deduped.length < timed.length) note('item', `${timed.length - deduped.length} duplicate announcement(s) merged`);
  const pageHeading = meta.heading ?? allSections(sections).find((s) => s.heading)?.heading?.text;
  let merged = dropNonItems(mergeRounds(mergeStages(deduped, today, pageHeading), today));
  if (merged.length < deduped.length) note('item', `${deduped.length - merged.length} part(s) of the page dropped or merged: the periodical itself, an event's own call, a call's rounds`);
  lap?.('dedupe');
  // each field's confidence becomes the probability that it is right; a profile's fields (not model outputs) come after
  const calibration = input.calibration === undefined ? calibrationMap : input.calibration;
  if (calibration) merged = merged.map((d) => calibrateDraft(calibration, d));
  if (input.profile) {
    if (v.is(SiteProfileSchema, input.profile)) {
      const applied = applyProfile(root, merged, input.profile, { url: input.url, today, lang, includePast: input.includePast === true });
      merged = applied.items;
      for (const n of applied.notes) note('item', n);
    } else note('item', 'profile not applied: it does not match the profile schema');
  }
  return { items: merged, diagnostics };
}

/**
 * The page read up to its dated facts — structured data, main content, blocks and every date with its role — for
 * extract() and for training the role model (`keepFeatures` keeps each date's features).
 */
export function readPage(input: ExtractInput, note: (stage: Diagnostic['stage'], message: string) => void = () => {}, keepFeatures?: RoleFeatures, lap?: (stage: Stage) => void) {
  const stop = () => checkBudget(input.shouldStop);
  const root = input.view ? snapshot(input.view, input.shouldStop) : input.tree;
  lap?.('snapshot');
  const meta = readStructured(root);
  const lang: Lang = meta.lang === 'en' ? 'en' : meta.lang === 'de' ? 'de' : guessLang(clean(textOf(root)));
  const cues = cuesFor(lang);
  note('structured', `lang ${lang}; ${meta.events.length} structured event(s); published ${meta.published ?? '–'}; ics link ${meta.icsLink}`);
  lap?.('structured');

  stop();
  const main = findMain(root, cues);
  meta.heading = headingOutside(root, main, cues);
  Object.assign(meta, readSiteOwner(root, hostOf(input.url)));
  note('boilerplate', `main content: <${main.tag}${main.attrs.id ? `#${main.attrs.id}` : ''}${main.attrs.class ? `.${main.attrs.class.split(/\s+/).join('.')}` : ''}>`);
  // a sidebar box with an event's own facts (no links) belongs to the content: read after the main text
  let blocks = joinBlocks([main, ...sideBoxes(root, main, cues)].map((node) => readBlocks(node, cues)));
  if (input.selection) blocks = selected(blocks, input.selection);
  note('boilerplate', `${blocks.length} blocks of content`);
  lap?.('boilerplate');

  stop();
  const today = berlinDay(input.now);
  const allText = blocks.map((b) => b.text).join('\n');
  const order = cues.some((c) => c.usDates.test(allText)) ? 'mdy' : 'dmy';
  const clock = pageClock(input.url, allText, () => clean(textOf(root)), () => textPieces(root)) ?? undefined;
  if (clock) note('facts', `times without a zone are read in ${clock.written}`);
  const facts = readFacts(blocks, { cues, dateOptions: { lang, now: input.now, order, clock }, today, published: meta.published, roles: input.roles === undefined ? DEFAULT_ROLES : input.roles ?? undefined, keepFeatures });
  for (const f of facts.dates) note('facts', `${f.text} → ${f.role}${f.kind ? `/${f.kind}` : ''}${f.label ? ` "${f.label}"` : ''} [${f.cues.join(', ')}]`);

  // a page without a published meta tag often shows its date ("Veröffentlicht am 14.11.2024"): years are read from it
  if (!meta.published) {
    const shown = facts.dates.find((f) => f.role === 'publication' && f.start.year !== null);
    if (shown) meta.published = `${shown.start.year}-${String(shown.start.month).padStart(2, '0')}-${String(shown.start.day).padStart(2, '0')}`;
  }
  lap?.('facts');
  return { root, lang, meta, cues, blocks, facts, today, allText };
}

/** Blocks read from several elements as one run: ids in order, list and table numbers kept apart. */
function joinBlocks(parts: Block[][]): Block[] {
  if (parts.length === 1) return parts[0];
  const out: Block[] = [];
  let lists = 0;
  let tables = 0;
  for (const part of parts) {
    // the highest numbers of the part, counted in the loop (spreading a part's blocks into Math.max overflows the
    // stack on a page of 100,000 blocks)
    let lastList = 0;
    let lastTable = 0;
    for (const b of part) {
      out.push({
        ...b,
        id: out.length,
        ...(b.list ? { list: { ...b.list, id: b.list.id + lists } } : {}),
        ...(b.cell ? { cell: { ...b.cell, table: b.cell.table + tables } } : {}),
      });
      if (b.list && b.list.id > lastList) lastList = b.list.id;
      if (b.cell && b.cell.table > lastTable) lastTable = b.cell.table;
    }
    lists += lastList;
    tables += lastTable;
  }
  return out;
}

/** Only the blocks inside the user's selection; when none match, the selection's own lines. */
function selected(blocks: Block[], selection: string): Block[] {
  const wanted = clean(selection);
  const inside = blocks.filter((b) => wanted.includes(clean(b.text)));
  if (inside.length) return inside.map((b, id) => ({ ...b, id }));
  const node = { tag: 'p', attrs: {}, children: [], parent: null };
  return selection
    .split(/\n+/)
    .map(clean)
    .filter(Boolean)
    .map((text, id) => ({ id, type: 'text' as const, level: 0, text, node }));
}


/** German when common German words outnumber English ones. */
function guessLang(text: string): Lang {
  const de = (text.match(/\b(?:der|die|das|und|für|mit|bis|von)\b/gi) ?? []).length;
  const en = (text.match(/\b(?:the|and|for|with|until|from|of)\b/gi) ?? []).length;
  return en > de ? 'en' : 'de';
}

