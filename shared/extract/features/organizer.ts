/**
 * The features of one organizer candidate for the learned organizer choice (organizer-choice.ts): which sources named
 * it (and whether the unit is a listing's entry or the page's own item, whether the rule cascade found nothing), where
 * it stands (the unit's text, its title, the page, which sentence), whether it is the site's own name (logo, imprint,
 * <title>, copyright), a host or portal word, a partner or funder phrase before it, how often the page repeats it, and
 * its form (legal form, a body's end word such as -stiftung/-ministerium, an acronym, its length). "none" has features
 * of its own: how many candidates the unit's text gives. Binary features named by structure and cue lists only: no
 * feature names a site, a page or a title.
 */
import type { Block } from '../blocks.ts';
import type { CueSet } from '../cues/types.ts';
import type { OrganizerCandidate } from '../organizer-candidates.ts';
import { endsAsBody, namesTitle, textOf } from '../organizer.ts';
import { titleWords as wordsOf } from './title.ts';

export interface OrganizerFeatureContext {
  blocks: Block[];
  pageBlocks: Block[];
  title: string;
  listed: boolean;
  cues: CueSet[];
  candidates: OrganizerCandidate[];
  /** the site's names outside the content: og:site_name, logo, imprint publisher, copyright, the <title>'s tail */
  siteNames: string[];
  /** what says a listing's entries are the site's own (organizer.ts listingCues) */
  listing: string[];
}

/** the sources that read a candidate out of the unit's own text or data */
const FROM_UNIT = new Set(['structured', 'field', 'phrase', 'issuer', 'body', 'heading-body', 'title-body', 'title-genitive']);
/** the sources that are the site's own name */
const FROM_SITE = new Set(['site-name', 'title-owner', 'title-tail', 'listing-publisher', 'publisher', 'logo', 'copyright']);

const LEGAL = /(?:^|\s)(?:gGmbH|GmbH|e\.\s?V\.|AG|gAG|Ltd|Inc|asbl|ASBL)(?:$|\s|[.,])/u;
const ACRONYM = /^[\p{Lu}\d][\p{Lu}\d&-]{1,9}$/u;

function share(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.min(a.size, b.size);
}

/** Where a name stands on the page, read once per page and name: how often, and whether a partner or funder phrase precedes it. */
interface Standing {
  count: number;
  partner: boolean;
  funder: boolean;
}
const standings = new WeakMap<Block[], Map<string, Standing>>();
const lowered = new WeakMap<Block[], string>();

function lowerText(blocks: Block[]): string {
  let t = lowered.get(blocks);
  if (t === undefined) lowered.set(blocks, (t = textOf(blocks).toLowerCase()));
  return t;
}

function standing(value: string, pageBlocks: Block[], cues: CueSet[]): Standing {
  let byName = standings.get(pageBlocks);
  if (!byName) standings.set(pageBlocks, (byName = new Map()));
  let s = byName.get(value);
  if (s) return s;
  s = { count: 0, partner: false, funder: false };
  const text = lowerText(pageBlocks);
  const needle = value.toLowerCase();
  // at most a few occurrences are read (the count is bucketed at 4), each with the 80 characters before it
  for (let at = text.indexOf(needle); at >= 0 && s.count < 4; at = text.indexOf(needle, at + needle.length)) {
    s.count++;
    const before = text.slice(Math.max(0, at - 80), at);
    if (cues.some((c) => c.organizerWords.partner.test(before))) s.partner = true;
    if (cues.some((c) => c.organizerWords.funder.test(before))) s.funder = true;
  }
  byName.set(value, s);
  return s;
}

/** An acronym whose capitals open the name's capitalised words, in order ("BMI" — "Bundesministerium des Innern"). */
function spells(acronym: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  const caps = acronym.replace(/[^\p{Lu}]/gu, '');
  return caps.length >= 2 && initials.length >= 2 && (initials.startsWith(caps) || caps.startsWith(initials));
}


const firstPersonOf = new WeakMap<OrganizerFeatureContext, boolean>();
function inFirstPerson(ctx: OrganizerFeatureContext): boolean {
  let f = firstPersonOf.get(ctx);
  if (f === undefined) firstPersonOf.set(ctx, (f = ctx.cues.some((c) => c.organizerWords.firstPerson.test(`${ctx.title}\n${textOf(ctx.blocks)}`))));
  return f;
}

const unitWordsOf = new WeakMap<OrganizerFeatureContext, Set<string>>();
/** the words of the unit's title and text, read once for all its candidates */
function unitWords(ctx: OrganizerFeatureContext): Set<string> {
  let w = unitWordsOf.get(ctx);
  if (!w) unitWordsOf.set(ctx, (w = wordsOf(`${ctx.title}\n${textOf(ctx.blocks)}`)));
  return w;
}

const count = (n: number) => (n === 0 ? '0' : n === 1 ? '1' : n <= 3 ? '2-3' : '4+');

/** The names of the features present for one candidate (each at most once). */
export function organizerFeatures(c: OrganizerCandidate, ctx: OrganizerFeatureContext): string[] {
  const out = new Set<string>();
  const where = ctx.listed ? 'listed' : ctx.pageBlocks === ctx.blocks ? 'page' : 'section';
  const ruleNone = ctx.candidates[0].sources.includes('rule');
  for (const s of c.sources) {
    out.add(`src:${s}`);
    out.add(`src:${s}|${where}`);
    if (ruleNone) out.add(`src:${s}|rule-none`);
  }
  const fromUnit = ctx.candidates.filter((x) => x.sources.some((s) => FROM_UNIT.has(s))).length;
  // a unit in the first person ("unsere Webinare", "join us"): the site speaks of its own item
  const firstPerson = inFirstPerson(ctx);
  const kind = c.value === null ? 'none' : c.sources.some((x) => FROM_SITE.has(x)) ? 'site' : c.sources.some((x) => FROM_UNIT.has(x)) ? 'unit' : 'other';
  for (const flag of ctx.listing) out.add(`listing:${flag}|${kind}`);
  if (ctx.listed && !ctx.listing.length) out.add(`listing:silent|${kind}`);
  if (c.value === null) {
    if (firstPerson) out.add('first-person|none');
    out.add(`none|${where}`);
    out.add(`none|unit-bodies:${count(fromUnit)}`);
    out.add(`none|candidates:${count(ctx.candidates.length - 1)}`);
    return [...out];
  }
  const value = c.value;
  out.add(`sources:${Math.min(c.sources.length, 3)}`);
  if (c.sources.some((s) => FROM_UNIT.has(s))) out.add(`unit|${where}`);
  if (c.sources.some((s) => FROM_SITE.has(s))) out.add(`site|${where}`);
  if (c.sentence !== undefined) out.add(`sentence:${c.sentence === 0 ? '0' : c.sentence <= 2 ? '1-2' : c.sentence <= 6 ? '3-6' : '7+'}`);

  // the site's own name, however it was found
  const mine = wordsOf(value);
  if (ctx.siteNames.some((n) => share(mine, wordsOf(n)) >= 0.5)) {
    out.add('owner-like');
    out.add(`owner-like|${where}`);
  }
  if (firstPerson && c.sources.some((x) => FROM_SITE.has(x))) out.add('first-person|site');
  // where it stands: how many of its words the unit's title and text use
  const used = share(mine, unitWords(ctx));
  out.add(`unit-words:${used === 0 ? 'none' : used < 0.5 ? 'some' : used < 1 ? 'most' : 'all'}`);
  const needle = value.toLowerCase();
  if (lowerText(ctx.blocks).includes(needle)) out.add('in-unit');
  if (ctx.title.toLowerCase().includes(needle)) out.add('in-title');
  if (namesTitle(value, ctx.title)) out.add('names-title');
  const s = standing(value, ctx.pageBlocks, ctx.cues);
  out.add(`page-count:${count(s.count)}`);
  if (s.partner) out.add('after-partner');
  if (s.funder) out.add('after-funder');

  // its form
  if (ctx.cues.some((cue) => cue.organizerWords.host.test(value))) out.add('host-word');
  if (LEGAL.test(value)) out.add('form:legal');
  const words = value.split(/\s+/).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  if (endsAsBody(last, ctx.cues) || endsAsBody(words[0] ?? '', ctx.cues)) out.add('form:body-word');
  if (words.length === 1 && ACRONYM.test(value)) {
    out.add('form:acronym');
    out.add(`form:acronym|${where}`);
    if (s.count >= 2) out.add('form:acronym|repeated');
    // the short name of another candidate's long one ("BMI" beside "Bundesministerium des Innern")
    if (ctx.candidates.some((o) => o !== c && o.value && spells(value, o.value))) out.add('acronym:of-candidate');
  } else if (ctx.candidates.some((o) => o !== c && o.value && ACRONYM.test(o.value) && spells(o.value, value))) out.add('spelled-by-acronym');
  if (/\(\p{Lu}[\p{L}\d-]{1,10}\)|\s\/\s/u.test(value)) out.add('form:with-acronym');
  if (/\d/.test(value)) out.add('form:digits');
  if (/^\p{Ll}/u.test(value)) out.add('form:lower-start');
  if (/\.(?:de|com|org|eu|net|at|ch)\b|www\./iu.test(value)) out.add('form:domain');
  out.add(`words:${words.length <= 1 ? '1' : words.length <= 3 ? '2-3' : words.length <= 6 ? '4-6' : '7+'}`);
  return [...out];
}
