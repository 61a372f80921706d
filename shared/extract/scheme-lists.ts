/**
 * Several schemes under one deadline: a call's text states its deadline once and then lists the schemes one can apply
 * to ("Applications are open until 4:00pm on Friday 15 February … under the following headings: • Capital Grant Scheme
 * – for projects … • Amenity Grant Scheme – … • Community Contract – …"). Each entry that names a scheme is a call of
 * its own with the deadline stated for the whole list (corpus README: one item per call a page announces). An entry
 * names a scheme when it opens with a short name written as a name (every word capitalised but the joiners), cut off
 * from its description by a dash or colon, and most names end in a programme's head noun ("… Scheme", "…programm",
 * "…fonds", "… Award"). A list of topics or of what is funded ("Capital grants for projects", "Austausch und Dialog")
 * names no scheme.
 */
import type { Block } from './blocks.ts';
import { groupBy } from './group-by.ts';

/** A scheme's name is short. */
const MAX_NAME_WORDS = 6;
/** An overview of schemes has a few entries; a longer list is a catalogue or a directory. */
const MIN_ENTRIES = 2;
const MAX_ENTRIES = 8;
/** the head nouns of a programme's name, as the last word or the end of a compound ("Förderprogramm", "Kleinprojektefonds") */
const HEAD = /(?:scheme|programme|program|fund|fonds|award|prize|preis|programm|grants?|stipendium|wettbewerb|competition)$/iu;
/** words a name may hold in lower case */
const JOINERS = /^(?:of|for|and|the|in|on|to|für|und|der|die|das|des|im|zur|zum|vom|von|&)$/iu;
/** the dash or colon between a name and its description */
const CUT = /\s[–—-]\s|:\s/u;

/** The names of the schemes the unit's lists name, or [] when no list of the unit is an overview of schemes. */
export function schemeNames(blocks: Block[]): string[] {
  for (const items of groupBy(blocks.filter((b) => b.list), (b) => b.list!.id).values()) {
    const entries = [...groupBy(items, (b) => b.list!.index).values()];
    if (entries.length < MIN_ENTRIES || entries.length > MAX_ENTRIES) continue;
    const names = entries.map((entry) => nameOf(entry[0].text));
    if (names.some((n) => n === undefined)) continue;
    const headed = names.filter((n) => HEAD.test(n!.replace(/[^\p{L}]+$/u, '')));
    if (headed.length * 2 > names.length && new Set(names).size === names.length) return names as string[];
  }
  return [];
}

/** The name an entry opens with, cut off by a dash or colon; undefined when it opens with no name. */
function nameOf(text: string): string | undefined {
  const cut = CUT.exec(text);
  if (!cut) return undefined;
  const name = text.slice(0, cut.index).trim();
  const words = name.split(/\s+/);
  if (!words.length || words.length > MAX_NAME_WORDS || /\d/.test(name)) return undefined;
  return words.every((w) => /^[\p{Lu}„"“(]/u.test(w) || JOINERS.test(w)) && /^\p{Lu}/u.test(words[0]) ? name : undefined;
}
