/** Engagement Global: news of all its programmes (SKEW, bengo, ASA, weltwärts …). */
import type { Preset } from './types.ts';

export const engagementGlobal: Preset = {
  id: 'engagement-global',
  name: 'Engagement Global – Aktuelles',
  organizer: 'Engagement Global',
  url: 'https://www.engagement-global.de/aktuelles.html',
  kind: 'listing',
  every: '1d',
  description: 'Aktuelles von Engagement Global: Ausschreibungen und Veranstaltungen aller Programme.',
};
