/**
 * The organizer candidates of one unit, for the learned organizer choice (organizer-choice.ts): every body the sources
 * of the rule cascade (organizer.ts) can name — the cascade's own answer, structured data, an organizer field, a
 * phrase ("veranstaltet von …"), the subject of an issuing sentence, the bodies named in the unit's sentences and its
 * title, a listing's introduction, the page's text, the site's name, the <title>'s owner and tail, the listing's
 * publisher, the logo, the imprint's publisher, the copyright holder — and "none" (the page does not say). Candidates
 * naming the same words are one candidate with all their sources. Pure.
 */
import type { Block } from './blocks.ts';
import {
  bodiesIn,
  fieldOrganizer,
  fromPage,
  fuller,
  GENERIC_BODY,
  issuerIn,
  listingPublisher,
  namesTitle,
  sentencesOf,
  shortOrganizer,
  textOf,
  titleBody,
  titleOwner,
  titleTail,
  type OrganizerContext,
  type Seen,
} from './organizer.ts';
import { namedByPhrase } from './organizer-phrases.ts';

export interface OrganizerCandidate {
  /** null: the "none" candidate */
  value: string | null;
  sources: string[];
  /** the index of the first sentence of the unit that names it (bodies read from the unit's sentences) */
  sentence?: number;
}

/** how many sentences of a unit are read for bodies, and how many bodies they give at most */
const SENTENCES = 40;
const BODIES = 12;
const ACRONYMS = 8;
/** a short name in capitals, with at most a few small letters inside ("SKEW", "BZgA", "EACEA", "MnDOT") */
const ACRONYM = /(?<![\p{L}\d-])(\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,6}\p{Lu})(?![\p{L}\d])/gu;

const key = (value: string) =>
  value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9ß]+/g, ' ')
    .trim();

/** Every candidate of one unit; `rule` is the cascade's answer. */
export function organizerCandidates(blocks: Block[], ctx: OrganizerContext, seen: Seen, rule: string | null): OrganizerCandidate[] {
  const out: OrganizerCandidate[] = [{ value: null, sources: ['none'] }];
  const byKey = new Map<string, OrganizerCandidate>();
  const add = (value: string | null | undefined, source: string, sentence?: number) => {
    if (!value) return;
    // a copyright line's year and "Copyright" word are no part of the name ("Copyright 2001-2021 Newsquest …", "Difu 2016")
    const v = value
      .replace(/\s+/g, ' ')
      .replace(/^(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?\s+)?/iu, '')
      .replace(/\s+(?:19|20)\d\d$/u, '')
      .replace(/[.,;:\s]+$/u, '')
      .trim();
    if (!v || v.length > 160 || GENERIC_BODY.test(v)) return;
    const k = key(v);
    if (!k) return;
    let c = byKey.get(k);
    if (!c) {
      c = { value: v, sources: [], sentence };
      byKey.set(k, c);
      out.push(c);
    }
    if (!c.sources.includes(source)) c.sources.push(source);
    if (sentence !== undefined && (c.sentence === undefined || sentence < c.sentence)) c.sentence = sentence;
  };
  if (rule) add(rule, 'rule');
  else out[0].sources.push('rule');
  const { title, cues } = ctx;
  if (ctx.structured) add(shortOrganizer(ctx.structured, textOf(blocks)), 'structured');
  add(fieldOrganizer(blocks, cues)?.value, 'field');
  const sentences = sentencesOf(blocks);
  for (const s of sentences.slice(0, SENTENCES)) {
    const named = namedByPhrase(s);
    if (named) {
      add(named, 'phrase');
      break;
    }
  }
  add(issuerIn(blocks, title, 'all', seen)?.value, 'issuer');
  // the bodies a run of sentences names, the first few
  const bodiesOf = (list: string[], source: string) => {
    let bodies = 0;
    list.slice(0, SENTENCES).forEach((s, i) => {
      for (const c of bodiesIn(s, 'all', seen)) {
        if (bodies >= BODIES || (c.quoted && namesTitle(c.value, title))) continue;
        add(fuller(c.value, ctx), source, source === 'body' ? i : undefined);
        bodies++;
      }
    });
  };
  bodiesOf(sentences, 'body');
  for (const b of blocks) if (b.type === 'heading') for (const c of bodiesIn(b.text, 'all', seen)) add(fuller(c.value, ctx), 'heading-body');
  for (const c of bodiesIn(title, 'all', seen)) if (!(c.quoted && namesTitle(c.value, title))) add(fuller(c.value, ctx), 'title-body');
  add(titleBody(title, ctx.pageBlocks), 'title-genitive');
  // acronyms the unit's title and text use ("SKEW", "BZgA", "EACEA"): a body's short name
  let acronyms = 0;
  for (const m of `${title}\n${textOf(blocks)}`.matchAll(ACRONYM)) {
    if (acronyms >= ACRONYMS) break;
    add(m[1], 'acronym');
    acronyms++;
  }
  if (ctx.listed) {
    const mine = new Set(blocks);
    const intro = ctx.ownBlocks.filter((b) => !mine.has(b));
    add(fieldOrganizer(intro, cues)?.value, 'intro-field');
    add(issuerIn(intro, title, 'all', seen)?.value, 'intro-issuer');
    bodiesOf(sentencesOf(intro), 'intro-body');
  } else if (ctx.pageBlocks !== blocks) {
    add(fromPage(title, seen)?.value, 'page');
  }
  if (ctx.pageBlocks !== blocks) bodiesOf(sentencesOf(ctx.pageBlocks), 'page-body');
  const site = ctx.siteName?.split(/\s+[-–—|·:]\s+/)[0];
  add(site, 'site-name');
  const owner = titleOwner(ctx.pageTitle);
  if (owner) add(shortOrganizer(owner, textOf(ctx.pageBlocks)), 'title-owner');
  add(titleTail(ctx.pageTitle), 'title-tail');
  add(listingPublisher(ctx.pageTitle), 'listing-publisher');
  if (ctx.publisher) add(shortOrganizer(ctx.publisher, textOf(ctx.pageBlocks)), 'publisher');
  add(ctx.logo, 'logo');
  add(ctx.copyright, 'copyright');
  return out;
}
