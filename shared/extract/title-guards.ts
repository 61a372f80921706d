/**
 * What a title never is, checked after the choice (pure; the learned choice's training sees the candidates before it,
 * so its samples do not change):
 *
 * - a calendar's month or year ("März 2026"): when the section holds a heading of its own under it, that heading
 *   names the entry;
 * - the rest of a list entry once its date is taken out, when that rest is no name ("am in Mainz (Ministerium …)",
 *   "in German", "📌 (für Frauen) | online via Zoom"): it opens with a small word in lower case or a mark, and the
 *   heading over the list names the event the entries are sessions of ("Infotage zu … – in Mainz (…)").
 */
import type { Block } from './blocks.ts';
import type { CueSet } from './cues/types.ts';
import type { DateFact } from './facts.ts';
import { isDateOnly, labelWords } from './features/title.ts';
import type { Unit } from './segment.ts';
import { titleCues } from './cues/title-words.ts';
import { cleanTitle } from './title.ts';

interface Chosen {
  value: string;
  confidence: number;
}

/** the rest of an entry that opens in lower case or with a mark ("am in Mainz", "📌 (für Frauen) | online") */
const NO_NAME_START = /^(?:\p{Ll}|[^\p{L}\p{N}„"“»'‘«])/u;
/** a word left in front when the date after it was taken out ("am", "oder am") */
const DANGLING = /^(?:(?:oder|und|sowie|or|and)\s+)?(?:am|um|vom|on)\s+(?=\p{Ll})/u;

export function titleGuards(unit: Unit, facts: DateFact[], chosen: Chosen, cues: CueSet[]): Chosen {
  if (unit.source === 'section' && isDateOnly(chosen.value)) {
    const inner = unit.blocks.find((b) => b.type === 'heading' && b !== unit.section?.heading && !isDateOnly(b.text));
    if (inner) return { value: cleanTitle(inner.text, cues), confidence: chosen.confidence };
  }
  const entry = soleEntry(unit, facts);
  if (entry) return { value: cleanTitle(entry.text, cues), confidence: chosen.confidence };
  if (unit.source === 'list' && NO_NAME_START.test(chosen.value)) {
    const over = unit.within?.heading ?? unit.headings[unit.headings.length - 1];
    const name = over ? cleanTitle(over.text, cues) : '';
    if (name && titleCues.event.test(name)) return { value: `${name} – ${chosen.value.replace(DANGLING, '')}`, confidence: chosen.confidence };
  }
  return chosen;
}

/**
 * The one heading inside a section that holds every date of it: the section's heading groups entries (a region, a
 * category: "Baden-Württemberg", "Weitere Förderprogramme"), the heading under it names the one entry there is. Not
 * a label ("Programm", "Anmeldung"), and only when each date stands under it.
 */
function soleEntry(unit: Unit, facts: DateFact[]): Block | undefined {
  if (unit.source !== 'section' || !facts.length) return undefined;
  const inner = unit.blocks.filter((b) => b.type === 'heading' && b !== unit.section?.heading);
  if (inner.length !== 1 || labelWords(inner[0].text) !== 'less') return undefined;
  return facts.every((f) => f.block.id > inner[0].id) ? inner[0] : undefined;
}
