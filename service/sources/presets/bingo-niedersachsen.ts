/** Niedersächsische BINGO-Umweltstiftung: the Land Lower Saxony's funding for environment and development. */
import type { Preset } from './types.ts';

export const bingoNiedersachsen: Preset = {
  id: 'bingo-niedersachsen',
  name: 'BINGO-Umweltstiftung Niedersachsen – Förderung',
  organizer: 'BINGO-Umweltstiftung',
  url: 'https://www.bingo-umweltstiftung.de/foerderung/',
  kind: 'listing',
  every: '1d',
  description: 'Förderung der Niedersächsischen BINGO-Umweltstiftung für Umwelt- und Entwicklungsprojekte.',
};
