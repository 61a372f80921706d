/**
 * The towns a venue names in running text (pure): a German building's noun followed by its town ("in der Stadthalle
 * Bitburg", "im Schützenhaus Lassan", "Kloster Roggenburg", "im Landratsamt Pfaffenhofen"), a venue "zu" a town ("Dom
 * zu Freiberg"), a municipality named in prose ("im Rathaus der Stadt Dargun"), and an English venue's name in a
 * sentence ("at the Harrogate Convention Centre", "at Peopleton Village Hall": its head, as location-title.ts
 * venueHead reads a short line). Each is a location candidate (location-candidates.ts); the learned choice weighs it
 * with the features every town has — a hotel's or a hall's own name read the same way ("Hotel Teegen") is left to it.
 * General shapes of how venues are written, no site's, venue's or town's name. One regular-expression pass per text.
 */
import { TOWN_NAME as TOWN } from './location.ts';
import { venueHead } from './location-title.ts';

export interface VenueTown {
  value: string;
  source: 'venue-town' | 'venue-town:zu' | 'venue-town:municipality' | 'venue-town:en';
}

/** a German building's noun: a compound's last part, or a whole word ("Kloster", "Schloss", "Dom") */
const BUILDING = String.raw`(?:\p{L}*(?:halle|haus|hauses|amt|amtes|hof|hofes|saal|zentrum|kirche|kapelle|kloster|schloss|bibliothek|bücherei|museum|theater|forum|akademie|palais|gymnasium|schule|werk)|Kloster|Schloss|Dom|Burg)`;
/** the building's noun, its town right after it, and what follows: a separator, the clause's end or a lower-case word */
const DE_VENUE = new RegExp(String.raw`(?<![\p{L}])(${BUILDING})\s+(?:(zu)\s+|(der (?:Stadt|Gemeinde|Hansestadt))\s+)?(${TOWN})(?=\s*(?:$|[,.;:!)–—|·/]|\s\p{Ll}|\s\d))`, 'gu');
/** an English venue's name in a sentence: one to three capitalised words and the venue's noun after "at" or "in" */
const EN_VENUE = /(?<![\p{L}])(?:at|in)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.]*\s){1,3}(?:Hall|Library|Centre|Center|Institute|Church|Chapel|Museum|Theatre|Theater|Club|Hotel))(?![\p{L}])/gu;

/** The towns venues name in a text. */
export function venueTowns(text: string): VenueTown[] {
  const out: VenueTown[] = [];
  if (text.length > 20_000) return out;
  for (const m of text.matchAll(DE_VENUE)) {
    // a building's noun that is its town's first word ("Burg Reuland") or a lower-case compound's ending only
    if (!/^\p{Lu}/u.test(m[1])) continue;
    out.push({ value: m[4], source: m[2] ? 'venue-town:zu' : m[3] ? 'venue-town:municipality' : 'venue-town' });
  }
  for (const m of text.matchAll(EN_VENUE)) for (const v of venueHead(m[1].trim())) out.push({ value: v, source: 'venue-town:en' });
  return out;
}
