/** Förderdatenbank des Bundes: the federal funding database (Bund, Länder, EU) — its list of new programmes. */
import type { Preset } from './types.ts';

export const foerderdatenbank: Preset = {
  id: 'foerderdatenbank',
  name: 'Förderdatenbank – Neue Förderprogramme',
  organizer: 'BMWK',
  url: 'https://www.foerderdatenbank.de/FDB/DE/Foerderprogramme/foerderprogramme.html',
  kind: 'listing',
  every: '1d',
  description: 'Die Förderdatenbank des Bundes: Programme von Bund, Ländern und EU für Kommunen.',
};
