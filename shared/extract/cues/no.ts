/** Norwegian date words (deadlines, registration, openings). See cues/types.ts `DateWords`. */
import type { DateWords } from './types.ts';
import { parts, stems, wholeWords } from './words.ts';

export const no: DateWords = {
  dates: [
    // "søknadsfrist", "påmeldingsfrist", "frist for søknad / påmelding" ("frist" alone is read by the German "Frist")
    { id: 'deadline', pattern: parts('søknadsfrist|påmeldingsfrist|frist for (?:søknad|påmelding)|(?:påmelding|søknad)(?:en)? (?:innen|senest)'), role: 'deadline', weight: 5 },
    { id: 'until', pattern: stems('(?:innen|senest)(?: den)?\\s*$'), role: 'deadline', weight: 3, adjacent: true },
    { id: 'apply', pattern: wholeWords('søknad(?:en|er|ene)?|søke|påmelding(?:en)?|meld deg på'), role: 'deadline', weight: 2 },
  ],
  kinds: [
    { kind: 'registration', pattern: parts('påmeld|meld deg'), label: 'Påmelding' },
    { kind: 'application', pattern: parts('søknad'), label: 'Søknadsfrist' },
  ],
  windows: parts('søknadsperiode|åpen for (?:søknader|søknad)'),
};
