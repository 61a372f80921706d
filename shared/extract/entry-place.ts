/**
 * The town an entry line gives on a line of its own (a newsletter's calendar: "Do 29. August – Tag der offenen Tür<br>
 * Schwerin", "Sa 07. September – Jugend kommt an<br>Abschlusstagung / Ribnitz-Damgarten"): its last line, after the
 * kind of occasion when a slash stands between them, when that is one name of one or two capitalised words.
 */
import type { Block } from './blocks.ts';
import type { CueSet } from './cues/types.ts';

const TOWN = /^\p{Lu}[\p{Ll}]+(?:[-\s]\p{Lu}[\p{Ll}]+)?$/u;

/** The town on the last line of an entry's paragraph, if it gives one; undefined otherwise. */
export function entryPlace(block: Block, cues: CueSet[]): string | undefined {
  const lines = block.text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length < 2) return undefined;
  const last = lines[lines.length - 1];
  const town = (last.includes(' / ') ? last.slice(last.lastIndexOf(' / ') + 3) : last).trim();
  if (town.length > 40 || !TOWN.test(town)) return undefined;
  // a word the cues know ("Anmeldung", "Online", "Workshop") is no town
  return cues.some((c) => c.online.test(town) || c.eventNouns.test(town) || c.callNouns.test(town) || c.fieldHeadings.test(town)) ? undefined : town;
}
