/** Swedish date words (deadlines, registration, openings). See cues/types.ts `DateWords`. */
import type { DateWords } from './types.ts';
import { parts, stems, wholeWords } from './words.ts';

export const sv: DateWords = {
  dates: [
    // "sista ansökningsdag", "ansökan senast", "anmälan senast", "sista dag för anmälan", "ansökningstid … t.o.m."
    { id: 'deadline', pattern: stems('sista (?:ansökningsdag|anmälningsdag|dag för (?:anmälan|ansökan))|(?:ansökan|anmälan|ansökningar)(?:na)? (?:ska vara inne |ska ha kommit in |ska lämnas in )?senast'), role: 'deadline', weight: 5 },
    { id: 'until', pattern: stems('senast(?: den)?\\s*$'), role: 'deadline', weight: 3, adjacent: true },
    { id: 'apply', pattern: wholeWords('ansök(?:a|an|ningar|ningarna)|anmäl(?:a|an|ningar)'), role: 'deadline', weight: 2 },
  ],
  kinds: [
    { kind: 'registration', pattern: parts('anmäl'), label: 'Anmälan' },
    { kind: 'application', pattern: parts('ansök'), label: 'Sista ansökningsdag' },
  ],
  windows: parts('ansökningsperiod|ansökningstid|öppen för (?:ansökningar|ansökan)'),
};
