/**
 * The clock a page's times are written in when a time carries no zone of its own. The corpus and the data model keep
 * Berlin wall-clock time, and a UK council's "closes at 5pm" is London's 5 pm: 18:00 in Berlin (the corpus README: a
 * time given in another zone is converted). Read, in this order:
 *   1. the page declares it once for all its times ("All times are Eastern Time (ET)", "Alle Zeiten in UTC");
 *   2. the host's country (`.uk`, `.ie`, `.govt.nz`, a state's or province's own domain `.qld.gov.au`, `.mb.ca`,
 *      `.state.mn.us`);
 *   3. for a host that names no country (`.com`, `.org`), the postal addresses the page gives: a US state with its ZIP
 *      code, a Canadian province with its postal code, an Australian state with its postcode, a UK postcode.
 * Null when the page's clock is Berlin's (CET countries) or nothing tells. The zone tables are data (page-clock-zones.ts).
 * A clock read from the host or the addresses names its country: the abbreviations several countries write ("CST",
 * "IST") are read by it (timezones.ts `settleZone`), and not on a page whose country nothing names.
 */
import { COUNTRY_CLOCKS, REGION_CLOCKS, type Country } from './page-clock-zones.ts';
import { readZone, ZONE_PATTERN, type Zone } from './timezones.ts';
import { hostOf } from '../host.ts';
import { isSpace } from '../page.ts';

/** "All times are Eastern Time", "all times below are given in UTC", "Alle Zeiten in MEZ", "Times shown in AEST" */
const DECLARED = new RegExp(
  String.raw`(?:\ball\s+times\b|\btimes\s+(?:are|shown|listed|given|quoted)\b|\balle\s+(?:Uhr)?zeit(?:en|angaben)\b)[^.\n]{0,40}?\b(?<zone>${ZONE_PATTERN})`,
  'iu',
);
/** hosts that name no country: their addresses may */
const GENERIC = new Set(['com', 'org', 'net', 'info', 'biz', 'io', 'co', 'edu', 'app', 'news', 'online', 'site', 'events']);

// a code ends where no digit follows: a line break the text lost joins the next line to it ("AL 36104<br>Phone" is read
// "AL 36104Phone")
const ADDRESSES: Array<{ country: Country; pattern: RegExp }> = [
  { country: 'us', pattern: /\b([A-Z]{2})\s+\d{5}(?:-\d{4})?(?!\d)/g },
  { country: 'ca', pattern: /\b([A-Z]{2})\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d(?!\d)/g },
  { country: 'au', pattern: /\b(NSW|VIC|QLD|WA|SA|TAS|NT|ACT)\s+\d{4}(?!\d)/g },
  { country: 'uk', pattern: /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/g },
];
/**
 * What every address pattern's match holds: a capital letter, then a digit after spaces or none ("MN 55101", "ON K1A",
 * "NSW 2000", "SW1A"). A text without one holds no address: one scan instead of four.
 */
const ADDRESS_HINT = /[A-Z]\s*\d/;
/** What every declaration's match holds ("all times", "times are …", "alle Zeiten"), in DECLARED's own case folding. */
const DECLARED_HINT = /times|alle/iu;

/**
 * Whether `clean(pieces.join(''))` holds ADDRESS_HINT, asked of the pieces (a page's text nodes) without joining them:
 * clean() makes every run of white space (and zero-width spaces) one space, so the joined text holds it where a piece
 * does, or where a piece ends with a capital and spaces, the next pieces are spaces at most, and one opens with a digit.
 */
export function piecesHoldAddressHint(pieces: Iterable<string>): boolean {
  // the text so far ends with a capital and spaces or none
  let pending = false;
  for (const piece of pieces) {
    if (pending) {
      let i = 0;
      while (i < piece.length && isSpace(piece.charCodeAt(i))) i++;
      if (i < piece.length && isDigit(piece.charCodeAt(i))) return true;
    }
    if (RAW_ADDRESS_HINT.test(piece)) return true;
    let end = piece.length - 1;
    while (end >= 0 && isSpace(piece.charCodeAt(end))) end--;
    // a piece of spaces alone leaves the text's end as it was
    if (end >= 0) pending = isCapital(piece.charCodeAt(end));
  }
  return false;
}
const RAW_ADDRESS_HINT = /[A-Z][\s\u200b]*\d/;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isCapital = (c: number) => c >= 65 && c <= 90;

/**
 * The page's own clock, or null for Berlin's or unknown. `text` is the page's main text; `wholeText` the whole page's
 * (its footer holds the address), read only when the host names no country — and, when `wholePieces` gives the whole
 * page's text nodes, only when they hold what every address holds (piecesHoldAddressHint).
 */
export function pageClock(url: string, text: string, wholeText: () => string, wholePieces?: () => Iterable<string>): Zone | null {
  const declared = DECLARED_HINT.test(text) ? DECLARED.exec(text)?.groups?.zone : undefined;
  if (declared) {
    const zone = readZone(declared);
    if (zone && zone.kind !== 'ambiguous') return zone.kind === 'berlin' ? null : zone;
  }
  const labels = hostOf(url).split('.');
  const tld = labels.at(-1) ?? '';
  if (!GENERIC.has(tld)) return fromHost(labels);
  return fromAddresses(text) ?? (wholePieces && !piecesHoldAddressHint(wholePieces()) ? null : fromAddresses(wholeText()));
}

/** The zone of a host's country, or of the region its domain names ("qld" in tr.qld.gov.au). */
function fromHost(labels: string[]): Zone | null {
  const tld = labels.at(-1)!;
  const country: Country | undefined = tld === 'gov' ? 'us' : tld === 'us' ? 'us' : (tld as Country);
  const clocks = COUNTRY_CLOCKS[country];
  if (!clocks) return null;
  const regions = REGION_CLOCKS[country];
  // a region's code right before the country's second-level label or the country code: wa.gov.au, mb.ca, state.mn.us, dca.ga.gov
  const region = regions && labels.slice(0, -1).reverse().find((label) => regions[label.toUpperCase()]);
  return zoneOf(region ? regions![region.toUpperCase()] : clocks, country);
}

/** The zone most of the page's postal addresses lie in (with the country of those addresses). */
function fromAddresses(text: string): Zone | null {
  if (!ADDRESS_HINT.test(text)) return null;
  const counts = new Map<string, number>();
  const countryOf = new Map<string, Country>();
  for (const { country, pattern } of ADDRESSES) {
    const regions = REGION_CLOCKS[country];
    for (const match of text.matchAll(pattern)) {
      const zone = regions ? regions[match[1]] : COUNTRY_CLOCKS[country];
      if (!zone) continue;
      counts.set(zone, (counts.get(zone) ?? 0) + 1);
      if (!countryOf.has(zone)) countryOf.set(zone, country);
    }
  }
  let best: string | undefined;
  for (const [zone, count] of counts) if (!best || count > counts.get(best)!) best = zone;
  return best ? zoneOf(best, countryOf.get(best)) : null;
}

/** a page's clock: its IANA zone, and the country the host or the addresses named (it settles "CST", "IST": timezones.ts) */
const zoneOf = (zone: string, country?: Country): Zone => ({ kind: 'region', zone, written: zone, ...(country ? { country } : {}) });
