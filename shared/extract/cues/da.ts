/** Danish date words (deadlines, registration, openings). See cues/types.ts `DateWords`. */
import type { DateWords } from './types.ts';
import { parts, stems, wholeWords } from './words.ts';

export const da: DateWords = {
  dates: [
    // "ansøgningsfrist", "tilmeldingsfrist", "frist for ansøgning", "tilmelding senest"
    { id: 'deadline', pattern: parts('ansøgningsfrist|tilmeldingsfrist|frist for (?:ansøgning|tilmelding)|(?:tilmelding|ansøgning)(?:en)? (?:skal ske )?senest'), role: 'deadline', weight: 5 },
    { id: 'until', pattern: stems('senest(?: den| d\\.)?\\s*$'), role: 'deadline', weight: 3, adjacent: true },
    { id: 'apply', pattern: wholeWords('ansøg(?:e|er|ning|ningen|ninger|ningerne)|tilmeld(?:e|ing|ingen)?'), role: 'deadline', weight: 2 },
    // "åbner for ansøgninger (den)" right before the date ("åbent for ansøgninger fra … til …" names a window: below)
    { id: 'opening', pattern: stems('åbner for (?:ansøgninger|tilmelding)(?: den| d\\.)?\\s*$'), role: 'opening', weight: 5, adjacent: true },
  ],
  kinds: [
    { kind: 'registration', pattern: parts('tilmeld'), label: 'Tilmelding' },
    { kind: 'application', pattern: parts('ansøg'), label: 'Ansøgningsfrist' },
  ],
  windows: parts('ansøgningsperiode|åben(?:t|e)? for (?:ansøgninger|ansøgning|tilmelding)'),
};
