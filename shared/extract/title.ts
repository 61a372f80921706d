/**
 * Titles as a colleague would write them on the watchlist: the heading of the item (with its subtitle), without the
 * site's name, without dates and "Mehr" links for list entries; a news headline about a fund is replaced by the fund's
 * name.
 */
import type { Block } from './blocks.ts';
import type { CueSet } from './cues/types.ts';
import type { DateFact } from './facts.ts';
import { firstCompound } from './compound.ts';
import { quotedName } from './quoted-name.ts';
import { framedBy } from './cues/words.ts';
import { clean } from './page.ts';
import { withoutDates } from './segment.ts';
import { upperFirst } from './upper-first.ts';

const MAX = 500;
/** a status word a site puts before a headline ("Neu: …", "Aktuell: …", "NEW! …"): not part of the item's name */
const STATUS_PREFIX = /^(?:neu|aktuell|new|updated?|wichtig)\s*[:!]\s+(?=\S)/iu;
/** a bullet glyph or an empty check box a list written without list markup opens its lines with ("» Fachtag …", "[ ] Kernteam …") */
const BULLET_PREFIX = /^(?:[»•▪▸►‣◦]|\[\s?\])\s+(?=\S)/u;
/** a news item's date a template prints inside the headline ("<span class=news-date>05.03.2026</span> Schulpreis …") */
const DATE_PREFIX = /^(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}-\d{2})\s*[:|·–—-]?\s+(?=\p{L})/u;

/** Whitespace, quotes left dangling, trailing separators and "Mehr"-links removed. */
export function cleanTitle(text: string, cues: CueSet[] = []): string {
  let t = clean(text.replace(/\n/g, ' '));
  for (let again = true; again; ) {
    const before = t;
    t = t.replace(/[\s:–—|·,;-]+$/u, '').replace(/^[\s:–—|·,;-]+/u, '').replace(STATUS_PREFIX, '').replace(DATE_PREFIX, '').replace(BULLET_PREFIX, '');
    for (const c of cues) {
      t = t.replace(framedBy(c.moreLinks, '\\s', '$', 'iu'), '');
    }
    again = t !== before;
  }
  t = unshout(t);
  return t.length > MAX ? `${t.slice(0, MAX - 1)}…` : t;
}

const SMALL_WORDS = new Set('in im am an und für der die das des den dem zur zum von vom mit auf aus bei of and the for to on at with'.split(' '));

/**
 * A heading set in capitals ("FACHTAG KOMMUNALE ENTWICKLUNGSPOLITIK 2026") written the way a colleague would: each word
 * capitalised, small words lower-case, words of up to four letters kept as acronyms ("EU", "NRW", "SKEW").
 */
function unshout(title: string): string {
  // only prose in capitals (three long words at least): a row of acronyms ("URBACT IV", "CERV-2026-TT") stays as written
  if (/\p{Ll}/u.test(title) || (title.match(/\p{L}{5,}/gu) ?? []).length < 3) return title;
  return title.replace(/\p{L}+/gu, (word, offset: number) => {
    const lower = word.toLowerCase();
    if (offset > 0 && SMALL_WORDS.has(lower)) return lower;
    if (word.length <= 4) return word;
    return upperFirst(lower);
  });
}

/** The page's <title> without the site's name ("Klaaf International - Allerweltshaus Köln" → "Klaaf International"). */
export function stripSiteName(title: string, siteName: string | undefined, host: string): string {
  const parts = title.split(/\s+[-–—|·:]{1,2}\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title;
  const hostWords = host.replace(/^www\./, '').split('.').slice(0, -1).join(' ').toLowerCase();
  const isSite = (p: string) => {
    const l = p.toLowerCase();
    return (siteName && (l === siteName.toLowerCase() || siteName.toLowerCase().includes(l) || l.includes(siteName.toLowerCase()))) || (hostWords && (l.replace(/[^a-z0-9]+/g, '') === hostWords.replace(/[^a-z0-9]+/g, '') || l.includes(hostWords)));
  };
  const kept = parts.filter((p) => !isSite(p));
  if (!kept.length) return parts[0];
  // the site's name usually stands last; without a match, drop the last part only when it is short
  if (kept.length === parts.length) return parts.slice(0, -1).join(' – ');
  return kept.join(' – ');
}

interface Stripped {
  /** what they were read from (checked: the memo never answers for other inputs) */
  of: [string | undefined, string | undefined, string | undefined, string];
  title?: string;
  ogTitle?: string;
}
const strippedMemo = new WeakMap<object, Stripped>();

/**
 * The page's <title> and og:title without the site's name (stripSiteName), read once per page: the rules' answer
 * and the candidates of every unit that is no entry read them.
 */
export function strippedTitles(meta: { title?: string; ogTitle?: string; siteName?: string }, host: string): { title?: string; ogTitle?: string } {
  const found = strippedMemo.get(meta);
  if (found && found.of[0] === meta.title && found.of[1] === meta.ogTitle && found.of[2] === meta.siteName && found.of[3] === host) return found;
  const made: Stripped = {
    of: [meta.title, meta.ogTitle, meta.siteName, host],
    title: meta.title ? stripSiteName(meta.title, meta.siteName, host) : undefined,
    ogTitle: meta.ogTitle ? stripSiteName(meta.ogTitle, meta.siteName, host) : undefined,
  };
  strippedMemo.set(meta, made);
  return made;
}

/** A section's title: its heading and subtitle. */
export function headingTitle(heading: Block | undefined, subtitle: Block | undefined): string | undefined {
  if (!heading) return undefined;
  return subtitle ? `${heading.text} – ${subtitle.text}` : heading.text;
}

/** A list entry's or table row's title: its text without dates, the words that introduce them, and links onward. */
export function entryTitle(blocks: Block[], facts: DateFact[], cues: CueSet[]): string {
  const text = blocks
    .filter((b) => !b.cell || !(facts.some((f) => f.block === b)))
    .map((b) => withoutDates(b.text, facts.filter((f) => f.block === b)))
    .join(' ');
  const connectors = /\s(?:am|vom|ab|bis|zum|on|from|at|until|–|-)\s*(?=\s|$)/giu;
  return cleanTitle(text.replace(connectors, ' ').replace(/\s\(\s*\)/g, ''), cues);
}

/** Words that mark a title as naming a programme or call itself ("…fonds", "Wettbewerb", a quoted name). */
export function namesProgramme(title: string, cues: CueSet[]): boolean {
  return /[„"“«»]/.test(title) || cues.some((c) => c.programmeWords.test(title) || /(?:fonds|programm|wettbewerb|preis)(?![\p{L}])/iu.test(title));
}

const OPENING_QUOTE = /[„"“»]/;
/** the endings of a programme's compound name, case-sensitive ("Kleinprojektefonds", "Förderpreis") */
const COMPOUND_ENDS = ['fonds', 'programm', 'wettbewerb', 'preis'];

/** A programme's name in a text: a quoted name after "Programm"/"Projekt"…, else a compound like "Kleinprojektefonds". */
export function findProgramme(text: string, cues: CueSet[]): string | undefined {
  // the search runs over the whole page: a page without an opening quote skips it
  for (const c of OPENING_QUOTE.test(text) ? cues : []) {
    const quoted = quotedName(c.programmeWords, text);
    // a long name the page shortens right away ("„Bürgerinnen und Bürger, Gleichstellung, Rechte und Werte“ (CERV)") is
    // known by its short form
    const short = quoted && /^\s*\((\p{Lu}[\p{Lu}\d-]{1,9})\)/u.exec(text.slice(quoted.index + quoted[0].length));
    if (quoted) return short ? short[1] : clean(quoted[1]);
  }
  return firstCompound(text, COMPOUND_ENDS);
}
