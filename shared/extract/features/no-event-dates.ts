/**
 * Words that say a date is no event, though nothing marks it as a call's either: an office or a service closed on it
 * ("Die Geschäftsstelle ist vom 22. Juli bis 16. August geschlossen", "closed on 24 December"), an election or a vote
 * held on it ("vor der Europawahl am 9. Juni", "die Kommunalwahlen am 9.6.", "the local elections on 2 May", "Online-
 * Voting vom 27. Februar"). Features of the event-line decision (features/event-lines.ts): a listing or a newsletter tells
 * such dates beside its events, in the same lines. German and English general language, no names.
 */
import { stems, wholeWords } from '../cues/words.ts';

/** an office, a shop or a service closed on the day */
const CLOSURE = stems('geschlossen|schließzeit|schließtag|schließung|closed|closure');
/** an election or a vote (tried from a word's start only, so a long run of letters is scanned once): a compound ending in "wahl(en)" ("Europawahl", "Landtagswahlen"; not "Auswahl", a selection), "election", a vote */
const ELECTION = new RegExp(`(?<!\\p{L})\\p{L}*(?<!aus)wahl(?:en)?(?![\\p{L}\\d])|${wholeWords('wahl|wahlen|wahltag|elections?|abstimmung|voting|vote|referendum|polling day').source}`, 'iu');

/** The features of an entry that tells a closure or an election. */
export function noEventDates(entry: string): string[] {
  const out: string[] = [];
  if (CLOSURE.test(entry)) out.push('no-event:closure');
  if (ELECTION.test(entry)) out.push('no-event:election');
  return out;
}
