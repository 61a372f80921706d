/**
 * The features of one title candidate for the learned title choice (model/title.ts): where it comes from (its sources,
 * heading level, place among the page's headings, above or inside the item), how far it stands from the item's dates,
 * generic words from the title cue list ("Mitmachen", "Termine", "Einreichungstermine"), its length and
 * capitalisation, programme/call and event nouns, a date in it, a news headline's shape, page chrome, and whether the
 * other sources agree with it. Binary features named by structure and cue lists only: no feature names a site, a page
 * or a title.
 */
import type { CueSet } from '../cues/types.ts';
import { cueWordsOf } from '../cues/scan.ts';
import { titleCues } from '../cues/title-words.ts';
import { isWhole, opensWith } from '../cues/words.ts';
import { anchors, type DateFact } from '../facts.ts';
import type { Unit } from '../segment.ts';
import { DATE_IN_TEXT, type TitleCandidate } from '../title-candidates.ts';
import { minOf } from '../extremes.ts';
import { datesOf, kindFeatures } from './title-kind.ts';
import { joiner } from './bucket.ts';

// every feature name made once (bucket.ts): names from a closed set, not built and hashed anew per candidate
const colon = joiner(':');
const bar = joiner('|');

export interface TitleFeatureContext {
  unit: Unit;
  /** the unit's dates */
  facts: DateFact[];
  cues: CueSet[];
  /** every candidate of the unit (for agreement between sources) */
  candidates: TitleCandidate[];
  /** the page's site name (og:site_name) */
  siteName?: string;
}

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
/** a periodical's own name: a newsletter, bulletin or update with its issue ("Newsletter 04/2016", "Eine-Welt-Nachrichten Juni 2017") */
const PERIODICAL = /(?:newsletter|rundbrief|infobrief|rundschreiben|nachrichten|update|bulletin|digest|ausgabe|issue|mitteilungen)(?![\p{L}])/iu;
const ISSUE = /(?<!\d)\d{1,2}\s?\/\s?(?:19|20)?\d\d(?!\d)|(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february|march|june|july|october|december)\s+(?:19|20)\d\d|(?:nr\.|no\.|ausgabe|issue)\s*\d/iu;
/** How much of a title is label words ("Stichtag für Projektförderanträge": half; "Interessenbekundung": all). */
export function labelWords(text: string): 'all' | 'half' | 'less' {
  const plain = text.replace(/[\d.:,;!?()–—|·/-]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  const generic = plain.filter((w) => titleCues.genericWord.test(w) || /^(?:und|&|and|der|die|das|des|zur|zum|für|for|the|of|to|an)$/iu.test(w));
  if (plain.length && generic.length === plain.length) return 'all';
  return plain.length && generic.length * 2 >= plain.length ? 'half' : 'less';
}

/** A periodical's own name with its issue, or a short one ("Newsletter 04/2016", "Fördernewsletter 22. Januar 2024", "Rundbrief"). */
export function isPeriodical(text: string): boolean {
  return PERIODICAL.test(text) && (ISSUE.test(text) || text.split(/\s+/).filter(Boolean).length <= 3);
}

/** A periodical's issue: its name with the issue's number or month ("Newsletter 04/2016", "Rundbrief März 2024"). */
export function isPeriodicalIssue(text: string): boolean {
  return PERIODICAL.test(text) && ISSUE.test(text);
}
const STOP = new Set('der die das und für zur zum von des den dem ein eine im in am an auf mit the and for of to a on at'.split(' '));

/**
 * a word the referee counts: a run of three or more of its word characters (the runs a split on the others leaves, of
 * three characters or more: a greedy match takes each such run whole from its start, and a shorter run has no
 * three-character part to match)
 */
const REFEREE_WORD = /[a-z0-9ß]{3,}/g;

/** The words of a text as the referee counts them (lower case, accents folded, three letters or more, no stop words). */
export function titleWords(text: string): Set<string> {
  // the runs matched, not a split and a filter: no array of every short piece and no callback per piece (same words, same order)
  const out = new Set<string>();
  const runs = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(REFEREE_WORD);
  if (runs) for (const w of runs) if (!STOP.has(w)) out.add(w);
  return out;
}

/**
 * What every candidate of one unit reads alike, made once per context: each text's words (a unit's block texts and
 * candidate texts repeat across its candidates), and per word how many of the unit's blocks and of its dates' distinct
 * blocks hold it, so a candidate's overlap with "every block but its own" is a count, not a new union of words.
 */
interface Prepared {
  words: (text: string) => Set<string>;
  blocks: Unit['blocks'];
  blockWords: Array<Set<string>>;
  /** word → how many of the unit's blocks hold it */
  inBlocks: (word: string) => number;
  /** the distinct blocks of the unit's dates */
  dated: Set<DateFact['block']>;
  /** word → how many of those blocks hold it */
  inDated: (word: string) => number;
  /** how many of those blocks have a word */
  datedWithWords: number;
}

const preparedOf = new WeakMap<TitleFeatureContext, Prepared>();

/**
 * Each block's words, read once per page: a block stands in the page's own unit and again in its entry's, each with
 * its own feature context. (The text is checked: a block object copied with another text reads its own.)
 */
const blockWordsOf = new WeakMap<Unit['blocks'][number], { text: string; words: Set<string> }>();
function wordsOfBlock(b: Unit['blocks'][number]): Set<string> {
  const known = blockWordsOf.get(b);
  if (known && known.text === b.text) return known.words;
  const words = titleWords(b.text);
  blockWordsOf.set(b, { text: b.text, words });
  return words;
}

function prepared(ctx: TitleFeatureContext): Prepared {
  let p = preparedOf.get(ctx);
  if (p) return p;
  const memo = new Map<string, Set<string>>();
  const words = (text: string) => {
    let w = memo.get(text);
    if (!w) memo.set(text, (w = titleWords(text)));
    return w;
  };
  const ofBlock = (b: Unit['blocks'][number]) => {
    let w = memo.get(b.text);
    if (!w) memo.set(b.text, (w = wordsOfBlock(b)));
    return w;
  };
  // only the candidates' words are ever asked about: the blocks' other words (most of a page unit's) are not counted;
  // a word of a text outside the context's candidates is counted when asked
  const wanted = new Set<string>();
  for (const c of ctx.candidates) for (const w of words(c.text)) wanted.add(w);
  const count = (into: Map<string, number>, of: Set<string>) => {
    for (const w of of) if (wanted.has(w)) into.set(w, (into.get(w) ?? 0) + 1);
  };
  const counter = (counted: Map<string, number>, sets: () => Iterable<Set<string>>) => (w: string) => {
    if (wanted.has(w)) return counted.get(w) ?? 0;
    let n = 0;
    for (const of of sets()) if (of.has(w)) n++;
    return n;
  };
  const blocks = ctx.unit.blocks;
  const blockWords = blocks.map(ofBlock);
  const inBlocks = new Map<string, number>();
  for (const w of blockWords) count(inBlocks, w);
  const dated = new Set<DateFact['block']>();
  for (const f of ctx.facts) dated.add(f.block);
  const inDated = new Map<string, number>();
  let datedWithWords = 0;
  for (const b of dated) {
    const w = ofBlock(b);
    count(inDated, w);
    if (w.size) datedWithWords++;
  }
  const datedWords = () => [...dated].map(ofBlock);
  p = { words, blocks, blockWords, inBlocks: counter(inBlocks, () => blockWords), dated, inDated: counter(inDated, datedWords), datedWithWords };
  preparedOf.set(ctx, p);
  return p;
}

/**
 * A text's words (titleWords) as the unit's candidates read them: each text split once per feature context, so the
 * title choice's lexicon and part-of-the-name tests read the sets the features made instead of splitting every
 * candidate's text again.
 */
export function wordsInContext(ctx: TitleFeatureContext, text: string): Set<string> {
  return prepared(ctx).words(text);
}

/** the share of a candidate's words that some block of the unit holds, other than its own block and blocks of its text */
function insideBody(mine: Set<string>, c: TitleCandidate, p: Prepared): number {
  const excluded: number[] = [];
  for (let i = 0; i < p.blocks.length; i++) if (p.blocks[i] === c.block || p.blocks[i].text === c.text) excluded.push(i);
  let n = 0;
  for (const w of mine) {
    let holding = p.inBlocks(w);
    for (const i of excluded) if (p.blockWords[i].has(w)) holding--;
    if (holding > 0) n++;
  }
  return n / mine.size;
}

/** the share of a candidate's words that the blocks of the unit's dates hold, other than its own; undefined: no such words */
function insideDated(mine: Set<string>, c: TitleCandidate, p: Prepared): number | undefined {
  const own = c.block && p.dated.has(c.block) ? p.words(c.block.text) : undefined;
  if (!(p.datedWithWords - (own?.size ? 1 : 0))) return undefined;
  let n = 0;
  for (const w of mine) if (p.inDated(w) - (own?.has(w) ? 1 : 0) > 0) n++;
  return n / mine.size;
}

function share(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.min(a.size, b.size);
}

/** the sources that read a candidate out of the item's own text */
const FROM_TEXT = new Set<string>(['quoted', 'named-quote', 'quoted-call', 'programme', 'lead', 'row-name']);

const SOURCES = ['sources:0', 'sources:1', 'sources:2', 'sources:3'];
const LEVEL = ['level:h0', 'level:h1', 'level:h2', 'level:h3', 'level:h4'];
const HEADING_INDEX = ['heading-index:0', 'heading-index:1', 'heading-index:2'];

const bucket = (x: number) => (x === 0 ? 'none' : x < 0.5 ? 'some' : x < 1 ? 'most' : 'all');

/** The features a candidate's text alone gives (its words, label and chrome words, capitals, nouns, a date, a headline's shape). */
function textFeatures(text: string, cues: CueSet[], siteName: string | undefined): string[] {
  const out: string[] = [];
  const words = text.split(/\s+/).filter(Boolean);
  const n = words.length;
  out.push(`words:${n <= 1 ? '1' : n <= 3 ? '2-3' : n <= 8 ? '4-8' : n <= 15 ? '9-15' : '16+'}`);
  const bare = text.replace(/[\d.:,;!?()–—|·/-]+/g, ' ').trim();
  const label = labelWords(text);
  if (label === 'all') out.push('generic:all');
  else if (label === 'half') out.push('generic:half');
  if (titleCues.generic.test(words[0] ?? '')) out.push('generic:first');
  // each text scanned once for the cue words (cues/scan.ts): a pattern that is the whole text or opens it stands in it
  const inText = cueWordsOf(text);
  const inBare = cueWordsOf(bare);
  if (cues.some((s) => inBare.may(s.genericHeadings) && isWhole(s.genericHeadings, bare))) out.push('generic:template');
  if (cues.some((s) => inText.may(s.teaserHeadings) && opensWith(s.teaserHeadings, text))) out.push('chrome:teaser');
  if (cues.some((s) => inText.may(s.fieldHeadings) && opensWith(s.fieldHeadings, text))) out.push('chrome:field');
  if (siteName && text.toLowerCase() === siteName.toLowerCase()) out.push('chrome:site-name');
  if (!/\p{Ll}/u.test(text) && /\p{Lu}{4}/u.test(text)) out.push('caps:shout');
  if (/^\p{Ll}/u.test(text)) out.push('caps:lower-start');
  if (inText.test(titleCues.programme)) out.push('noun:programme');
  if (cues.some((s) => inText.test(s.callNouns))) out.push('noun:call');
  if (inText.test(titleCues.event) || cues.some((s) => inText.test(s.eventNouns))) out.push('noun:event');
  if (/[„"“«»]/.test(text)) out.push('quoted');
  if (DATE_IN_TEXT.test(text)) out.push('has-date');
  if (YEAR.test(text)) out.push('has-year');
  if (inText.test(titleCues.news)) out.push('news:verb');
  if (/[!?]$/.test(text)) out.push('news:ends-mark');
  // a headline that is a sentence: a finite verb ("… gibt fünf Millionen Euro für …"), not an adjective ("kommunalen")
  if (n >= 6 && /\s\p{Ll}{2,}t(?:\s|$)/u.test(text) && !/[„"“»]/.test(text)) out.push('news:sentence');
  if (/:/.test(text)) out.push('colon');
  if (/^(?:\p{Lu}[\p{L}-]*\s?){1,2}$/u.test(text) && n <= 2) out.push('short-name');
  if (/(?:^|\s)(?:seite|page)\s+\d+(?!\S)/iu.test(text)) out.push('chrome:page-number');
  if (isPeriodical(text)) out.push('periodical');
  if (n >= 6 && /[.…]$/.test(text)) out.push('sentence');
  return out;
}

/**
 * Each text's features, made once per page (keyed by the page's cue list and site name): the <title>, the og:title
 * and the headings above a listing's entries are candidates of every entry.
 */
const textFeatureMemo = new WeakMap<CueSet[], { siteName: string | undefined; byText: Map<string, string[]> }>();
const MAX_MEMO = 10_000;
function textFeaturesOf(text: string, cues: CueSet[], siteName: string | undefined): string[] {
  let memo = textFeatureMemo.get(cues);
  if (!memo || memo.siteName !== siteName || memo.byText.size >= MAX_MEMO) textFeatureMemo.set(cues, (memo = { siteName, byText: new Map() }));
  let found = memo.byText.get(text);
  if (!found) memo.byText.set(text, (found = textFeatures(text, cues, siteName)));
  return found;
}

/** The names of the features present for one candidate (each at most once). */
export function titleFeatures(c: TitleCandidate, ctx: TitleFeatureContext): string[] {
  const out = new Set<string>(['bias']);
  const u = ctx.unit.source;
  const unit = colon('unit', u);
  out.add(unit);
  for (const s of c.sources) {
    const src = colon('src', s);
    out.add(src);
    out.add(bar(src, unit));
  }
  out.add(SOURCES[Math.min(c.sources.length, 3)] ?? `sources:${Math.min(c.sources.length, 3)}`);
  if (c.level !== undefined) out.add(LEVEL[Math.min(c.level, 4)] ?? `level:h${Math.min(c.level, 4)}`);
  if (c.headingIndex !== undefined) out.add(c.headingIndex < 0 ? 'heading-index:hero' : c.headingIndex <= 2 ? (HEADING_INDEX[c.headingIndex] ?? `heading-index:${c.headingIndex}`) : 'heading-index:3+');
  if (c.above) out.add(bar('above', unit));

  // distance to the item's dates, in blocks
  const dated = anchors(ctx.facts);
  if (!c.block) out.add('date-dist:no-block');
  else if (!dated.length) out.add('date-dist:no-dates');
  else {
    const d = minOf(dated.map((f) => Math.abs(f.block.id - c.block!.id)));
    out.add(d <= 1 ? 'date-dist:0-1' : d <= 4 ? 'date-dist:2-4' : d <= 10 ? 'date-dist:5-10' : 'date-dist:11+');
    if (dated.every((f) => f.block.id > c.block!.id)) out.add('before-dates');
  }

  // words
  const text = c.text;
  for (const f of textFeaturesOf(text, ctx.cues, ctx.siteName)) out.add(f);
  // the kind it names beside the roles of the item's dates
  for (const f of kindFeatures(out, datesOf(ctx.facts))) out.add(f);

  // how much of it the item's own text repeats (beside the candidate's own block), and the blocks of its dates
  // (a name read out of the item's text is in it by construction: it says nothing)
  const p = prepared(ctx);
  const mine = p.words(text);
  if (c.sources.some((x) => FROM_TEXT.has(x))) out.add('body:own');
  else if (mine.size) {
    out.add(colon('body', bucket(insideBody(mine, c, p))));
    const dated = insideDated(mine, c, p);
    if (dated !== undefined) out.add(colon('dated', bucket(dated)));
  }

  // agreement: other candidates that share its words (the <title>, the rule's answer, another heading)
  for (const other of ctx.candidates) {
    if (other === c) continue;
    const s = share(mine, p.words(other.text));
    if (s < 0.5) continue;
    for (const src of other.sources) out.add(colon('agrees', src));
  }
  if (!mine.size) out.add('no-words');
  return [...out];
}

/**
 * what makes the rule cascade's answer look wrong: a label word (or one opening it), a date, a news headline, no words of
 * its own, a single word, no kind noun for an item whose dates say what it is
 */
const RULE_DOUBTS = ['periodical', 'chrome:page-number', 'sentence', 'generic:all', 'generic:half', 'generic:template', 'has-date', 'news:verb', 'news:sentence', 'chrome:field', 'chrome:teaser', 'words:16+', 'no-words', 'lex:all', 'lex:half', 'generic:first', 'lex:first', 'words:1', 'kind:none|dates:event', 'kind:none|dates:deadline', 'kind:none|dates:both'];

/**
 * Every other candidate learns how the rule's answer looks (`rule-doubt:…`, `rule-sound`), alone and with its own
 * sources: a candidate should replace the rule's answer only when that answer looks wrong. Returns new lists.
 */
export function withRuleContext(features: readonly string[][], rule: number): string[][] {
  if (rule < 0) return features.map((f) => [...f]);
  const doubts = RULE_DOUBTS.filter((d) => features[rule].includes(d));
  const marks = doubts.length ? doubts.map((d) => colon('rule-doubt', d)) : ['rule-sound'];
  // the title is also evidence of the item's kind: a candidate without the noun the rule's answer names ("Wettbewerb"),
  // unless that answer is a label ("Antragstellung") or a text of 16 words or more (a field's value, "Träger: … Internet: …wettbewerb2020"): no name
  const label = ['generic:all', 'generic:half', 'words:16+'].some((x) => features[rule].includes(x));
  const nouns = label ? [] : NOUNS.filter((x) => features[rule].includes(x));
  return features.map((f, i) => {
    if (i === rule) return [...f];
    const sources = f.filter((x) => x.startsWith('src:') && !x.includes('|'));
    // a candidate that names a kind of its own ("Konferenz „…“" for a programme's newsletter headline) drops none
    const ownKind = NOUNS.some((x) => f.includes(x));
    const dropped = ownKind ? [] : nouns.filter((x) => !f.includes(x)).map((x) => colon('drops', x));
    return [...f, ...marks, ...dropped, ...sources.map((s) => bar(doubts.length ? 'rule-doubt' : 'rule-sound', s))];
  });
}

const NOUNS = ['noun:programme', 'noun:call', 'noun:event'];

/** words a name can lose: numbers, dates and times, month and weekday names */
const INCIDENTAL = /^(?:\d.*|januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february|march|may|june|july|october|december|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|uhr)$/;

/** A heading that is only a date, a month or a year ("März 2026", "Oktober", "2026"): a calendar's group, no item's name. */
export function isDateOnly(text: string): boolean {
  const words = titleWords(text);
  if (!words.size) return false;
  for (const w of words) if (!INCIDENTAL.test(w)) return false;
  return true;
}

/**
 * A candidate that is only a part of the rule's answer and leaves out words of its name ("Förderaufruf" of
 * "Förderaufruf Klimaschutz für Städte"); leaving out a date, a label or a headline's verb is fine ("… gestartet").
 */
export function dropsName(mine: Set<string>, rule: Set<string>): boolean {
  if (!mine.size || mine.size >= rule.size) return false;
  for (const w of mine) if (!rule.has(w)) return false;
  for (const w of rule) if (!mine.has(w) && !INCIDENTAL.test(w) && !titleCues.genericWord.test(w) && !titleCues.news.test(w)) return true;
  return false;
}
