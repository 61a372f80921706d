/** Italian date words (deadlines, registration, openings). See cues/types.ts `DateWords`. */
import type { DateWords } from './types.ts';
import { stems } from './words.ts';

export const it: DateWords = {
  dates: [
    // "scadenza", "termine per la presentazione (delle domande)", "termine ultimo" ("iscrizioni entro il": the adjacent "entro" below);
    // "termine" alone is an end or a word ("a breve termine"): only in these phrases
    { id: 'deadline', pattern: stems('scadenz[ae]|termine (?:ultimo|per la presentazione|di presentazione)'), role: 'deadline', weight: 5 },
    { id: 'until', pattern: stems('(?:entro|non oltre)(?: il| l[\'’]| le ore)?\\s*$'), role: 'deadline', weight: 3, adjacent: true },
    { id: 'apply', pattern: stems('domande?|candidature|iscrizion[ei]|presentazione delle (?:domande|proposte)'), role: 'deadline', weight: 2 },
    // "apertura del bando / delle candidature / delle iscrizioni"; not "apertura della mostra"
    { id: 'opening', pattern: stems('apertura (?:del bando|delle (?:candidature|domande|iscrizioni))|data di apertura'), role: 'opening', weight: 5 },
  ],
  kinds: [
    { kind: 'registration', pattern: stems('iscri'), label: 'Iscrizione' },
    { kind: 'application', pattern: stems('domand|candidatur|bando|proposte'), label: 'Scadenza' },
  ],
  windows: stems('periodo di (?:presentazione|candidatura|apertura)|(?:il )?bando (?:è |sarà )?aperto dal|domande (?:possono essere presentate|si possono presentare) dal'),
};
