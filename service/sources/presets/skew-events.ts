/** SKEW: events (Netzwerktreffen, Fachtagungen, Online-Seminare) with registration deadlines. */
import type { Preset } from './types.ts';

export const skewEvents: Preset = {
  id: 'skew-events',
  name: 'SKEW – Veranstaltungen',
  organizer: 'SKEW / Engagement Global',
  url: 'https://skew.engagement-global.de/veranstaltungen.html',
  kind: 'listing',
  every: '6h',
  description: 'Veranstaltungskalender der SKEW: Netzwerktreffen, Konferenzen, Online-Seminare mit Anmeldefristen.',
};
