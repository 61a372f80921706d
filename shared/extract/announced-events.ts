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
import { upperFirst } from './upper-first.ts';

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
      // a sentence that only gives the dates ("Die nächsten Termine sind am 12. Juli … und am 13. Juli") names its event in the one before
      named.set(key, own === undefined ? undefined : nounPhrase(own, cues) ?? qualifiedNoun(own, cues) ?? (SCHEDULE.test(own) ? nounPhrase(sentenceBefore(f), cues) : undefined));
    }
    const title = named.get(key);
    if (!title) continue;
    out.push({ fact: f, title, online: cues.some((c) => c.online.test(sentence) || c.online.test(title)), place: PLACE.exec(sentence)?.[1] ?? clauseTown(sentence) });
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

/** Words of a sentence that gives the dates of something named before it ("Termine", "dates", "finden … statt", "take place"). */
const SCHEDULE = /(?<![\p{L}])(?:termine?n?|dates|sessions|findet|finden|stattfinden|takes? place|are held|is held)(?![\p{L}])/iu;

/** The sentence right before the date's own one in its block, or "" at the block's start. */
function sentenceBefore(f: DateFact): string {
  const at = f.block.text.indexOf(f.evidence);
  if (at <= 0) return '';
  const before = f.block.text.slice(Math.max(0, at - 400), at).trimEnd();
  const start = before.slice(0, -1).search(/[^.!?]*$/u);
  return before.slice(start).trim();
}

/** Words that join the dates of one announcement. */
const JOINERS = /(?<![\p{L}])(?:und|sowie|oder|and|or|am|on|von|bis|from|to|uhr|jeweils|each)(?![\p{L}])/giu;

/** The first event noun of a sentence with the words that name its topic or owner, capitalised; undefined without one. */
export function nounPhrase(sentence: string, cues: CueSet[]): string | undefined {
  // the start of the word holding the noun ("Online-Infoveranstaltung", "Informationsveranstaltung")
  const word = nounStart(sentence, cues);
  if (word < 0) return undefined;
  const lead = modifiers(sentence.slice(0, word));
  const words = [...lead, ...sentence.slice(word).split(/\s+/)];
  const phrase = [...lead, words[lead.length].replace(/[,;:.!?)"“”„]+$/u, '')];
  for (let i = lead.length + 1; i < words.length && phrase.length < MAX_WORDS + lead.length; i++) {
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
  return upperFirst(title);
}

/** An article that opens a noun phrase ("An online launch event", "eine digitale Infoveranstaltung"). */
const ARTICLE = /^(?:a|an|the|ein|eine|einer|einem|einen)$/iu;
/** At most this many words stand between an article (or the sentence's start) and its event noun. */
const MAX_MODIFIERS = 2;

/**
 * The words before the event noun's word that belong to its phrase: the words between an article and the noun ("An
 * online launch event takes place" → "online launch", "A Grant Writing Workshop"), or the words the sentence opens with
 * ("Presentation event: …"); none when no article or start is that near (a verb may stand there: "CINEA holds
 * sessions") or an acronym stands there ("at an MC meeting": whose meeting, not which event).
 */
function modifiers(before: string): string[] {
  const words = before.trimEnd().split(/\s+/).filter(Boolean);
  const near = words.slice(-MAX_MODIFIERS - 1);
  const cut = near.findIndex((w) => ARTICLE.test(w));
  const own = cut >= 0 ? near.slice(cut + 1) : words.length <= MAX_MODIFIERS ? words : [];
  // after an article: lower-case words ("an online launch event") or words of a name ("A Grant Writing Workshop"), no acronym
  const word = (w: string, i: number) => /^[\p{L}-]+$/u.test(w) && !LINKS.test(w) && !STOPS.test(w) && !/^\p{Lu}{2,}/u.test(w) && (cut < 0 ? i === 0 || /^\p{Ll}/u.test(w) : true);
  return own.every(word) ? own : [];
}

function fullMatch(pattern: RegExp, word: string): boolean {
  const m = firstOf(pattern).exec(word);
  return !!m && m.index === 0 && m[0].length >= word.length - 1;
}
