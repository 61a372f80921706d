/**
 * The candidates for an event's location (pure): every place the cascade's rules read in the unit (location.ts
 * placeHits), the entry's own place line (entry-place.ts) and the municipality's town (hostTown), and besides them the
 * places no rule takes — a town after "in", a postcode's town anywhere in the unit (a contact box's too), each short part of
 * a place field ("Brussels, Belgium"), a town in the unit's headings, title or the list's introduction, a town the page's own
 * text names for all its entries — plus "online" when a cue says so and "no place". The learned choice
 * (location-choice.ts) scores them; none of them is ever dropped here, so the features (features/location.ts) decide.
 */
import type { Block } from './blocks.ts';
import type { CueSet } from './cues/types.ts';
import { ABSTRACT_NOUN, CITY, IN_TOWN_CLOSERS, isContactBlock, onlineIn, placeHits, POSTCODE_CITY } from './location.ts';
import { proseTowns } from './location-prose-towns.ts';
import { titleTowns, venueHead } from './location-title.ts';
import { venueTowns } from './location-venue-towns.ts';

export interface LocationCandidate {
  /** the town, "online", or null (no place) */
  value: string | null;
  /** which rules or patterns found it */
  sources: Set<string>;
  /** the first unit block it stands in (-1: outside the unit's blocks) */
  at: number;
  /** it stands in a contact box */
  contact: boolean;
  /** how the page names it elsewhere: after a postcode, after "in" (count) */
  seen?: Seen;
}

export interface CandidateInput {
  blocks: Block[];
  sectionHeadings: Map<number, string>;
  /** the title, headings above the unit, the list's introduction, a list's shared line */
  context: string;
  /** the item's title (location-title.ts reads the towns it names) */
  title?: string;
  /** every block of the page */
  pageBlocks: Block[];
  cues: CueSet[];
  /** places the assembly already read: the entry's place line, the municipality's town */
  extra: ReadonlyArray<{ value: string; source: string }>;
}

/** a town after "in": CITY, or "Bad …" / "Sankt …" and its name, hyphenated parts and a slash ("Bad Hersfeld", "Idar-Oberstein", "Frankfurt/Main") */
const IN_CITY = String.raw`(?:Bad|Sankt|St\.)\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+|\p{Lu}\p{Ll}+/\p{Lu}\p{Ll}+|${CITY}`;
/** "in <Town>" closing a clause or followed by a date or a separator. */
const IN_TOWN = new RegExp(String.raw`(?<![\p{L}])(?:in|In)\s+(${IN_CITY})(?=\s*(?:$|[,.;:()–—|·]|\s-\s|\s(?:${IN_TOWN_CLOSERS})(?![\p{L}])|\s\d))`, 'gu');
const POSTCODES = new RegExp(POSTCODE_CITY.source, 'gu');
/** a short name: one to three capitalised words, no digits */
const SHORT_NAME = /^\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2}$/u;

/** A town right after a date and a comma ("1–4 October 2018, Belfast, United Kingdom", "19 Uhr, Meppen"). */
const AFTER_DATE = new RegExp(String.raw`(?:\d{4}|Uhr|\d{1,2}:\d{2}),\s*(${CITY})(?=\s*(?:$|[,.;:()–—]|\s-\s))`, 'gu');
/** words that say an event happens on the net, beside the cue lists' online words ("live chat", "web seminar") */
const ONLINE_WORD = /(?<![\p{L}])(?:online|live[- ]?chats?|web[- ]?seminar\p{L}*|webinar\p{L}*|virtu\p{L}*|livestream\p{L}*|zoom|webex|video ?konferenz\p{L}*|video ?call\p{L}*|teams)(?![\p{L}])/iu;

interface PagePlace {
  value: string;
  source: string;
  contact: boolean;
}
const pageCache = new WeakMap<Block[], PagePlace[]>();
/** How the page uses a word elsewhere: after a postcode, after "in" (how often), after an article (a common noun). */
export interface Seen {
  postcode: boolean;
  in: number;
  article: boolean;
}
const seenCache = new WeakMap<Block[], Map<string, Seen>>();
/** a capitalised word right after an article or a contracted one ("der Politik", "im Druck", "the Council") */
const AFTER_ARTICLE = /(?<![\p{L}])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|zur|zum|im|vom|beim|the|a|an)\s+(\p{Lu}[\p{L}-]+)/gu;

/** For each word the page names after a postcode, after "in" or after an article: how (Seen). */
function pageSeen(pageBlocks: Block[], sectionHeadings: Map<number, string>): Map<string, Seen> {
  const cached = seenCache.get(pageBlocks);
  if (cached) return cached;
  const out = new Map<string, Seen>();
  const entry = (key: string) => {
    let s = out.get(key);
    if (!s) out.set(key, (s = { postcode: false, in: 0, article: false }));
    return s;
  };
  for (const p of pagePlaces(pageBlocks, sectionHeadings)) {
    const s = entry(placeKey(p.value));
    if (p.source === 'page-postcode') s.postcode = true;
    else s.in++;
  }
  for (const b of pageBlocks) for (const m of b.text.matchAll(AFTER_ARTICLE)) entry(placeKey(m[1])).article = true;
  seenCache.set(pageBlocks, out);
  return out;
}

/** Where a town after "in" stands: after a date or an event noun, before a date, closing its sentence. */
function inTownSources(text: string, m: RegExpMatchArray, cues: CueSet[]): string[] {
  const at = m.index ?? 0;
  const before = text.slice(Math.max(0, at - 30), at);
  const after = text.slice(at + m[0].length, at + m[0].length + 20);
  const out = ['in-town'];
  if (/(?:\d{4}|\d{1,2}\.|Uhr|\d{1,2}:\d{2})\s*$/u.test(before)) out.push('in-town:date-before');
  if (/^\s*(?:,\s*)?(?:(?:am|on|vom|from)\s+\d|\d{1,2}\.\s?(?:\d|\p{L}))/u.test(after)) out.push('in-town:date-after');
  // a number right after the name: a room or a house ("in Raum 240"), not a town
  else if (/^\s\d/u.test(after)) out.push('in-town:number-after');
  // two nouns joined ("in Politik und Verwaltung")
  if (/^\s(?:und|and|oder|or|&)\s\p{Lu}/u.test(after)) out.push('in-town:and-noun');
  const lastWord = /([\p{L}-]+)\s*$/u.exec(before)?.[1];
  if (lastWord && cues.some((c) => c.eventNouns.test(lastWord))) out.push('in-town:event-noun');
  if (/^\s*(?:[.!]|$|statt|stattfinden)/u.test(after)) out.push('in-town:closes');
  return out;
}

/**
 * The towns the whole page names after "in" or after a postcode (a series held in one town named once above, the
 * organiser's address at the foot), read once per page: every unit of the page shares them.
 */
function pagePlaces(pageBlocks: Block[], sectionHeadings: Map<number, string>): PagePlace[] {
  const cached = pageCache.get(pageBlocks);
  if (cached) return cached;
  const out: PagePlace[] = [];
  for (const b of pageBlocks) {
    const contact = isContactBlock(b, sectionHeadings);
    for (const m of b.text.matchAll(IN_TOWN)) if (!ABSTRACT_NOUN.test(m[1])) out.push({ value: m[1], source: 'page-in', contact });
    for (const m of b.text.matchAll(POSTCODES)) out.push({ value: m[1], source: 'page-postcode', contact });
  }
  pageCache.set(pageBlocks, out);
  return out;
}

/** A key that merges the same place read twice. */
export function placeKey(value: string | null): string {
  if (value === null) return '';
  // the same few names are keyed again and again (every capitalised word after an article, every candidate of every
  // unit): a name is folded once, the last few thousand kept; a longer text (a block's) is folded as it comes
  if (value.length > PLACE_KEY_NAME) return foldPlace(value);
  let key = placeKeys.get(value);
  if (key === undefined) {
    if (placeKeys.size >= PLACE_KEYS_KEPT) placeKeys.clear();
    placeKeys.set(value, (key = foldPlace(value)));
  }
  return key;
}
const foldPlace = (value: string) => value.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const placeKeys = new Map<string, string>();
const PLACE_KEYS_KEPT = 4096;
const PLACE_KEY_NAME = 80;

export function locationCandidates(input: CandidateInput): LocationCandidate[] {
  const { blocks, sectionHeadings, cues } = input;
  const out = new Map<string, LocationCandidate>();
  const seen = pageSeen(input.pageBlocks, sectionHeadings);
  const add = (value: string | null, source: string | string[], at: number, contact = false) => {
    const sources = Array.isArray(source) ? source : [source];
    const key = placeKey(value?.trim() ?? null);
    // "Online" read as a place is the online answer, written as the corpus writes it
    const v = key === 'online' ? 'online' : value?.trim() ?? null;
    if (v !== null && (!v || v.length > 40)) return;
    if (v !== null && !key) return;
    const c = out.get(key);
    if (!c) {
      out.set(key, { value: v, sources: new Set(sources), at, contact, seen: seen.get(key) });
      return;
    }
    for (const x of sources) c.sources.add(x);
    if (c.at < 0 || (at >= 0 && at < c.at)) c.at = at;
    c.contact &&= contact;
  };
  for (const h of placeHits(blocks, sectionHeadings, cues)) add(h.value, `rule:${h.rule}`, h.at);
  for (const e of input.extra) add(e.value, e.source, -1);
  const isPlaceLabel = (label: string | undefined) => !!label && cues.some((c) => c.fields.place.test(label));
  for (const [i, b] of blocks.entries()) {
    const contact = isContactBlock(b, sectionHeadings);
    for (const m of b.text.matchAll(IN_TOWN)) if (!ABSTRACT_NOUN.test(m[1])) add(m[1], inTownSources(b.text, m, cues), i, contact);
    for (const m of b.text.matchAll(POSTCODES)) add(m[1], 'postcode-any', i, contact);
    for (const m of b.text.matchAll(AFTER_DATE)) add(m[1], 'after-date', i, contact);
    // towns a venue names ("in der Stadthalle Bitburg", "at Peopleton Village Hall") and towns after "in" or "nach" in
    // running text the strict "in <Town>" leaves (location-venue-towns.ts, location-prose-towns.ts)
    for (const t of venueTowns(b.text)) add(t.value, t.source, i, contact);
    for (const t of proseTowns(b.text)) add(t.value, t.source, i, contact);
    const field = isPlaceLabel(b.label) || isPlaceLabel(sectionHeadings.get(b.id)) || b.node.tag === 'address';
    const value = field && b.label && b.text.startsWith(b.label) ? b.text.slice(b.label.length + 1) : b.text;
    // each short part of a place field, or of a short line (a venue, its town and country: "Brussels, Belgium")
    for (const line of value.split('\n')) {
      if (!field && line.length > 160) continue;
      // a colon parts a date or a venue from what follows ("8–9 November: Vienna, Austria", "Laurieton Library: 16 April")
      const parts = line.split(/\s*[,;|·]\s*|:\s+/);
      if (parts.length < 2 && !field) continue;
      parts.forEach((part, k) => {
        const p = part.replace(/\s*\([^)]*\)/g, '').replace(/[.:]$/, '').trim();
        if (SHORT_NAME.test(p)) add(p, `${field ? 'field' : 'comma'}-part:${k === 0 ? 'first' : k === parts.length - 1 ? 'last' : 'mid'}`, i, contact);
        for (const v of venueHead(p)) add(v, 'venue-head', i, contact);
      });
    }
  }
  for (const m of input.context.matchAll(IN_TOWN)) if (!ABSTRACT_NOUN.test(m[1])) add(m[1], 'context-in', -1);
  for (const m of input.context.matchAll(AFTER_DATE)) add(m[1], 'context-after-date', -1);
  for (const t of venueTowns(input.context)) add(t.value, t.source, -1);
  for (const t of proseTowns(input.context)) add(t.value, t.source, -1);
  if (input.title) for (const t of titleTowns(input.title)) add(t.value, t.source, -1);
  for (const m of input.context.matchAll(POSTCODES)) add(m[1], 'context-postcode', -1);
  for (const p of pagePlaces(input.pageBlocks, sectionHeadings)) add(p.value, p.source, -1, p.contact);
  const unitText = blocks.map((b) => b.text).join(' ');
  if (onlineIn(unitText, cues)) add('online', 'online-unit', -1);
  else if (ONLINE_WORD.test(unitText)) add('online', 'online-word', -1);
  if (onlineIn(input.context, cues)) add('online', 'online-context', -1);
  add(null, 'none', -1);
  return [...out.values()];
}
