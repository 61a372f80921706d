/**
 * The learned location choice for the events a line or a sentence tells (pure): the event lines (event-lines.ts) and
 * the events a unit's sentences announce (assemble.ts announcedDraft) read their place by the rule cascade from their
 * own line alone; here the line is the unit the choice (location-choice.ts) ranks the candidates of — the line's own
 * places, its heading's, the page's (its towns after "in" and postcodes, a report's dateline, the towns its names give) and no place —, the rule's answer the cascade's. Without a location model the rule's answer stands.
 */
import type { Block } from './blocks.ts';
import type { CueSet } from './cues/types.ts';
import type { DateFact } from './facts.ts';
import { chooseLocation, type LocationChoiceContext } from './location-choice.ts';
import { hostTowns } from './location-hosts.ts';
import { headingByBlock, type Section } from './sections.ts';
import type { Unit } from './segment.ts';
import type { PageMeta } from './structured.ts';

const extrasOf = new WeakMap<PageMeta, ReadonlyArray<{ value: string; source: string }>>();
/** The places the page gives every event of it beside its unit's own: the towns its names give (location-hosts.ts), read once per page. */
export function pagePlaceExtras(meta: PageMeta): ReadonlyArray<{ value: string; source: string }> {
  let extras = extrasOf.get(meta);
  if (!extras) extrasOf.set(meta, (extras = hostTowns([meta.title, meta.ogTitle, meta.siteName, meta.publisher, meta.logo])));
  return extras;
}

export interface LinePlaceContext extends LocationChoiceContext {
  root: Section;
  /** every block of the page */
  blocks: Block[];
  cues: CueSet[];
  meta: PageMeta;
}

export interface LinePlace {
  fact: DateFact;
  /** the line or sentence that tells the event (a part of its block's text) */
  text: string;
  title: string;
  /** the rule's answer: the line's own place, "online", or null */
  rule: string | null;
}

/** The place of an event a line tells: the learned choice among the line's and the page's candidates, else the rule's. */
export function linePlace(input: LinePlace, ctx: LinePlaceContext): string | null {
  if (!ctx.locationModel && !ctx.traceLocations) return input.rule;
  const block: Block = { ...input.fact.block, text: input.text };
  const sectionHeadings = headingByBlock(ctx.root);
  const unit: Unit = { source: 'section', blocks: [block], headings: [] };
  const context = `${input.title} ${sectionHeadings.get(block.id) ?? ''}`;
  return chooseLocation({ unit, facts: [{ ...input.fact, block }], title: input.title, context, sectionHeadings, pageBlocks: ctx.blocks, cues: ctx.cues, cascade: { value: input.rule, confidence: 0.5 }, extra: pagePlaceExtras(ctx.meta) }, { locationModel: ctx.locationModel, traceLocations: ctx.traceLocations && ((t) => ctx.traceLocations!({ ...t, line: true })) }).value;
}
