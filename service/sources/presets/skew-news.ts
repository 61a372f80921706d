/** SKEW (Servicestelle Kommunen in der Einen Welt): news — new calls and programme rounds are announced here first. */
import type { Preset } from './types.ts';

export const skewNews: Preset = {
  id: 'skew-news',
  name: 'SKEW – Aktuelle Mitteilungen',
  organizer: 'SKEW / Engagement Global',
  url: 'https://skew.engagement-global.de/aktuelle-mitteilungen.html',
  kind: 'listing',
  every: '6h',
  description: 'Neuigkeiten der Servicestelle Kommunen in der Einen Welt: Aufrufe, Wettbewerbe, Programmstarts.',
};
