/**
 * The date words of the languages the extractor reads only for their dates — French, Italian, Danish, Norwegian,
 * Swedish, Dutch (one small file each) — as one cue set read after German and English: their date cues, deadline kinds
 * and application windows; every other field of the set is empty (these pages' events, calls and layouts are read by
 * the German and English words, as before).
 */
import { da } from './da.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { nl } from './nl.ts';
import { no } from './no.ts';
import { sv } from './sv.ts';
import type { CueSet, DateWords } from './types.ts';

/** each language's date words by its code (the registry test reads the codes) */
export const dateLanguages: Readonly<Record<string, DateWords>> = { fr, it, da, no, sv, nl };
const languages = Object.values(dateLanguages);

/** a pattern no text matches (anchored, so it fails at once) */
const NONE = /^(?!)/u;

/** one pattern matching where any of the languages' patterns does */
function anyOf(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), 'iu');
}

export const dateWords: CueSet = {
  dates: languages.flatMap((l) => l.dates),
  kinds: languages.flatMap((l) => l.kinds),
  windows: anyOf(languages.map((l) => l.windows)),
  eventNouns: NONE,
  callNouns: NONE,
  contributionCall: { pattern: NONE, label: '', nouns: NONE },
  closed: NONE,
  extended: NONE,
  rolling: NONE,
  invites: NONE,
  relative: NONE,
  hints: { closed: NONE, relative: NONE, rolling: NONE },
  teaserHeadings: NONE,
  councilSession: NONE,
  notAnOffer: NONE,
  genericHeadings: NONE,
  fieldHeadings: NONE,
  fields: { date: NONE, start: NONE, end: NONE, time: NONE, startTime: NONE, endTime: NONE, place: NONE, organizer: NONE },
  online: NONE,
  travel: NONE,
  programmeWords: NONE,
  moreLinks: NONE,
  jobAd: { strong: NONE, weak: NONE },
  organizerWords: { host: NONE, partner: NONE, funder: NONE, issuing: NONE, itemSubject: NONE, notAName: NONE, bodyEnd: NONE, offerings: NONE, firstPerson: NONE },
  usDates: NONE,
  statedOnce: NONE,
};
