/**
 * The towns an item's own title names (pure): a listing's entry is often titled by where it is held — "Ulm: Mobilität
 * neu denken", "Informationsveranstaltung – Trier", "Kommunales Energiemanagement (Idar-Oberstein)", "Brussels,
 * Belgium", "Edenderry Orange Hall, 8pm" — and its text names the town nowhere else. Each is a location candidate
 * (location-candidates.ts); the learned choice weighs it with the features every town has. General shapes only: a
 * short name at the title's head before a colon, a part of it after a dash or a comma, a name in closing brackets,
 * the name before a venue's noun ("Laurieton Library"). The first part is told apart from the later ones (a
 * title's head is mostly its name, a capitalised noun in German).
 */
import { TOWN } from './location-hosts.ts';

export interface TitleTown {
  value: string;
  source: 'title:lead' | 'title:first' | 'title:part' | 'title:bracket' | 'venue-head';
}

/** a short name: one to three capitalised words, hyphens and a slash ("Frankfurt/Main", "Halle (Saale)" read apart) */
const SHORT_NAME = /^\p{Lu}[\p{L}.'’/-]*(?:\s\p{Lu}[\p{L}.'’/-]*){0,2}$/u;
const LEAD = new RegExp(String.raw`^(${TOWN}):\s`, 'u');
const BRACKET = new RegExp(String.raw`\((${TOWN})\)\s*$`, 'u');
/** a venue's noun closing a name of two to four words ("Lake Haven Library", "Wauchope Senior Citizens' Centre") */
const VENUE_NOUN = /^(?:Hall|Library|Centre|Center|Institute|House|Church|Chapel|Club|Theatre|Theater|Museum|Park|Hotel|Kirche|Halle|Haus)$/u;

/** The name before a venue's noun: its first word, and its words before the noun when they are two. */
export function venueHead(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !VENUE_NOUN.test(words[words.length - 1])) return [];
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return [];
  const head = [words[0].replace(/['’]s$/u, '')];
  if (words.length === 3) head.push(`${words[0]} ${words[1]}`);
  return head.filter((w) => /^\p{Lu}\p{Ll}+/u.test(w));
}

/** The towns the title names by its shape. */
export function titleTowns(title: string): TitleTown[] {
  const out: TitleTown[] = [];
  const t = title.trim().slice(0, 300);
  const lead = LEAD.exec(t)?.[1];
  if (lead) out.push({ value: lead, source: 'title:lead' });
  const bracket = BRACKET.exec(t)?.[1];
  if (bracket) out.push({ value: bracket, source: 'title:bracket' });
  const parts = t.split(/\s+[–—-]\s+|\s*[,;|·]\s*/u);
  if (parts.length < 2) return out;
  parts.forEach((part, k) => {
    const p = part.replace(/^(?:in|In|at|At)\s+/u, '').replace(/\s*\([^)]*\)/g, '').replace(/[.:]$/, '').trim();
    if (SHORT_NAME.test(p)) out.push({ value: p, source: k === 0 ? 'title:first' : 'title:part' });
    for (const v of venueHead(p)) out.push({ value: v, source: 'venue-head' });
  });
  return out;
}
