/** French date words (deadlines, registration, openings). See cues/types.ts `DateWords`. */
import type { DateWords } from './types.ts';
import { stems, wholeWords } from './words.ts';

export const fr: DateWords = {
  dates: [
    // "date limite (de dépôt)", "date de clôture", "clôture des inscriptions / candidatures", "dépôt des dossiers avant le"
    { id: 'deadline', pattern: stems('dates? limites?|date de (?:clôture|dépôt|remise)|clôture des (?:inscriptions|candidatures|dépôts)'), role: 'deadline', weight: 5 },
    // "au plus tard le", "avant le" right before the date; "jusqu'au" only after what is handed in ("candidatures jusqu'au"):
    // alone it also ends an exhibition
    { id: 'until', pattern: stems('(?:au plus tard|avant)(?: le)?\\s*$|(?:inscriptions?|candidatures?|dossiers?)(?: [^.]{0,30})? jusqu[\'’]au\\s*$'), role: 'deadline', weight: 3, adjacent: true },
    { id: 'apply', pattern: stems('candidatures?|inscriptions?|s[\'’]inscrire|dépôt des (?:dossiers|projets|candidatures)|soumission'), role: 'deadline', weight: 2 },
    // "ouverture des candidatures", "ouverture de l'appel"; not "l'ouverture du festival" (an event's opening)
    { id: 'opening', pattern: stems('ouverture (?:des (?:candidatures|inscriptions|dépôts)|de l[\'’]appel|de la plateforme)|date d[\'’]ouverture'), role: 'opening', weight: 5 },
  ],
  kinds: [
    // whole French words: "Dossier" and "Appell" are German words, "candidate" an English one
    { kind: 'registration', pattern: wholeWords('inscriptions?|inscri(?:re|vez-vous|vez)|s[\'’]inscrire'), label: 'Inscription' },
    { kind: 'application', pattern: wholeWords('candidatures?|dépôt des (?:dossiers|candidatures|projets)|dossiers? de candidature|appels? à (?:projets|candidatures|propositions)'), label: 'Date limite' },
  ],
  windows: stems('période de (?:candidature|dépôt|dépôts|soumission)s?|(?:l[\'’])?appel (?:est |sera )?ouvert (?:du|entre)|candidatures? (?:sont |seront )?ouvertes? (?:du|entre)'),
};
