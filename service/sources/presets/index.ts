/**
 * Every built-in preset, by id — an explicit list, so a preset is offered only when it is listed here
 * (test/service/sources/presets.test.ts fails for a file in this folder that is missing).
 * Addresses are the agencies' overview pages as of 2026-11; a moved page shows up as a failing run, not a crash.
 */
import { bingoNiedersachsen } from './bingo-niedersachsen.ts';
import { bmz } from './bmz.ts';
import { engagementGlobal } from './engagement-global.ts';
import { foerderdatenbank } from './foerderdatenbank.ts';
import { sezBadenWuerttemberg } from './sez-baden-wuerttemberg.ts';
import { skewEvents } from './skew-events.ts';
import { skewFunding } from './skew-funding.ts';
import { skewNews } from './skew-news.ts';
import { sueNrw } from './sue-nrw.ts';
import type { Preset } from './types.ts';

export type { Preset } from './types.ts';

export const presets = {
  'skew-news': skewNews,
  'skew-events': skewEvents,
  'skew-funding': skewFunding,
  'engagement-global': engagementGlobal,
  bmz,
  foerderdatenbank,
  'sez-baden-wuerttemberg': sezBadenWuerttemberg,
  'sue-nrw': sueNrw,
  'bingo-niedersachsen': bingoNiedersachsen,
} satisfies Record<string, Preset>;

export type PresetId = keyof typeof presets;

/** The preset with this id, or undefined. */
export function findPreset(id: string): Preset | undefined {
  return Object.hasOwn(presets, id) ? presets[id as PresetId] : undefined;
}
