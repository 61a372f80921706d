/**
 * An event's location as the corpus writes it: the city (no street, venue or postcode), "online" for online-only
 * events, the city for hybrid ones, null when the page names no place. Calls have no location.
 */
import type { Block } from './blocks.ts';
import type { CueSet } from './cues/types.ts';
import { clean } from './page.ts';

/** A four-digit postcode (Austria, Switzerland, Belgium, Denmark) and the place after it ("1010 Vienna"). */
const FOREIGN_POSTCODE_CITY = /(?<![\d-])\d{4}\s+(\p{Lu}[\p{L}.-]*)(?![\p{L}\d])/u;

/** German postcode and the place after it ("06618 Naumburg (Saale)" → "Naumburg"). */
export const POSTCODE_CITY = /(?<!\d)\d{5}\s+(\p{Lu}[\p{L}.-]*(?:\s(?:am|an der|im|in der|ob der|bei)\s\p{Lu}[\p{L}-]*)?)/u;

/** A place standing alone at the head of a meta line: one capitalised name, maybe "am Main" / "an der Saale". */
const META_PLACE = /^\p{Lu}[\p{Ll}-]+(?:[ -]\p{Lu}[\p{Ll}-]+)?(?:\s(?:am|an der|im|in der|ob der|bei)\s\p{Lu}[\p{L}-]*)?$/u;

/** A site's section name at the head of a kicker line ("Aktuelles · 23.02.2026"): a category, not a place. */
export const SITE_SECTION = /^(?:aktuelles|aktuell|neuigkeiten|nachrichten|meldungen?|presse|pressemitteilungen?|pressemeldungen?|blog|termine|veranstaltungen|news|press|events|opportunities|updates)$/iu;

export const CITY = String.raw`\p{Lu}[\p{Ll}-]+(?:\s(?:am|an der|im|in der|ob der|bei)\s\p{Lu}[\p{L}-]*)?`;
/** A municipality that names itself ("Stadt Herrenberg", "Gemeinde Kalletal"): the town. */
const MUNICIPALITY = new RegExp(String.raw`^(?:Stadt|Gemeinde|Landeshauptstadt|Hansestadt|Universitätsstadt|Kreisstadt|Große Kreisstadt|Markt|Marktgemeinde)\s+(${CITY})$`, 'u');
/** A municipality's own buildings, named without a town ("Rathaus, Sitzungssaal", "im Bürgerhaus"). */
export const TOWN_VENUE = /(?<![\p{L}])(?:rathaus|ratssaal|rathaussaal|sitzungssaal|bürgerhaus|bürgersaal|stadthalle|gemeindehalle|stadtbibliothek|stadtbücherei)(?![\p{L}])/iu;

/** A place right after the event's date in a sentence about it happening. */
const PROSE_PLACE = new RegExp(String.raw`(?:\d{4}|Uhr)\s+in\s+(${CITY})\s+(?:statt|stattfinden)(?![\p{L}])|(?:takes? place|will be held|is held)\s+(?:on\s+[^.,]{3,40}\s+)?in\s+(${CITY})(?![\p{L}])`, 'u');
/** A line that is the event's dates and then its place. */
const DATE_LINE_PLACE = new RegExp(String.raw`^[^,]{0,40}\d{4},\s*(${CITY})$`, 'u');
/** a date as a place stands beside it: a year, a clock time, a numeric day or a day and month name */
const DATE_END = String.raw`(?:\d{4}|Uhr|\d{1,2}\.\d{1,2}\.|\d{1,2}\.\s?(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)\p{L}*)`;
/**
 * A place written right beside the event's date: "16. März 2016 in Berlin", "am 15. November 2022 in Fürth",
 * "8.–9. Mai in Witzenhausen" (the name closes the clause: "in Zusammenarbeit mit" is no place), "… - 20.4.2016, Bonn",
 * "07. Juli 2017: Rust", "Hannover (06.03.2019) – …".
 */
const DATE_PLACE = [
  new RegExp(String.raw`${DATE_END}\s+in\s+(${CITY})(?=\s*(?:$|[,.;:()–—]|\s-\s|\s(?:statt|stattfinden|und|oder|bei)(?![\p{L}])))`, 'u'),
  new RegExp(String.raw`\d{1,2}\.\d{1,2}\.\d{2,4}[,:]\s*(${CITY})$`, 'u'),
  new RegExp(String.raw`\d{4}:\s*(${CITY})$`, 'u'),
  new RegExp(String.raw`^(${CITY})\s+\(\d{1,2}\.[\d./\s–-]*\d{2,4}\)`, 'u'),
  // a calendar record's date line that closes with the place: "May 22, 2024 Brussels, Belgium", "11 June 2024 Brussels and online"
  new RegExp(String.raw`(?:\d{1,2},?|\d{1,2}\.?\s+\p{L}+)\s+\d{4}\s+(${CITY})(?:,\s*\p{Lu}\p{L}+(?:\s\p{L}+)?|\s+(?:and|und)\s+online)?$`, 'u'),
];

/** A line that is only a place and its country: "Brussels, Belgium", "Plzeň, Czech republic". */
const PLACE_LINE = new RegExp(String.raw`^(${CITY}),\s*\p{Lu}\p{L}+(?:\s\p{L}+)?$`, 'u');

/**
 * A description whose first words say what happens where: up to four words, the last a noun, then "in" and a place that
 * closes the clause or is followed by what it is about ("Workshop in Rostock: …", "Tagung und Exkursion in Güstrow zu …").
 */
const OPENING_PLACE = new RegExp(String.raw`^(?:[\p{L}*-]+\s+){0,3}\p{Lu}[\p{L}*-]+\s+in\s+(${CITY})(?=\s*(?:$|[:.,;]|\s(?:mit|über|zu|zum|zur|für|with|on|about)\s))`, 'u');
/** Nouns that follow "in" without being places ("in Kooperation", "in Planung", "in Deutschland"). */
/** a town's name in running text: a capitalised word, hyphenated parts, "Bad …" / "Sankt …" with their second word */
export const TOWN_NAME = String.raw`(?:Bad |Sankt |St\. )?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*`;
/** the words before which "in <Town>" closes its phrase ("in Trier statt", "in Köln und …"): the strict "in <Town>" reads them */
export const IN_TOWN_CLOSERS = 'statt|stattfinden|und|oder|bei|am|vom|on|from|at|and';
export const ABSTRACT_NOUN = /(?:ung|ion|heit|keit|schaft|tät|ismus)$|^(?:Deutschland|Europa|Germany|Europe|Präsenz|Person|Kürze|Arbeit|Form|Höhe)$/u;

/** The city in a place value: after a postcode, else its last short part. */
export function cityOf(value: string, cues: CueSet[]): string | undefined {
  // a hybrid event's place ("…, 1010 Vienna, and online"): the city counts
  const text = clean(value.replace(/\n/g, ', ')).replace(/,?\s*(?:and|und|sowie|or|oder|\+|&|\/)\s*(?:online|digital|virtual|virtuell)[^,;]*$/iu, '');
  const postcode = POSTCODE_CITY.exec(text) ?? FOREIGN_POSTCODE_CITY.exec(text);
  if (postcode) return postcode[1];
  if (cues.some((c) => c.online.test(text)) && !/\d{4,5}/.test(text)) return 'online';
  const parts = text.split(/\s*[,;|]\s*/).map((p) => p.replace(/\s*\([^)]*\)/g, '').trim()).filter(Boolean);
  const last = parts[parts.length - 1];
  // "Bürgersaal im Rathaus" names a building, not a town
  if (last && last.split(/\s+/).length <= 3 && /^\p{Lu}/u.test(last) && !/\d/.test(last) && !TOWN_VENUE.test(last)) return last;
  return undefined;
}

/**
 * A street address that ends with its town, without a postcode: "Rathausplatz 1, Altensteig", "Muttertalstraße 15,
 * Bad Herrenalb-Rotensol", "Freiherr-vom-Stein-Straße, Meppen". The street's name before its word ("Muttertal…") is
 * not part of the pattern: only the town is read, and a leading `[\p{L}-]*` made the engine try every letter of every
 * word as a start (the town found is the same: after a street word only a space or a comma may stand, so no two street
 * words of one name can both lead to a town).
 */
const STREET_TOWN = new RegExp(String.raw`(?:straße|strasse|str\.|platz|weg|allee|gasse|damm|ufer)(?:\s\d+\s?[a-z]?)?,\s*((?:Bad\s|St\.\s|Sankt\s)?${CITY})(?=\s*(?:$|[.;(]|\s[–—-]\s))`, 'iu');

const DATE_SIGN = /\d|Uhr/u;

/** A place written beside a date in one line (DATE_PLACE), not an online word or a field label. */
function besideDate(text: string, cues: CueSet[]): string | undefined {
  // every DATE_PLACE pattern holds a digit or "Uhr"
  if (!DATE_SIGN.test(text)) return undefined;
  for (const line of text.split('\n')) {
    for (const re of DATE_PLACE) {
      const city = re.exec(line.trim())?.[1];
      if (city && !cues.some((c) => c.online.test(city) || c.fieldHeadings.test(city))) return city;
    }
  }
  return undefined;
}

/** One place a rule of the cascade reads in a unit: the value, the rule's name and confidence, the block it stands in. */
export interface PlaceHit {
  value: string;
  rule: string;
  confidence: number;
  /** index into the unit's blocks */
  at: number;
}

/** Whether a block is a contact box (its heading or label says so): its address is the contact's, not the event's. */
export function isContactBlock(b: Block, sectionHeadings: Map<number, string>): boolean {
  return /kontakt|contact|telefon|phone|e-mail|email/i.test(`${sectionHeadings.get(b.id) ?? ''} ${b.label ?? ''}`);
}

/**
 * Every place the cascade's rules read in a unit, rule by rule in the cascade's order, each rule's hits in block order:
 * the first is the cascade's answer (findLocation), the rest are candidates for the learned choice (location-choice.ts).
 * Each rule looks at each block once.
 */
export function placeHits(blocks: Block[], sectionHeadings: Map<number, string>, cues: CueSet[]): PlaceHit[] {
  const known = hitsRead.get(blocks);
  if (known && known.sectionHeadings === sectionHeadings && known.cues === cues) return [...known.hits];
  const hits = readPlaceHits(blocks, sectionHeadings, cues);
  hitsRead.set(blocks, { sectionHeadings, cues, hits });
  return [...hits];
}

/** each unit's hits, read once: the cascade (findLocation) and the learned choice's candidates ask about the same blocks */
const hitsRead = new WeakMap<Block[], { sectionHeadings: Map<number, string>; cues: CueSet[]; hits: readonly PlaceHit[] }>();

function readPlaceHits(blocks: Block[], sectionHeadings: Map<number, string>, cues: CueSet[]): PlaceHit[] {
  const hits: PlaceHit[] = [];
  const hit = (value: string, rule: string, confidence: number, at: number) => hits.push({ value, rule, confidence, at });
  const isPlaceLabel = (label: string | undefined) => !!label && cues.some((c) => c.fields.place.test(label));
  // a word the cues know as "online" or as a field heading is no place
  const noCue = (text: string) => !cues.some((c) => c.online.test(text) || c.fieldHeadings.test(text));
  const isContact = (b: Block) => isContactBlock(b, sectionHeadings);
  for (const [i, b] of blocks.entries()) {
    if (isContact(b)) continue;
    if (isPlaceLabel(b.label) || isPlaceLabel(sectionHeadings.get(b.id)) || b.node.tag === 'address') {
      const city = cityOf(b.label && b.text.startsWith(b.label) ? b.text.slice(b.label.length + 1) : b.text, cues);
      if (city) hit(city, 'field', 0.85, i);
    }
  }
  for (const [i, b] of blocks.entries()) {
    if (isContact(b) || /telefon|tel\.|fax|e-mail/i.test(b.text)) continue;
    const postcode = POSTCODE_CITY.exec(b.text);
    if (postcode) hit(postcode[1], 'postcode', 0.6, i);
  }
  // prose and date lines: "findet am 24. und 25. September 2026 in Magdeburg statt", "takes place in Leipzig",
  // "12–14 June 2026, Leipzig"
  for (const [i, b] of blocks.entries()) {
    if (isContact(b)) continue;
    const m = PROSE_PLACE.exec(b.text) ?? DATE_LINE_PLACE.exec(b.text);
    const city = m?.[1] ?? m?.[2];
    if (city && !cues.some((c) => c.online.test(city))) hit(city, 'prose', 0.5, i);
  }
  for (const [i, b] of blocks.entries()) {
    if (isContact(b)) continue;
    const city = besideDate(b.text, cues);
    if (city) hit(city, 'beside-date', 0.45, i);
  }
  for (const [i, b] of blocks.entries()) {
    if (isContact(b) || /telefon|tel\.|fax|e-mail/i.test(b.text)) continue;
    const city = b.text.split('\n').map((line) => STREET_TOWN.exec(line.trim())?.[1]).find(Boolean);
    if (city && !cues.some((c) => c.online.test(city))) hit(city, 'street', 0.45, i);
  }
  // a card's meta line: "Magdeburg · Anmeldeschluss: 20.09.2024", "Leipzig | 9:30 bis 16:30 Uhr"
  for (const [i, b] of blocks.entries()) {
    if (b.type === 'heading' || isContact(b)) continue;
    const parts = b.text.split(/\s[·|•]\s/);
    if (parts.length < 2) continue;
    const place = parts[0].replace(/[.:]$/, '').trim();
    if (META_PLACE.test(place) && !SITE_SECTION.test(place) && noCue(place)) hit(place, 'meta-head', 0.5, i);
  }
  // a meta line that gives the date first and the place last ("Samstag, 18.04.2026, 10:00–17:00 Uhr · Kulturzentrum Pavillon,
  // Hannover"): the town closes the place part, after its venue
  for (const [i, b] of blocks.entries()) {
    if (b.type === 'heading' || isContact(b)) continue;
    const parts = b.text.split(/\s[·|•]\s/);
    if (parts.length !== 2 || !/\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\d{1,2}:\d{2}/.test(parts[0])) continue;
    const pieces = parts[1].split(/,\s+/);
    const town = pieces[pieces.length - 1].replace(/[.;]$/, '').trim();
    if (pieces.length >= 2 && META_PLACE.test(town) && !TOWN_VENUE.test(town) && !cues.some((c) => c.online.test(parts[1]) || c.fieldHeadings.test(town))) hit(town, 'meta-tail', 0.45, i);
  }
  // a listing's entry that ends with its place ("Di., 3.3., 18 Uhr – Netzwerktreffen, Gemeindehaus St. Martin, Hofgeismar"):
  // the last word of the last comma part, when that part is a short name (a venue and its town, or the town alone)
  for (const [i, b] of blocks.entries()) {
    if (!b.list || isContact(b) || !/[–—-]\s|:\s/.test(b.text)) continue;
    const parts = b.text.split(/,\s+/);
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1].replace(/[.;]$/, '').trim();
    const words = last.split(/\s+/);
    const town = words[words.length - 1];
    if (words.length <= 3 && !/\d/.test(last) && /^\p{Lu}[\p{Ll}-]{2,}$/u.test(town) && noCue(last)) hit(town, 'list-tail', 0.45, i);
  }
  // a short meta block, what and then where, in lines or parts ("Workshop\nRostock", "Tagung und Exkursion / Güstrow")
  for (const [i, b] of blocks.entries()) {
    if (b.type === 'heading' || isContact(b)) continue;
    const lines = b.text.split(/\n|\s\/\s/);
    if (lines.length < 2 || lines[0].length > 40 || /\d/.test(lines[0] + lines[1])) continue;
    const place = lines[1].trim();
    if (META_PLACE.test(place) && !SITE_SECTION.test(place) && !ABSTRACT_NOUN.test(place) && noCue(place)) hit(place, 'meta-lines', 0.4, i);
  }
  // an entry's description that opens with what and where ("Workshop in Rostock: …", "Filmfestival in Rostock mit …")
  for (const [i, b] of blocks.entries()) {
    if (b.type === 'heading' || isContact(b)) continue;
    const city = OPENING_PLACE.exec(b.text)?.[1];
    if (city && !ABSTRACT_NOUN.test(city) && noCue(city)) hit(city, 'opening', 0.4, i);
  }
  // a calendar record's place line right under its date line ("From 7 to 8 April 2017" / "Brussels, Belgium")
  for (const [i, b] of blocks.entries()) {
    const before = blocks[i - 1];
    if (b.type === 'heading' || b.label !== undefined || isContact(b) || !before || before.text.length > 60 || !/\d{4}/.test(before.text)) continue;
    const city = PLACE_LINE.exec(b.text)?.[1];
    if (city && !ABSTRACT_NOUN.test(city) && noCue(b.text)) hit(city, 'place-line', 0.4, i);
  }
  return hits;
}

/** The location of an event unit from its place fields, an address, a postcode line, or online cues: the cascade's first hit. */
export function findLocation(blocks: Block[], sectionHeadings: Map<number, string>, extraText: string, cues: CueSet[]): { value: string | null; confidence: number } {
  const first = placeHits(blocks, sectionHeadings, cues)[0];
  if (first) return { value: first.value, confidence: first.confidence };
  return onlineIn(`${extraText} ${blocks.map((b) => b.text).join(' ')}`, cues) ? { value: 'online', confidence: 0.6 } : { value: null, confidence: 0.5 };
}

/** Whether a text has an online cue (Zoom, Webex, webinar, "online"). */
export function onlineIn(text: string, cues: CueSet[]): boolean {
  return cues.some((c) => c.online.test(text));
}

/**
 * An event in a municipality's own building that names no town ("Rathaus, Sitzungssaal" on the Stadt Herrenberg's
 * page, "Bürgersaal im Rathaus" in the Gemeinde's calendar): the town of the organizer, else of the site's owner.
 */
export function hostTown(hosts: Array<string | null | undefined>, text: string): string | undefined {
  if (!TOWN_VENUE.test(text)) return undefined;
  for (const host of hosts) {
    const m = host ? MUNICIPALITY.exec(host.trim()) : null;
    if (m) return m[1];
  }
  return undefined;
}
