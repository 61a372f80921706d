/** Stiftung Umwelt und Entwicklung NRW: the Land NRW's foundation funding one-world projects. */
import type { Preset } from './types.ts';

export const sueNrw: Preset = {
  id: 'sue-nrw',
  name: 'Stiftung Umwelt und Entwicklung NRW – Förderung',
  organizer: 'SUE NRW',
  url: 'https://www.sue-nrw.de/foerderung/',
  kind: 'listing',
  every: '1d',
  description: 'Förderung der Stiftung Umwelt und Entwicklung Nordrhein-Westfalen mit Antragsstichtagen.',
};
