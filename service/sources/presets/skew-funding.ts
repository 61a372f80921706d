/** SKEW: funding programmes for municipalities (Nakopa, FKKP, Kleinprojektefonds …) with their application rounds. */
import type { Preset } from './types.ts';

export const skewFunding: Preset = {
  id: 'skew-funding',
  name: 'SKEW – Finanzielle Förderung',
  organizer: 'SKEW / Engagement Global',
  url: 'https://skew.engagement-global.de/finanzielle-foerderung.html',
  kind: 'listing',
  every: '1d',
  description: 'Förderprogramme der SKEW für Kommunen (z. B. Nakopa, Kleinprojektefonds) mit Antragsfristen.',
};
