/** Dutch date words (deadlines, registration). See cues/types.ts `DateWords`. */
import type { DateWords } from './types.ts';
import { parts, stems, wholeWords } from './words.ts';

export const nl: DateWords = {
  dates: [
    // "sluitingsdatum", "uiterste inschrijfdatum" (the adjacent words below: "inschrijven vóór", "aanvragen uiterlijk")
    { id: 'deadline', pattern: stems('sluitingsdatum|uiterste (?:inschrijf|indien)?datum'), role: 'deadline', weight: 5 },
    // "uiterlijk (op)" right before the date; the accented "vóór" ("before"), not "voor" ("for"); "tot en met" only after
    // what is handed in ("aanmelden kan tot en met"): alone it also ends an exhibition
    { id: 'until', pattern: stems('(?:uiterlijk(?: op| tot)?|vóór)\\s*$|(?:inschrijven|aanmelden|aanvragen|indienen|inschrijving|aanmelding|aanvraag)(?: [^.]{0,20})? tot en met\\s*$'), role: 'deadline', weight: 3, adjacent: true },
    { id: 'apply', pattern: wholeWords('inschrijv(?:en|ing)|aanmeld(?:en|ing)|aanvra(?:ag|gen)|indienen'), role: 'deadline', weight: 2 },
  ],
  kinds: [
    // whole Dutch words: "Indien" is German (India)
    { kind: 'registration', pattern: wholeWords('inschrijv(?:en|ing)|aanmeld(?:en|ing)'), label: 'Inschrijving' },
    { kind: 'application', pattern: wholeWords('aanvra(?:ag|gen)|indienen'), label: 'Sluitingsdatum' },
  ],
  windows: parts('aanvraagperiode|indieningsperiode|inschrijvingsperiode|inschrijfperiode'),
};
