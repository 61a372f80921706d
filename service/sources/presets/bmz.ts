/** BMZ (federal ministry for economic cooperation): press and news, where new funding lines are announced. */
import type { Preset } from './types.ts';

export const bmz: Preset = {
  id: 'bmz',
  name: 'BMZ – Aktuelles',
  organizer: 'BMZ',
  url: 'https://www.bmz.de/de/aktuelles',
  kind: 'listing',
  every: '1d',
  description: 'Aktuelle Meldungen des Bundesministeriums für wirtschaftliche Zusammenarbeit und Entwicklung.',
};
