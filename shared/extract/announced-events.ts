/**
 * Events a call announces in its running text ("Zur Ausschreibung bietet die SKEW am 12. März 2026, 10–12 Uhr, eine
 * Online-Infoveranstaltung an", "kann am 31. August zu einer Informationsveranstaltung des Ministeriums kommen"): the
 * corpus labels each such information event as an item of its own next to the call (corpus README, "kind": an info
 * session is an event). A date the date roles read as an event date, or explain by no cue, whose sentence names an
 * event noun becomes one event: the noun phrase as its title, the date with its clock times, "online" when the sentence
 * says so. Deadlines, decisions and publication dates never make one.
 */
import type { CueSet } from './cues/types.ts';
import type { DateFact } from './facts.ts';
import { countUpTo } from './cues/words.ts';
import { clauseTown } from './clause-town.ts';
import { firstOf, nounStart, qualifiedNoun } from './event-noun.ts';

export interface AnnouncedEvent {
  fact: DateFact;
  /** the event noun phrase ("Informationsveranstaltung des Ministeriums", "Webinar on the call") */
  title: string;
  /** the sentence says the event is online */
  online: boolean;
  /** the town the sentence names for it */
  place?: string;
}

/** Words that may continue an event noun phrase after the noun: its topic or its owner ("zur Antragstellung", "des Ministeriums"). */
const LINKS = /^(?:zur|zum|zu|des|der|für|über|on|about|for|the|of|to)$/iu;
/** Words that end a phrase: the date or the place follow ("am 12. März", "on 3 June", "in Dresden"). */
const STOPS = /^(?:am|an|on|in|at|nach|vom|from)$/iu;
const MAX_WORDS = 8;

/** A place the sentence sends its reader to ("kann … zu einer Informationsveranstaltung nach Dresden kommen", "findet in Kiel statt"). */
const PLACE = /(?<![\p{L}])(?:in|nach)\s+(\p{Lu}[\p{Ll}-]+)\s+(?:kommen|statt|stattfinden)(?![\p{L}])/u;

/** The events announced in a call's sentences, one per date (two sessions of one announcement → two events). */
export function announcedEvents(facts: DateFact[], cues: CueSet[]): AnnouncedEvent[] {
  const out: AnnouncedEvent[] = [];
  // the dates of each sentence, gathered once
  const sentences = new Map<string, DateFact[]>();
  for (const f of facts) {
    const key = `${f.block.id}\u0000${f.evidence}`;
    const same = sentences.get(key);
    if (same) same.push(f);
    else sentences.set(key, [f]);
  }
  // a day another mention gives as a decision's or a deadline's ("MC meeting, 29 May 2024" in the schedule) is that one
  const decided = new Set(facts.filter((f) => !f.approximate && (f.role === 'decision' || f.role === 'deadline')).map((f) => `${f.start.month}-${f.start.day}`));
  // what names the dates of a sentence, worked out once per sentence
  const named = new Map<string, string | undefined>();
  for (const f of facts) {
    if (f.approximate || (f.role !== 'event' && f.role !== 'unknown') || decided.has(`${f.start.month}-${f.start.day}`)) continue;
    // a labelled field ("Datum: …") belongs to the page's own item; a heading is no sentence
    if (f.block.label !== undefined || f.block.type === 'heading') continue;
    // a dated line of a listing ("12.06.2025 Infoveranstaltung Förderung, Bonn", "Mi – Do / 28.–29. August – Training")
    // is an entry, not the call's announcement
    if (listingLine(f)) continue;
    const sentence = f.evidence;
    if (cues.some((c) => c.notAnOffer.test(sentence) || c.councilSession.test(sentence))) continue;
    // an enumeration of kinds of occasion ("Workshops, Seminare, Tagungen, Konferenzen …") names what may be funded
    if (cues.reduce((n, c) => n + countUpTo(c.eventNouns, sentence, 3), 0) >= 3) continue;
    // the words of the sentence that name this date's event; the lead names every date of it ("an zwei Terminen: am … und am …")
    const key = `${f.block.id}\u0000${sentence}`;
    if (!named.has(key)) {
      const own = ownPart(sentence, f, sentences.get(key) ?? [f]);
      named.set(key, own === undefined ? undefined : nounPhrase(own, cues) ?? qualifiedNoun(own, cues));
    }
    const title = named.get(key);
    if (!title) continue;
    out.push({ fact: f, title, online: cues.some((c) => c.online.test(sentence)), place: PLACE.exec(sentence)?.[1] ?? clauseTown(sentence) });
  }
  return out;
}

/**
 * The text that names a date's event: the whole sentence when it holds one date; the lead before its first date when
 * only joiners stand between its dates ("an zwei Terminen vor: am 8. März … und am 16. März …"); undefined
 * for a line of dates each with its own words ("28.–29. August – Betzavta-Training · 29. August – Tag der offenen
 * Tür"): a listing the segmentation splits, not a call's announcement.
 */
function ownPart(sentence: string, f: DateFact, dated: DateFact[]): string | undefined {
  const from = f.block.text.indexOf(sentence);
  if (dated.length < 2 || from < 0) return sentence;
  const all = dated.map((g) => ({ at: g.index - from, end: g.index - from + g.text.length })).sort((x, y) => x.at - y.at);
  // the words between the dates are only joiners ("und am", "and on", "sowie"): the sentence's lead names them all
  const gaps = all.slice(1).map((d, i) => sentence.slice(all[i].end, d.at)).join(' ');
  if (!/\p{L}{4,}/u.test(gaps.replace(JOINERS, ' '))) return sentence.slice(0, all[0].at);
  return undefined;
}

/** A line that opens with its date (at most weekday abbreviations before it) and then a title: an entry of a listing. */
function listingLine(f: DateFact): boolean {
  if (f.index === 0) return true;
  const before = f.block.text.slice(0, f.index);
  return !/\p{L}{3,}/u.test(before) && /^\s*[–—:|-]/u.test(f.block.text.slice(f.index + f.text.length));
}

/** Words that join the dates of one announcement. */
const JOINERS = /(?<![\p{L}])(?:und|sowie|oder|and|or|am|on|von|bis|from|to|uhr|jeweils|each)(?![\p{L}])/giu;

/** The first event noun of a sentence with the words that name its topic or owner, capitalised; undefined without one. */
export function nounPhrase(sentence: string, cues: CueSet[]): string | undefined {
  // the start of the word holding the noun ("Online-Infoveranstaltung", "Informationsveranstaltung")
  const start = nounStart(sentence, cues);
  if (start < 0) return undefined;
  const words = sentence.slice(start).split(/\s+/);
  const phrase = [words[0].replace(/[,;:.!?)"“”„]+$/u, '')];
  for (let i = 1; i < words.length && phrase.length < MAX_WORDS; i++) {
    const w = words[i];
    const bare = w.replace(/[,;:.!?)"“”„]+$/u, '');
    if (!bare || /\d/.test(bare) || STOPS.test(bare)) break;
    if (!LINKS.test(bare) && !/^[\p{Lu}„"“]/u.test(bare)) break;
    phrase.push(bare);
    if (bare !== w) break;
  }
  while (phrase.length > 1 && LINKS.test(phrase[phrase.length - 1])) phrase.pop();
  const title = phrase.join(' ').replace(/^[^\p{L}\p{N}]+/u, '');
  // the bare noun ("Event", "Sessions", "Workshop") names no event: what it is about is elsewhere
  if (!title || (phrase.length === 1 && cues.some((c) => fullMatch(c.eventNouns, title)))) return undefined;
  return title[0].toUpperCase() + title.slice(1);
}


function fullMatch(pattern: RegExp, word: string): boolean {
  const m = firstOf(pattern).exec(word);
  return !!m && m.index === 0 && m[0].length >= word.length - 1;
}
