/**
 * The organizer in short form ("SKEW / Engagement Global", "Difu", "URBACT"): from structured data, an organizer
 * field ("Veranstalter", "Ausrichter", "Donor"), the body named in the sentence that issues the call or runs the
 * event (never the call's own name), a body the item's title names ("Jahrestagung der Fairen Metropole Ruhr" when the
 * page calls it "Netzwerk Faire Metropole Ruhr"), a named body with its acronym, else the site's name. An entry of a
 * listing (calendar, newsletter) takes only what the entry or the listing's own introduction says: the site that lists
 * other bodies' events is not their organizer, and null means the page does not say.
 */
import type { Block } from './blocks.ts';
import type { CueSet } from './cues/types.ts';
import { namedByPhrase } from './organizer-phrases.ts';
import { monthFromName, weekdayFromName } from './dates/months.ts';
import { clean } from './page.ts';

const CONNECTOR = String.raw`(?:von|der|bei|gemeinsam mit|mit|und|of|with)`;
/** "Name Words (ACR)" optionally followed by "von/gemeinsam mit Other Body" */
const NAMED_BODY = new RegExp(
  String.raw`((?:\p{Lu}[\p{L}-]*\s)(?:(?:für|des|der|in|und|von|for|of|the)\s|\p{Ll}[\p{L}-]*(?:liche|lichen|ische|ischen)\s|\p{Lu}[\p{L}-]*\s){1,7}?)\(([\p{Lu}\d][\p{L}\d-]{1,10}(?:\s\p{Lu}[\p{L}]+)?)\)(?:\s+${CONNECTOR}\s+((?:\p{Lu}[\p{L}-]*)(?:\s\p{Lu}[\p{L}-]*)?))?`,
  'gu',
);
/** Every "Name Words (ACR)" of a text, read with the one compiled pattern (matchAll would copy it for every sentence). */
function namedBodies(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  // the pattern needs its bracket: a sentence without one is not searched from every capital letter
  if (!text.includes('(')) return found;
  NAMED_BODY.lastIndex = 0;
  for (let m = NAMED_BODY.exec(text); m; m = NAMED_BODY.exec(text)) found.push(m);
  return found;
}
/** Bodies by what they are: "Kulturstiftung des Freistaates Sachsen", "Engagement Global gGmbH", "Netzwerk „Eine-Welt Stadt Köln“". */
const BODY_WORDS = new RegExp(String.raw`(?<![\p{L}-])(?:\p{Lu}[\p{L}-]*(?:stiftung|ministerium|servicestelle|institut|agentur|kommission|verband|bank|staatskanzlei)|(?:Stiftung|Staatskanzlei|Landesstiftung|Universitätsstadt|Hansestadt|Landeshauptstadt|Stadt|Gemeinde|Landkreis|Kreis)\s\p{Lu}[\p{L}-]+|(?:City|Municipality|Region|Province) of\s\p{Lu}[\p{L}-]+)(?:\s(?:des|der|für)\s(?:\p{Lu}[\p{L}-]*\s?){1,3})?`, 'u');
const LEGAL_FORM = new RegExp(String.raw`((?:\p{Lu}[\p{L}-]*\s){1,4})(?:gGmbH|GmbH|e\.\s?V\.|AG|gAG)(?![\p{L}])`, 'u');
const QUOTED_BODY = new RegExp(String.raw`(Netzwerk|Bündnis|Verein|Initiative|Partnerschaft|Network|Alliance)(?:es|s)?\s[„"“]([^“"”]{3,60})[“"”]`, 'u');
/** What LEGAL_FORM and the quoted patterns cannot match without (their legal form, their opening quote): tested first. */
const LEGAL_WORD = /GmbH|e\.\s?V\.|AG/u;
const QUOTE = /[„"“]/;
/** a quoted body's name with its place: „Partnerschaft für Demokratie“ Bitterfeld-Wolfen */
const QUOTED_NAME = new RegExp(String.raw`[„"“]((?:Partnerschaft|Netzwerk|Bündnis|Initiative|Verein|Stiftung|Network|Alliance)\s[^“"”]{3,60})[“"”](?:\s(\p{Lu}[\p{L}-]+)(?![\p{L}]))?`, 'u');
/** the verbs of issuing, for the subject that stands before or after them */
const ISSUING_VERB = String.raw`(?:is pleased to|are pleased to|freut sich|(?:hat|haben)(?=\s.{0,160}?(?:veröffentlicht|aufgelegt|gestartet|ausgeschrieben))|ruft|(?<![\p{L}])legt|(?<![\p{L}])lobt|veranstaltet|organisiert|richtet(?! sich)|lädt|unterstützt|fördert|bietet|vergibt|verleiht|zeichnet|würdigt|prämiert|schreibt|invites|organi[sz]es|launches|offers|hosts)(?![\p{L}])`;
/**
 * "Engagement Global bietet …", "Die Staatskanzlei Rheinland-Pfalz fördert …": a name of capitalised words opening the
 * sentence; "The Covenant of Mayors – Europe office organises …": connectors inside the name, the body's office after it
 */
const SUBJECT_FIRST = new RegExp(String.raw`^(?:(?:Die|Der|Das|The)\s)?((?:\p{Lu}[\p{L}-]*)(?:\s(?:of|for|für|[–-])\s(?:\p{Ll}[\p{L}-]*\s)?\p{Lu}[\p{L}-]*|\s\p{Lu}[\p{L}-]*){0,4})(?:\s(?:office|secretariat|team|geschäftsstelle|büro))?\s${ISSUING_VERB}`, 'u');
/** "… unterstützt die Universitätsstadt Tübingen …": a body with its article right after the verb (head noun and one name) */
const SUBJECT_AFTER = new RegExp(String.raw`${ISSUING_VERB}\s(?:die|der|das|the)\s((?:\p{Lu}[\p{L}-]*)(?:\s(?:des|der|für|of)\s\p{Lu}[\p{L}-]*|\s\p{Lu}[\p{L}-]*)?)`, 'u');

/** A level of government or a bare noun, not a body one can name ("Fördergeber: Bund", "Das Land unterstützt …"). */
export const GENERIC_BODY = /^(?:das |der |die )?(?:land|bund|freistaat|staat|stadt|kreis|landkreis|landrat|landrätin|(?:ober)?bürgermeister(?:in)?|gemeinde|kommunen?|ministerium|minister(?:in)?|verwaltung|kreisverwaltung|eu)$/iu;


/** The body a page's <title> ends with ("… | Rhein-Sieg-Kreis", "… | Ministerium für …"): the site's owner. */
export function titleOwner(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const parts = title.split(/\s+[|–—-]\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  const last = parts[parts.length - 1];
  const owner = /(?:ministerium|stiftung|kreis|stadt|gemeinde|bezirksregierung|staatskanzlei|senat|verband|netzwerk|servicestelle|agentur|institut|ministry|foundation|council|municipality)/iu;
  return owner.test(last) && last.length <= 160 ? last : undefined;
}

/** A long name shortened: its acronym in brackets, "(SKEW) von Engagement Global" → "SKEW / Engagement Global". */
export function shortOrganizer(name: string, pageText = ''): string {
  const text = clean(name);
  // a field names one body: a short mixed-case name in brackets ("(Difu)") is its acronym too
  for (const m of namedBodies(text)) {
    if (acronymFits(m[1], m[2], true)) return m[3] ? `${m[2]} / ${m[3]}` : m[2];
  }
  const first = text.split(/\s*[,;]\s*|\s+(?:gefördert|funded|im Auftrag|in Kooperation mit|in Zusammenarbeit mit|gemeinsam mit|in cooperation with|together with)\s/)[0].replace(/\s(?:gGmbH|GmbH|e\.\s?V\.)$/u, '');
  // the page's own acronym for a long name ("Servicestelle Kommunen in der Einen Welt" → "SKEW")
  const initials = first.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  if (initials.length >= 3 && pageText.includes(initials) && new RegExp(`(?<![\\p{L}])${initials}(?![\\p{L}])`, 'u').test(pageText)) return initials;
  return first.length > 120 ? `${first.slice(0, 119)}…` : first;
}

/** An acronym names the words before it: same first letter, at least two words; a mixed-case one ("Difu") only when it spells their initials. */
function acronymFits(name: string, acronym: string, mixedCase = false): boolean {
  const words = name.trim().split(/\s+/);
  const from = words.findIndex((w) => w[0] === acronym[0]);
  if (!mixedCase && /^\p{Lu}\p{Ll}{1,5}$/u.test(acronym)) {
    const initials = words.slice(from).map((w) => w[0]).join('').toLowerCase();
    if (from >= 0 && initials === acronym.toLowerCase()) return true;
  }
  const shape = mixedCase ? /^\p{Lu}[\p{L}\d-]{1,5}(?:\s\p{Lu}[\p{L}]+)?$/u : /^[\p{Lu}\d][\p{Lu}\d-]+(?:\s\p{Lu}[\p{L}]+)?$/u;
  return from >= 0 && words.length - from >= 2 && shape.test(acronym) && /\p{Lu}.*\p{Lu}|^\p{Lu}\p{Ll}{1,5}$/u.test(acronym);
}

/** Which ways of naming a body a search accepts: all, or only the unambiguous ones (acronym, subject, legal form). */
export type Strictness = 'all' | 'strict';

export interface Candidate {
  value: string;
  /** a quoted name („Partnerschaft gestalten“): it may be the call's own name */
  quoted?: boolean;
}

/** The bodies named in a text, in short form, best first. */
export function bodiesIn(text: string, strictness: Strictness, seen: Seen): Candidate[] {
  const read = seen.bodies[strictness];
  let found = read.get(text);
  if (!found) read.set(text, (found = readBodies(text, strictness, seen)));
  return found;
}

/** A name whose last part makes a lone word a body: "Umweltministerium", "Ostseestiftung", "Rhein-Sieg-Kreis", "Landesregierung". */
export function endsAsBody(value: string, cues: CueSet[]): boolean {
  return cues.some((c) => c.organizerWords.bodyEnd.test(value));
}

/** Lone capitalised words that never name a body besides months and weekdays: pronouns, sentence adverbs. */
const NO_BODY_WORD = /^(?:es|er|sie|wir|ihr|man|dies|diese[rs]?|jede[rs]?|alle|viele|zeitgleich|gleichzeitig|zudem|außerdem|anschließend|danach|heute|jetzt|nun|hier|dort)$/iu;
/** A capitalised word right after an article or determiner is a common noun there ("das Podium", "die Dörfer", "im Oktober"). */
const ARTICLES = 'der die das den dem des ein eine einen einem einer eines im am vom zum zur beim ins unser unsere unseren unserem jede jeden alle viele the a an'.split(' ');
const AFTER_ARTICLE = new RegExp(String.raw`(?<![\p{L}])(?:${ARTICLES.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})\s+(\p{Lu}[\p{L}-]*)`, 'gu');
/**
 * "(Difu)", "Difu-Dialog", "Difu-Studie": a short name the page introduces in brackets or puts before its own series and
 * products is a body's, whatever article stands before it elsewhere ("lädt das Difu …")
 */
const NAME_USE = /\((\p{Lu}[\p{L}-]{1,12})\)|(?<![\p{L}-])(\p{Lu}[\p{L}]{1,12})-\p{Lu}/gu;

/** The page's capitalised words that stand after an article somewhere: common nouns, read once per page. */
function commonNouns(seen: Seen): Set<string> {
  if (!seen.common) {
    seen.common = new Set();
    for (const b of seen.page) for (const m of b.text.matchAll(AFTER_ARTICLE)) seen.common.add(m[1]);
    for (const b of seen.page) for (const m of b.text.matchAll(NAME_USE)) seen.common.delete(m[1] ?? m[2]);
  }
  return seen.common;
}

/**
 * A subject that is one capitalised common word ("Oktober", "Podium", "Vortrag", "Es"), not a body: a body named by one
 * word is an acronym or a mixed-case name ("DBU", "CityNet"), ends with a body's noun ("Umweltministerium"), or is a
 * name the page never puts an article before ("Eurodesk", "Saarland").
 */
function lonelyWord(value: string, seen: Seen): boolean {
  if (/\s/u.test(value) || /\p{Lu}.*\p{Lu}|\d/u.test(value) || endsAsBody(value, seen.cues)) return false;
  return NO_BODY_WORD.test(value) || monthFromName(value) !== null || weekdayFromName(value) !== null || commonNouns(seen).has(value);
}

function readBodies(text: string, strictness: Strictness, seen: Seen): Candidate[] {
  const out: Candidate[] = [];
  for (const m of namedBodies(text)) if (acronymFits(m[1], m[2])) out.push({ value: m[3] ? `${m[2]} / ${m[3]}` : m[2] });
  const legal = LEGAL_WORD.test(text) ? LEGAL_FORM.exec(text) : null;
  if (legal) out.push({ value: legal[1].trim() });
  const first = SUBJECT_FIRST.exec(text);
  // a level of government, a sentence's opening preposition, the item itself ("Das Webinar richtet …"): no body
  const cue = (key: 'itemSubject' | 'notAName', text: string) => seen.cues.some((c) => c.organizerWords[key].test(text));
  if (first && (GENERIC_BODY.test(first[1]) || cue('notAName', first[1]))) first[1] = '';
  if (first && first[1] && !cue('itemSubject', first[1]) && !lonelyWord(first[1], seen)) out.push({ value: first[1] });
  const after = SUBJECT_AFTER.exec(text);
  if (after && !cue('itemSubject', after[1]) && !GENERIC_BODY.test(after[1]) && !lonelyWord(after[1], seen)) out.push({ value: after[1] });
  if (strictness === 'strict') return out;
  const quotes = QUOTE.test(text);
  const quoted = quotes ? QUOTED_BODY.exec(text) : null;
  if (quoted) out.push({ value: `${quoted[1]} ${quoted[2]}`, quoted: true });
  const named = quotes ? QUOTED_NAME.exec(text) : null;
  if (named) out.push({ value: named[2] ? `${named[1]} ${named[2]}` : named[1], quoted: true });
  const body = BODY_WORDS.exec(text);
  if (body) out.push({ value: body[0].trim() });
  return out;
}

/** The first candidate that is not the call's own quoted name. */
function firstBody(text: string, title: string, strictness: Strictness, seen: Seen): string | undefined {
  return bodiesIn(text, strictness, seen).find((c) => !(c.quoted && namesTitle(c.value, title)))?.value;
}

/** Where a unit stands: its title, the page's blocks, and whether it is one entry of a listing. */
export interface OrganizerContext {
  title: string;
  /** the page's main content */
  pageBlocks: Block[];
  /** the page's own text: blocks that belong to no entry (a listing's introduction) */
  ownBlocks: Block[];
  /** the unit is one entry of a listing (list entry, table row, one of several sibling sections) */
  listed: boolean;
  structured?: string;
  siteName?: string;
  /** the page's <title> */
  pageTitle?: string;
  /** the site's name in its logo's alt text, and its imprint's publisher (site-owner.ts) */
  logo?: string;
  publisher?: string;
  /** the copyright holder of the footer's "© 2026 …" line */
  copyright?: string;
  cues: CueSet[];
}

/**
 * How a unit's organizer is chosen: the rule cascade (findOrganizer) or the learned choice (organizer-choice.ts
 * `learnedOrganizer`). A function, so an extractor that runs without the learned choice (the clip content script) does
 * not carry its code.
 */
export type OrganizerChooser = (blocks: Block[], ctx: OrganizerContext) => { value: string | null; confidence: number };

/** The organizer of a unit. */
export function findOrganizer(blocks: Block[], ctx: OrganizerContext): { value: string | null; confidence: number } {
  const found = organizerOf(blocks, ctx, seenOn(ctx.pageBlocks, ctx.cues));
  return found.value ? { ...found, value: fuller(found.value, ctx) } : found;
}

/** Capitalised words that start a sentence or a phrase, not a name's next word. */
const NOT_NAME_WORD = /^(?:Die|Der|Das|Den|Dem|Des|Ein|Eine|Einen|Im|Am|Zum|Zur|Mit|Für|Von|Bei|In|Auf|Aus|Als|Auch|Wir|Sie|Es|Er|Ihr|Ihre|The|And|We|You|It|This|Referat|Abteilung|Telefon|Tel|Kontakt)$/u;

/**
 * A bare head noun ("Staatsministerium", "die Stiftung") completed by the page's fuller name for it
 * ("Staatsministerium Baden-Württemberg", "Stiftung Jugendbegegnung Oberrhein"): the <title>'s parts first, then the text.
 */
export function fuller(value: string, ctx: OrganizerContext): string {
  if (!/^\p{Lu}\p{Ll}{4,}$/u.test(value)) return value;
  // asked again for every unit and candidate of a page with the same name: read once per page, <title> and name
  let known = fullerByPage.get(ctx.pageBlocks);
  if (!known) fullerByPage.set(ctx.pageBlocks, (known = new Map()));
  const key = `${ctx.pageTitle ?? ''}\u0000${value}`;
  let found = known.get(key);
  if (found === undefined) known.set(key, (found = fullerOnPage(value, ctx)));
  return found;
}
const fullerByPage = new WeakMap<Block[], Map<string, string>>();

function fullerOnPage(value: string, ctx: OrganizerContext): string {
  const name = new RegExp(String.raw`(?<![\p{L}-])${value}((?:\s\p{Lu}[\p{L}-]+){1,3})(?![\p{L}-])`, 'u');
  const completed = (text: string): string | undefined => {
    // the name's letters must stand in the text before the costly pattern runs
    if (!text.includes(value)) return undefined;
    const m = name.exec(text);
    if (!m) return undefined;
    const words = m[1].trim().split(/\s+/);
    const cut = words.findIndex((w) => NOT_NAME_WORD.test(w));
    const kept = cut < 0 ? words : words.slice(0, cut);
    return kept.length ? `${value} ${kept.join(' ')}` : undefined;
  };
  for (const part of (ctx.pageTitle ?? '').split(/\s+[|–—·:-]\s+/)) {
    const found = completed(part);
    if (found) return found;
  }
  for (const b of ctx.pageBlocks) {
    const found = completed(b.text);
    if (found) return found;
  }
  return value;
}

function organizerOf(blocks: Block[], ctx: OrganizerContext, seen: Seen): { value: string | null; confidence: number } {
  const { cues, title } = ctx;
  const owner = titleOwner(ctx.pageTitle) ?? ctx.publisher;
  const own = ofSite(fromBlocks(blocks, ctx.structured, title, cues, 'all', seen, owner), blocks, ctx);
  if (own?.confidence && own.confidence >= 0.6) return own;
  const named = titleBody(title, ctx.pageBlocks);
  if (named) return { value: named, confidence: 0.6 };
  if (own) return own;
  const site = ctx.siteName?.split(/\s+[-–—|·:]\s+/)[0];
  if (ctx.listed) {
    const intro = ctx.ownBlocks.filter((b) => !blocks.includes(b));
    // the listing's own "Veranstalter:" line runs every entry ("Veranstalter: Servicestelle … in Kooperation mit …")
    const introField = fieldOrganizer(intro, cues);
    if (introField) return introField;
    const introIssuer = issuerIn(intro, title, 'strict', seen);
    if (introIssuer) return introIssuer;
    // the listing speaks of its entries as its own ("Join one of our online info sessions", "unsere Webinare"): the site's series
    const siteOwn = site ?? titleTail(ctx.pageTitle);
    if (siteOwn && intro.some((b) => ownSeries(b.text, cues))) return { value: siteOwn, confidence: 0.4 };
    // a newsletter's entry that gives its date in the first person ("Darüber wollen wir am 19. März … sprechen"): the site hosts it
    if (siteOwn && sentencesOf(blocks).some(hostsInFirstPerson)) return { value: siteOwn, confidence: 0.4 };
    // the site's own series ("The C40 … Webinar Series" over C40's webinars): the entry or the listing names the site
    const siteWord = site?.split(/\s+/)[0];
    const entryText = `${title} ${blocks.map((b) => b.text).join(' ')} ${intro.map((b) => b.text).join(' ')}`;
    if (site && siteWord && siteWord.length >= 3 && entryText.includes(siteWord) && new RegExp(`(?<![\\p{L}\\d])${siteWord.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'u').test(entryText)) return { value: site, confidence: 0.4 };
    // the body's own periodical or events page ("Newsletter 09/2018 | EPN Hessen", "Termine – Servicestelle …"): an entry that names no other body is the publisher's
    const publisher = listingPublisher(ctx.pageTitle);
    if (publisher) return { value: publisher, confidence: 0.4 };
    // the page is the site's own event or speaks of its entries in the first person ("Webinar: … | UCLG", "Join us at … - Eurocities"): the site runs them
    const tail = titleTail(ctx.pageTitle, /\s+[|–—·-]\s+/u);
    if (tail && ownPage(ctx.pageTitle!, cues)) return { value: site ?? tail, confidence: 0.4 };
    return { value: null, confidence: 0.4 };
  }
  if (ctx.pageBlocks !== blocks) {
    const page = fromPage(title, seen, owner);
    if (page) return page;
  }
  if (site) return { value: site, confidence: 0.4 };
  if (owner) return { value: shortOrganizer(owner, ctx.pageBlocks.map((b) => b.text).join('\n')), confidence: 0.35 };
  // the site names itself only in its logo ("<img alt=\"Stiftung Kommunal Global – zur Startseite\">")
  if (ctx.logo) return { value: ctx.logo, confidence: 0.3 };
  // the page's own item on a site that names itself only in its <title> ("Kleinprojektefonds … | Interreg Bayern–Österreich")
  const tail = titleTail(ctx.pageTitle);
  if (tail) return { value: tail, confidence: 0.3 };
  // a small site that names itself only in its copyright line ("© 2026 Partnerschaftsverein … e. V.")
  return ctx.copyright ? { value: ctx.copyright, confidence: 0.25 } : { value: null, confidence: 0.3 };
}

/**
 * What the cascade reads to give a listing's entry to the site (above): the listing speaks of its entries as its own,
 * an entry hosts in the first person, the entry or listing names the site, the <title> names the body's own listing or
 * event page. Flags for the learned choice (features/organizer.ts), none of them names a body.
 */
export function listingCues(blocks: Block[], ctx: OrganizerContext): string[] {
  if (!ctx.listed) return [];
  const out: string[] = [];
  const mine = new Set(blocks);
  const intro = ctx.ownBlocks.filter((b) => !mine.has(b));
  if (intro.some((b) => ownSeries(b.text, ctx.cues))) out.push('own-series');
  if (sentencesOf(blocks).some(hostsInFirstPerson)) out.push('hosts-first-person');
  const site = ctx.siteName?.split(/\s+[-–—|·:]\s+/)[0];
  const siteWord = site?.split(/\s+/)[0];
  if (siteWord && siteWord.length >= 3 && `${ctx.title} ${textOf(blocks)} ${textOf(intro)}`.includes(siteWord)) out.push('names-site');
  if (listingPublisher(ctx.pageTitle)) out.push('own-listing');
  if (ctx.pageTitle && ownPage(ctx.pageTitle, ctx.cues)) out.push('own-page');
  return out;
}

/** A <title> part that names a body's own periodical or events page: "Newsletter 09/2018", "Mailing Mai 2013", "Termine", "Vorträge, Podiumsgespräche und mehr". */
const OWN_LISTING = /^(?:\p{Lu}\p{Ll}+(?:e|en)\s+)?(?:[\p{L}-]*newsletter|[\p{L}-]*rundbrief|mailing|infomail|infodienst|vorträge|seminare|webinare|workshops|fortbildungen|kurse|lectures|seminars|webinars|workshops)(?![\p{L}])/iu;
/** "Newsletter der Landeszentrale", "Newsletter 6/2016 der Kontaktstelle …": the body the listing's own part names */
const LISTING_OF = /\s(?:der|des|von|of the|of)\s(\p{Lu}[^|–—·:]{2,80})$/u;

/**
 * The body whose own periodical or events page a <title> names ("Newsletter 09/2018 | EPN Hessen", "Hessische
 * Landeszentrale für politische Bildung: Veranstaltungen"): the other part of the title, or the body the listing's part
 * names in the genitive. A calendar or tips page ("Veranstaltungskalender", "Veranstaltungstipps") lists other bodies' events and names none.
 */
export function listingPublisher(title: string | undefined): string | undefined {
  const parts = (title ?? '').split(/\s+[|–—·-]\s+/u).map((p) => p.trim()).filter(Boolean);
  const own = parts.findIndex((p) => OWN_LISTING.test(p));
  if (own < 0) return undefined;
  const of = LISTING_OF.exec(parts[own]);
  const body = parts.find((p, i) => i !== own && /^\p{Lu}/u.test(p) && !/\d{3,}|\.\p{L}{2,}$/u.test(p) && p.split(/\s+/).length <= 8 && !OWN_LISTING.test(p));
  const name = body ?? of?.[1];
  return name ? clean(name).replace(/[«»"„“”]/gu, '').trim() || undefined : undefined;
}


/** A <title> whose first part is one event ("Webinar: …", "Workshop …") or speaks in the first person: the site's own page. */
function ownPage(title: string, cues: CueSet[]): boolean {
  const head = title.split(/\s+[|–—·-]\s+/u)[0];
  const word = /^[\p{L}-]+/u.exec(head)?.[0] ?? '';
  // one event, not a listing's plural ("Veranstaltungen | …", "Workshops – …")
  return cues.some((c) => c.organizerWords.firstPerson.test(head)) || (word.length > 0 && !/(?:en|s)$/u.test(word) && cues.some((c) => c.eventNouns.test(word)));
}

/**
 * "Host: Claire Roumet, Energy Cities, Strategic Partnerships": a name the text follows with the site's own name is a
 * person or a unit of the site; the site is the body.
 */
function ofSite<T extends { value: string }>(found: T | undefined, blocks: Block[], ctx: OrganizerContext): T | undefined {
  if (!found) return found;
  const text = textOf(blocks);
  const at = text.indexOf(`${found.value}, `);
  if (at < 0) return found;
  const next = text.slice(at + found.value.length + 2);
  const site = [ctx.siteName, titleTail(ctx.pageTitle, /\s+[|–—·-]\s+/u), ctx.logo].find((n) => n && next.startsWith(n) && !/^[\p{L}\d]/u.test(next.slice(n.length)));
  return site ? { ...found, value: site } : found;
}

/** The name a page's <title> ends with, when it is a short name ("… | Interreg Bayern–Österreich"). */
export function titleTail(title: string | undefined, separator = /\s+[|–—·]\s+/u): string | undefined {
  const parts = (title ?? '').split(separator).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  const last = parts[parts.length - 1];
  return /^\p{Lu}/u.test(last) && !/\d{3,}/.test(last) && last.split(/\s+/).length <= 6 ? last : undefined;
}

/** A sentence with a date whose subject is "wir"/"we" hosting it, not pointing to someone else's ("wir weisen auf … hin"). */
function hostsInFirstPerson(sentence: string): boolean {
  return /(?<![\p{L}])(?:wir|we)(?![\p{L}])/iu.test(sentence) && /\d/.test(sentence) && !/hinweis|weisen|empfehl|aufmerksam|recommend|point|draw/iu.test(sentence);
}

/** A first-person possessive right before an event noun or a word for offerings: "our online info sessions", "unsere Webinare", "unsere nächsten Angebote". */
function ownSeries(text: string, cues: CueSet[]): boolean {
  const m = /(?<![\p{L}])(?:our|unsere[nmrs]?)\s+(?:\p{L}+\s+){0,2}\p{L}+/giu;
  for (const hit of text.matchAll(m)) if (cues.some((c) => c.eventNouns.test(hit[0])) || cues.some((c) => c.organizerWords.offerings.test(hit[0]))) return true;
  return false;
}


/** An organizer field ("Veranstalter: …", "Organiser: …") among the blocks. */
export function fieldOrganizer(blocks: Block[], cues: CueSet[]): { value: string; confidence: number } | undefined {
  const pageText = textOf(blocks);
  for (const b of blocks) {
    if (b.label && cues.some((c) => c.fields.organizer.test(b.label!))) {
      const value = b.text.startsWith(b.label) ? b.text.slice(b.label.length).replace(/^[:\s]+/, '') : b.text;
      if (value && !GENERIC_BODY.test(value.trim())) return { value: shortOrganizer(value, pageText).replace(/[.\s]+$/, ''), confidence: 0.8 };
    }
  }
  return undefined;
}

export function fromBlocks(blocks: Block[], structured: string | undefined, title: string, cues: CueSet[], strictness: Strictness, seen: Seen, owner?: string): { value: string; confidence: number } | undefined {
  // the blocks' text only for a name to shorten (joined on demand: most units name none)
  if (structured) return { value: shortOrganizer(structured, textOf(blocks)), confidence: 0.9 };
  for (const b of blocks) {
    if (b.label && cues.some((c) => c.fields.organizer.test(b.label!))) {
      const value = b.text.startsWith(b.label) ? b.text.slice(b.label.length).replace(/^[:\s]+/, '') : b.text;
      if (value && !GENERIC_BODY.test(value.trim())) return { value: shortOrganizer(value, textOf(blocks)), confidence: 0.8 };
    }
  }
  // "Hosted by …", "Ein Angebot der …": a phrase that names who runs it
  for (const sentence of sentencesOf(blocks)) {
    const named = namedByPhrase(sentence);
    if (named && !GENERIC_BODY.test(named)) return { value: named, confidence: 0.7 };
  }
  const issuer = issuerIn(blocks, title, strictness, seen, owner ? () => shortOrganizer(owner, textOf(blocks)) : undefined);
  if (issuer) return issuer;
  for (const s of sentencesOf(blocks)) {
    const body = firstBody(s, title, strictness, seen);
    if (body) return { value: body, confidence: 0.45 };
  }
  return undefined;
}

/**
 * `fromBlocks` over the page's main content, read once per title and owner: every unit of a page that is no listing's
 * entry asks it (the rule cascade and the learned choice's candidates), and only the title differs between them.
 */
export function fromPage(title: string, seen: Seen, owner?: string): { value: string; confidence: number } | undefined {
  const key = `${owner ?? ''}\u0000${title}`;
  let found = seen.fromPage.get(key);
  if (found === undefined) seen.fromPage.set(key, (found = fromBlocks(seen.page, undefined, title, seen.cues, 'all', seen, owner) ?? null));
  return found ? { ...found } : undefined;
}

/** The body named in a sentence that says who issues or runs something. */
export function issuerIn(blocks: Block[], title: string, strictness: Strictness, seen: Seen, ownerOf?: () => string): { value: string; confidence: number } | undefined {
  for (const s of sentencesOf(blocks)) {
    if (!issues(s, seen)) continue;
    // "Das Land unterstützt …" on the Land's own page: the generic subject is the site's owner (its short name, made when needed)
    const subject = SUBJECT_FIRST.exec(s);
    const owner = subject && GENERIC_BODY.test(subject[1]) ? ownerOf?.() : undefined;
    if (owner) return { value: owner, confidence: 0.6 };
    const body = firstBody(s, title, strictness, seen);
    if (body) return { value: body, confidence: 0.6 };
  }
  return undefined;
}

/**
 * What the organizer search reads again for every unit of a page (the page's blocks, their text and sentences, the
 * bodies and issuing verbs of each sentence), kept for that page only: keyed by its block arrays, which live as long
 * as one extraction.
 */
export interface Seen {
  bodies: Record<Strictness, Map<string, Candidate[]>>;
  issuing: Map<string, boolean>;
  /** the page's own reading per title and owner (fromPage; null: none) */
  fromPage: Map<string, { value: string; confidence: number } | null>;
  /** the page's blocks, and the capitalised words it puts an article before (commonNouns, read on demand) */
  page: Block[];
  common?: Set<string>;
  /** the page's cue sets (the words of issuing, of the item itself, of a sentence's opening) */
  cues: CueSet[];
}
const seenByPage = new WeakMap<Block[], Seen>();
const texts = new WeakMap<Block[], string>();
const sentences = new WeakMap<Block[], string[]>();

export function seenOn(pageBlocks: Block[], cues: CueSet[]): Seen {
  let seen = seenByPage.get(pageBlocks);
  if (!seen) seenByPage.set(pageBlocks, (seen = { bodies: { all: new Map(), strict: new Map() }, issuing: new Map(), fromPage: new Map(), page: pageBlocks, cues }));
  return seen;
}

export function textOf(blocks: Block[]): string {
  let text = texts.get(blocks);
  if (text === undefined) texts.set(blocks, (text = blocks.map((b) => b.text).join('\n')));
  return text;
}

function issues(sentence: string, seen: Seen): boolean {
  let found = seen.issuing.get(sentence);
  if (found === undefined) seen.issuing.set(sentence, (found = seen.cues.some((c) => c.organizerWords.issuing.test(sentence))));
  return found;
}

export function sentencesOf(blocks: Block[]): string[] {
  let found = sentences.get(blocks);
  if (!found) sentences.set(blocks, (found = splitSentences(blocks)));
  return found;
}

function splitSentences(blocks: Block[]): string[] {
  // "e. V.", "Dr. Kessler", "St. Pölten": an abbreviation's dot ends no sentence
  return blocks.filter((b) => b.type !== 'heading').flatMap((b) => b.text.split(/(?<=[.!?])(?<!(?:^|\s)(?:e|z|Dr|St|Nr|ca|bzw|Prof|gem)\.)\s+(?=\p{Lu})|\n/u)).map((s) => s.trim()).filter(Boolean);
}

const STOP = new Set('der die das und für zur zum von des den dem ein eine im in am an auf mit the and for of to a on at'.split(' '));
const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length >= 3 && !STOP.has(w));

/** A candidate whose every word stands in the item's title is the call's own name („Partnerschaft gestalten“), not its issuer. */
export function namesTitle(body: string, title: string): boolean {
  const words = wordsOf(body);
  const inTitle = new Set(wordsOf(title));
  return words.length > 0 && words.every((w) => inTitle.has(w));
}

/** Nouns that make a name a body ("Netzwerk Faire Metropole Ruhr"). */
const BODY_NOUN = String.raw`(?:Netzwerk|Landesnetzwerk|Verein|Bündnis|Initiative|Stiftung|Verband|Arbeitsgemeinschaft|Forum|Network|Alliance)(?:es|s)?`;
/** "Jahrestagung der Fairen Metropole Ruhr": the body whose meeting or call the title names */
const TITLE_GENITIVE = /(?:tagung|treffen|versammlung|konferenz|kongress|forum|preis|wettbewerb|aufruf|fonds)\p{L}*\s(?:der|des)\s((?:\p{Lu}[\p{L}-]*)(?:\s\p{Lu}[\p{L}-]*){1,3})/u;

/** The body a title names in the genitive, when the page names that body as a network, association, foundation …. */
export function titleBody(title: string, pageBlocks: Block[]): string | undefined {
  const m = TITLE_GENITIVE.exec(title);
  if (!m) return undefined;
  const words = m[1].split(/\s+/).filter((w) => !/^\d+$/.test(w));
  if (!words.length) return undefined;
  const stem = (w: string) => (w.length > 4 ? w.replace(/(?:en|er|es|e|n|s)$/u, '') : w);
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const phrase = new RegExp(String.raw`(?<![\p{L}])${BODY_NOUN}\s+${words.map((w) => `${escape(stem(w))}\\p{L}{0,3}`).join(String.raw`\s+`)}(?![\p{L}])`, 'u');
  for (const b of blocksNamingBodies(pageBlocks)) {
    const found = phrase.exec(b.text);
    if (found) return clean(found[0]).replace(/^(\p{L}+?)(?:es|s)(?=\s)/u, (all, noun: string) => (/^(?:Netzwerk|Verein|Bündnis|Verband|Forum)$/.test(noun) ? noun : all));
  }
  return undefined;
}

/** A body noun at a word's start ("Netzwerk Faire …"): what titleBody's phrase opens with, compiled once. */
const BODY_NOUN_START = new RegExp(String.raw`(?<![\p{L}])${BODY_NOUN}\s`, 'u');
const namingBodies = new WeakMap<Block[], Block[]>();

/** The page's blocks that name a body by its noun, found once per page (every entry's title asks). */
function blocksNamingBodies(pageBlocks: Block[]): Block[] {
  let found = namingBodies.get(pageBlocks);
  if (!found) namingBodies.set(pageBlocks, (found = pageBlocks.filter((b) => BODY_NOUN_START.test(b.text))));
  return found;
}
