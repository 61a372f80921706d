/**
 * Names that stand inside a sentence (pure): "Die Stadt lädt zum Workshop Klimaanpassung im Quartier ein", "Im Rahmen
 * des Programms Zukunftsfähige Innenstädte und Zentren werden …", "The Fund for Resilient Towns opens its second round".
 * A name written in running text is a noun phrase around a kind noun (a programme's, a call's or an event's: the title
 * cue lists), read by the grammar of the phrase alone:
 *
 * - it opens at the kind noun, or at the capitalised words right before it ("Resilient Towns Fund");
 * - it runs on over capitalised words, numbers that are no date, and the small words that join the words of a name
 *   ("für", "und", "im", "of", "for", "and"; in German an inflected adjective between such a word and a noun: "zur
 *   nachhaltigen Mobilität"), and over one colon in its first words (the appositive: "Wettbewerb: Grüne Höfe");
 * - it ends at the clause's verb (any other small word), at a mark of punctuation or a quote, at a date, and at a
 *   preposition that opens a time or a place ("am", "vom", "bis", "at", "from", "until").
 *
 * Each phrase is a candidate with the kind noun (`phrase`) and, when the noun is followed by a name of its own, without
 * it (`name`: "Zukunftsfähige Innenstädte und Zentren" after "des Programms"). The title ranking decides among them and
 * the other candidates. Linear in the text: one pass over its words.
 */
import { titleCues } from './cues/title-words.ts';
import type { CueSet } from './cues/types.ts';

export interface SentenceName {
  text: string;
  /** `phrase`: with its kind noun; `name`: the words after the kind noun */
  shape: 'phrase' | 'name';
  /** where it starts in the text */
  index: number;
}

/** words that join the words of a name */
const JOINING = new Set('für und der die das des dem den zur zum im in von mit auf an über gegen ohne unter durch zwischen of for and the in to with on against into &'.split(' '));
/** a preposition that opens a time or a place: the name ends before it */
const TIME_OR_PLACE = new Set('am vom bis ab um seit at from until till by before after during'.split(' '));
/** an article or pronoun that opens a sentence in capitals: not part of a name before the kind noun */
const OPENERS = new Set('der die das dem den des ein eine einen einem eines im zum zur beim vom unser unsere unseren ihr ihre dieser diese dieses mit auch the a an our this these its their with also'.split(' '));
/** a German adjective's inflected ending ("nachhaltigen", "kommunale", "grüner") */
const INFLECTED = /(?:e|en|er|es|em)$/u;
/** a word: letters and digits, joined by hyphens or apostrophes */
const WORD = /[\p{L}\d]+(?:[-'’][\p{L}\d]+)*-?/gu;
const MAX_WORDS = 12;
const MAX_BEFORE = 3;
/** at most this many kind nouns of a text are read */
const MAX_PHRASES = 4;

interface Word {
  text: string;
  start: number;
  end: number;
  /** what stands between the word before and this one */
  gap: string;
}

/** "Call" names a call alone ("Call for Proposals", "Call: …"); the title cue list reads it only before "for" */
const CALL = /^calls?$/iu;

function isKindNoun(word: string, cues: readonly CueSet[]): boolean {
  return /^\p{Lu}/u.test(word) && (CALL.test(word) || titleCues.programme.test(word) || titleCues.event.test(word) || cues.some((c) => c.eventNouns.test(word)));
}

const capital = (w: string) => /^\p{Lu}/u.test(w) || /^(?:19|20)\d\d$/.test(w) || /^[IVX]+$/.test(w);
const plainGap = (gap: string) => /^\s+$/u.test(gap);

/** The names that sentences of a text hold around their kind nouns, in text order. */
export function sentenceNames(text: string, cues: readonly CueSet[], german: boolean): SentenceName[] {
  const words: Word[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length, gap: text.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  const out: SentenceName[] = [];
  let phrases = 0;
  let after = 0;
  for (let k = 0; k < words.length && phrases < MAX_PHRASES; k++) {
    if (k < after || !isKindNoun(words[k].text, cues)) continue;
    // forward: the words of the name after the kind noun
    let end = k;
    let firstName = -1;
    let colon = false;
    for (let j = k + 1; j < words.length && j - k < MAX_WORDS; j++) {
      const w = words[j];
      // one colon in the first words: the appositive ("Wettbewerb: Grüne Höfe", "Call for Proposals: Urban Labs"); the name is after it
      const appositive = !colon && j - k <= 3 && /^\s*:\s+$/u.test(w.gap);
      if (!plainGap(w.gap) && !appositive && !/^\s+&\s+$/u.test(w.gap)) break;
      if (appositive) {
        colon = true;
        firstName = -1;
      }
      if (/^\d/.test(w.text) && !/^(?:19|20)\d\d$/.test(w.text)) break;
      const lower = w.text.toLowerCase();
      if (TIME_OR_PLACE.has(lower) && !capital(w.text)) break;
      if (capital(w.text)) {
        end = j;
        if (firstName < 0) firstName = j;
        continue;
      }
      if (JOINING.has(lower)) continue;
      // an inflected adjective before a noun ("zur nachhaltigen Mobilität")
      if (german && INFLECTED.test(lower) && JOINING.has(words[j - 1].text.toLowerCase()) && words[j + 1] && plainGap(words[j + 1].gap) && /^\p{Lu}/u.test(words[j + 1].text)) continue;
      break;
    }
    // backward: capitalised words right before the noun ("Resilient Towns Fund"), no article that opens the sentence
    let start = k;
    for (let j = k - 1; j >= 0 && k - j <= MAX_BEFORE; j--) {
      if (!plainGap(words[j + 1].gap) || !capital(words[j].text) || OPENERS.has(words[j].text.toLowerCase())) break;
      // a capitalised word that opens a sentence is no name's word in German (every noun is capitalised)
      if (german) break;
      start = j;
    }
    after = end + 1;
    if (end === k && start === k) continue;
    phrases++;
    out.push({ text: text.slice(words[start].start, words[end].end), shape: 'phrase', index: words[start].start });
    if (firstName > 0 && end > firstName) out.push({ text: text.slice(words[firstName].start, words[end].end), shape: 'name', index: words[firstName].start });
  }
  return out;
}
