/**
 * The features of one location candidate (location-candidates.ts) for the learned location choice (model/location.ts):
 * which rules or patterns found it, where it stands (its block's place in the unit and type, beside the unit's dates or
 * not, in a contact box), its shape (words, length, capitalisation, a bracket, an adjective's or an abstract noun's
 * ending), cue words it is (online, a field heading, an event or call noun, a venue or organisation word, a site section,
 * a month), how often the unit and the page repeat it, whether the title or the headings above name it, and for "no
 * place" and "online" what the unit offers instead. Binary, named by structure and cue lists only: no feature names a
 * site, a page, a title or a town.
 */
import type { Block } from '../blocks.ts';
import type { CueSet } from '../cues/types.ts';
import { placeKey, type LocationCandidate } from '../location-candidates.ts';
import { ABSTRACT_NOUN, onlineIn, SITE_SECTION, TOWN_VENUE } from '../location.ts';
import { joiner } from './bucket.ts';

/** the two classes of the ranking's weights (the `place` weight is the candidate's score) */
export type LocationClass = 'other' | 'place';

export interface LocationFeatureContext {
  blocks: Block[];
  /** indexes of the unit's blocks that hold one of its dates */
  dated: Set<number>;
  title: string;
  /** the unit's words and how often each stands there (placeKey words) */
  unitWords: Map<string, number>;
  /** the page's words and how often each stands there */
  pageWords: Map<string, number>;
  cues: CueSet[];
  /** the cascade's answer (placeKey) */
  rule: string;
  /** the unit or its context says the event is also held on site ("hybrid", "vor Ort", "und online") */
  hybrid: boolean;
  /** how many of the unit's candidates are towns, and how many of those a rule of the cascade found */
  towns: number;
  ruled: number;
  /** the event's own dated text (its dated blocks, a line's own words) or its title says it is online */
  saysOnline?: boolean;
  /** an "online" candidate competes */
  onlineCue: boolean;
  /** the words of the title and of the context (placeKey words) */
  titleWords: Set<string>;
  contextWords: Set<string>;
}

/** an organisation's or a building's word at a name's end ("Arbeitnehmerkammer", "Stadthalle", "City Council") */
const BODY_WORD = /(?:kammer|verband|verein|amt|institut|zentrum|haus|halle|schule|universität|hochschule|akademie|stiftung|ministerium|raum|saal|zimmer|kino|foyer|aula|university|college|centre|center|council|ministry|office|agency|hall|room|library|museum)$/iu;
/** an abstract noun's ending beside those the cascade knows ("Politik", "Kultur", "Energie", "Ergebnis") */
const ABSTRACT_END = /(?:ik|ur|ie|nis|tum)$/u;
const MONTH_OR_DAY = /^(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february|march|may|june|july|october|december|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;
/**
 * A country, a German or Austrian federal state or a continent (de/en): a place, but never the town the corpus asks for
 * ("in Bayern", "Brussels, Belgium"). General knowledge, as month names are — no site's or page's name.
 */
const REGION = new RegExp(String.raw`^(?:${[
  'deutschland|germany|österreich|austria|schweiz|switzerland|europa|europe|afrika|africa|asien|asia|amerika|america|lateinamerika|latin america',
  'baden-württemberg|bayern|bavaria|brandenburg|hessen|hesse|mecklenburg-vorpommern|niedersachsen|lower saxony|nordrhein-westfalen|north rhine-westphalia|rheinland-pfalz|saarland|sachsen|saxony|sachsen-anhalt|schleswig-holstein|thüringen|thuringia',
  'burgenland|kärnten|niederösterreich|oberösterreich|salzburg|steiermark|tirol|vorarlberg',
  'belgien|belgium|bulgarien|bulgaria|dänemark|denmark|estland|estonia|finnland|finland|frankreich|france|griechenland|greece|irland|ireland|italien|italy|kroatien|croatia|lettland|latvia|litauen|lithuania|luxemburg|luxembourg|malta|niederlande|netherlands|polen|poland|portugal|rumänien|romania|schweden|sweden|slowakei|slovakia|slowenien|slovenia|spanien|spain|tschechien|czechia|czech republic|ungarn|hungary|zypern|cyprus',
  'norwegen|norway|island|iceland|großbritannien|great britain|united kingdom|england|schottland|scotland|wales|ukraine|türkei|turkey|brasilien|brazil|indien|india|china|japan|kanada|canada|usa|tansania|tanzania|kenia|kenya|ghana|südafrika|south africa|mexiko|mexico|peru|bolivien|bolivia|nicaragua|vietnam',
].join('|')})$`, 'iu');

export const HYBRID = /hybrid|vor ort|in präsenz|präsenzveranstaltung|in person|on-site|(?:und|and|sowie|or|oder)\s+online|online\s+(?:und|and|oder|or)\s/iu;

/** The words of a text as placeKey writes them. */
export const placeWords = (text: string): string[] => placeKey(text).split(' ').filter(Boolean);

/** Words counted over lists of words (each text's placeWords). */
export function countWords(lists: Iterable<readonly string[]>): Map<string, number> {
  const out = new Map<string, number>();
  for (const words of lists) for (const w of words) out.set(w, (out.get(w) ?? 0) + 1);
  return out;
}

/** a count as the first edge it does not pass ("0", "1", "3"), or beyond the last ("3+") */
const bucket = (n: number, edges: readonly number[]) => {
  const e = edges.find((x) => n <= x);
  return e === undefined ? `${edges[edges.length - 1]}+` : String(e);
};

// every feature name made once (bucket.ts): names from a closed set, not built and hashed anew per candidate
const colon = joiner(':');

export function locationFeatures(c: LocationCandidate, ctx: LocationFeatureContext): string[] {
  const f = [...c.sources].map((s) => colon('src', s));
  f.push(colon('sources', bucket(c.sources.size, [1, 2])));
  const { towns, ruled } = ctx;
  // the cascade's town weighs the rule's margin (src:rule); the cascade finding no place is a feature of its own,
  // weighed as fitted — no rule fired is weaker evidence than a rule that read a town
  if (placeKey(c.value) === ctx.rule) f.push(c.value === null ? 'none:rule' : 'src:rule');
  if (c.value === null) {
    f.push(colon('none:towns', bucket(towns, [0, 1, 3])), colon('none:ruled', bucket(ruled, [0, 1])));
    if (ctx.onlineCue) f.push('none:online-cue');
    if (ctx.saysOnline) f.push('none:says-online');
    return f;
  }
  if (c.value === 'online') {
    f.push('online');
    if (ctx.hybrid) f.push('online:hybrid');
    f.push(colon('online:ruled', bucket(ruled, [0, 1])));
    // where the online words stand: the title, the unit's dated blocks, how many of its blocks
    const online = (t: string) => onlineIn(t, ctx.cues);
    if (online(ctx.title)) f.push('online:title');
    if (ctx.saysOnline) f.push('online:says-online');
    let blocks = 0;
    ctx.blocks.forEach((b, i) => {
      if (!online(b.text)) return;
      blocks++;
      if (ctx.dated.has(i)) f.push('online:dated');
    });
    f.push(colon('online:blocks', bucket(blocks, [0, 1, 2])));
    return [...new Set(f)];
  }
  const v = c.value;
  const b = c.at >= 0 ? ctx.blocks[c.at] : undefined;
  f.push(c.at < 0 ? 'at:outside' : c.at === 0 ? 'at:first' : c.at <= 2 ? 'at:near' : 'at:later');
  if (b) {
    f.push(colon('block', b.type));
    if (b.list) f.push('block:list');
    if (b.label) f.push('block:label');
    f.push(ctx.dated.has(c.at) ? 'date:same' : ctx.dated.has(c.at - 1) || ctx.dated.has(c.at + 1) ? 'date:beside' : ctx.dated.size ? 'date:far' : 'date:none');
  }
  if (c.contact) f.push('contact');
  const words = v.split(/[\s-]+/).filter(Boolean);
  const last = words[words.length - 1] ?? v;
  f.push(colon('words', bucket(words.length, [1, 2])));
  if (v.length < 4) f.push('len:short');
  if (v.length > 20) f.push('len:long');
  if (/-/.test(v)) f.push('hyphen');
  if (/\(/.test(v)) f.push('bracket');
  if (/^\p{Lu}{2,}$/u.test(v)) f.push('allcaps');
  if (ABSTRACT_NOUN.test(last) || ABSTRACT_END.test(last)) f.push('abstract');
  if (/(?:ian|ish|ese|isch|ische)$/u.test(last)) f.push('adjective');
  if (BODY_WORD.test(last)) f.push('body-word');
  if (MONTH_OR_DAY.test(last)) f.push('cue:month');
  if (REGION.test(v)) f.push('region');
  if (TOWN_VENUE.test(v)) f.push('cue:venue');
  if (SITE_SECTION.test(v)) f.push('cue:section');
  if (onlineIn(v, ctx.cues)) f.push('cue:online');
  if (ctx.cues.some((k) => k.fieldHeadings.test(v))) f.push('cue:field');
  if (ctx.cues.some((k) => k.eventNouns.test(v))) f.push('cue:event');
  if (ctx.cues.some((k) => k.callNouns.test(v))) f.push('cue:call');
  const first = placeKey(v).split(' ')[0];
  f.push(colon('rep:unit', bucket(ctx.unitWords.get(first) ?? 0, [0, 1, 2])), colon('rep:page', bucket(ctx.pageWords.get(first) ?? 0, [1, 3])));
  if (ctx.titleWords.has(first)) f.push('in:title');
  if (ctx.contextWords.has(first)) f.push('in:context');
  if (ctx.hybrid) f.push('hybrid');
  if (ctx.saysOnline) f.push('says-online');
  if (c.seen?.postcode) f.push('seen:postcode');
  if (c.seen?.in) f.push(colon('seen:in', bucket(c.seen.in, [1, 2])));
  if (c.seen?.article) f.push('seen:article');
  return f;
}
