/** SEZ (Stiftung Entwicklungs-Zusammenarbeit Baden-Württemberg): the Land's funding for development work. */
import type { Preset } from './types.ts';

export const sezBadenWuerttemberg: Preset = {
  id: 'sez-baden-wuerttemberg',
  name: 'SEZ Baden-Württemberg – Förderung',
  organizer: 'SEZ',
  url: 'https://sez.de/foerderung',
  kind: 'listing',
  every: '1d',
  description: 'Förderprogramme des Landes Baden-Württemberg für kommunale Entwicklungspolitik (SEZ).',
};
