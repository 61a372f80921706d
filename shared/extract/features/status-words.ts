/**
 * Words that say a date is no longer what it was announced as: the event is called off ("abgesagt", "Absage",
 * "entfällt", "cancelled"), moved ("verschoben", "verlegt", "postponed"), or the sentence tells it in the past
 * ("reichten … ein", "konnten … eingereicht werden", "lief bis", "fand … statt", "was held") — a past round's deadline
 * or a past event, not something to watch. Features of the learned role decision (date-role.ts), and the cascade's
 * word lists for called-off events and past rounds (facts.ts). German and English general language (and the Nordic
 * "var" of a deadline that was), no names of
 * sites, pages or titles.
 */
import { stems, wholeWords } from '../cues/words.ts';

const CANCELLED = stems('abgesagt|absage|entfällt|entfallen|fällt (?:leider )?aus|findet (?:leider )?nicht (?:am|wie geplant|statt)|cancel+ed|cancellation|called off|will not take place');
const MOVED = stems('verschoben|verlegt|neuer termin|ersatztermin|postponed|rescheduled|moved to');
/** the past tense, auxiliaries included (a feature: the model weighs it) */
const PAST = wholeWords('war|waren|wurde|wurden|konnte|konnten|hatte|hatten|fand|fanden|lief|liefen|endete|endeten|reichten|nahmen|was|were|had|took place|closed|ended|was held|were held');
/** past verbs of a round or an event, without the auxiliaries of the passive ("wurde verlängert") or of plans (a rule) */
const OVER_VERBS = wholeWords('konnten|konnte|lief|liefen|endete|endeten|reichten|fand|fanden|took place|ended|was held|were held' +
  // the count of what came in by the deadline ("Bis zum Stichtag gingen 2 074 Bewerbungen ein", "… haben uns 12.500 Anträge
  // erreicht", "600 applications were handed in")
  '|gingen|erreichten|haben uns|were (?:handed in|submitted|received)' +
  // a deadline told as one that was ("Bewerbungsschluss war der 17. April 2015", "Anmeldeschluss war am 13. September")
  '|war (?:der|am)|was on' +
  // the Danish, Norwegian and Swedish "var" before a date ("Den ordinære tilmeldingsfrist var 20. april", "Søknadsfristen
  // var den 1. mars")
  '|var(?= (?:den |d\\. )?\\d)');

/** a mark that says how an item stands, not what it is ("Abgesagt", "Neu!", "Ausgebucht", "Update", "Postponed") */
const MARK_ONLY = /^[\s!:*–-]*(?:neu|new|update|aktualisiert|ausgebucht|sold out|fully booked|achtung|hinweis|wichtig)[\s!:*–-]*$/iu;

/** The text is only a status mark: no item is named by it (a bold "Abgesagt" over a moved meeting). */
export function isStatusMark(text: string): boolean {
  const t = text.trim();
  if (t.split(/\s+/).length > 3) return false;
  return MARK_ONLY.test(t) || CANCELLED.test(t) || MOVED.test(t);
}

/** The text says something is called off (and not that it was moved to a new date). */
export function callsOff(text: string): boolean {
  return CANCELLED.test(text) && !MOVED.test(text);
}

/** The text tells the date's round or event in the past ("konnten … eingereicht werden", "lief bis", "endete"). */
export function toldInPast(text: string): boolean {
  return OVER_VERBS.test(text);
}

/** The status words of one text, as feature names under a prefix ("sentence", "heading"). */
export function statusWords(prefix: string, text: string): string[] {
  const out: string[] = [];
  if (CANCELLED.test(text)) out.push(`${prefix}:cancelled`);
  if (MOVED.test(text)) out.push(`${prefix}:moved`);
  if (PAST.test(text)) out.push(`${prefix}:past-tense`);
  return out;
}
