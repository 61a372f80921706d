/**
 * The organizer in short form ("SKEW / Engagement Global", "Difu", "URBACT"): from structured data, an organizer
 * field ("Veranstalter", "Ausrichter", "Donor"), the body named in the sentence that issues the call or runs the
 * event, a named body with its acronym, else the site's name (not for news sites: a newspaper organizes nothing).
 */
import type { Block } from './blocks.ts';
import type { CueSet } from './cues/types.ts';
import { clean } from './page.ts';

const CONNECTOR = String.raw`(?:von|der|bei|gemeinsam mit|mit|und|of|with)`;
/** "Name Words (ACR)" optionally followed by "von/gemeinsam mit Other Body" */
const NAMED_BODY = new RegExp(
  String.raw`((?:\p{Lu}[\p{L}-]*\s)(?:(?:für|des|der|in|und|von|for|of|the)\s|\p{Lu}[\p{L}-]*\s){1,7}?)\(([\p{Lu}\d][\p{L}\d-]{1,10}(?:\s\p{Lu}[\p{L}]+)?)\)(?:\s+${CONNECTOR}\s+((?:\p{Lu}[\p{L}-]*)(?:\s\p{Lu}[\p{L}-]*)?))?`,
  'gu',
);
/** Bodies by what they are: "Kulturstiftung des Freistaates Sachsen", "Engagement Global gGmbH", "Netzwerk „Eine-Welt Stadt Köln“". */
const BODY_WORDS = String.raw`(?:\p{Lu}[\p{L}-]*(?:stiftung|ministerium|servicestelle|institut|agentur|kommission|verband|bank))(?:\s(?:des|der|für)\s(?:\p{Lu}[\p{L}-]*\s?){1,3})?`;
const LEGAL_FORM = String.raw`((?:\p{Lu}[\p{L}-]*\s){1,4})(?:gGmbH|GmbH|e\.\s?V\.|AG|gAG)(?![\p{L}])`;
const QUOTED_BODY = String.raw`(Netzwerk|Bündnis|Verein|Initiative|Partnerschaft|Network|Alliance)(?:es|s)?\s[„"“]([^“"”]{3,60})[“"”]`;
/** a quoted body's name with its place: „Partnerschaft für Demokratie“ Bitterfeld-Wolfen */
const QUOTED_NAME = String.raw`[„"“]((?:Partnerschaft|Netzwerk|Bündnis|Initiative|Verein|Stiftung|Network|Alliance)\s[^“"”]{3,60})[“"”](?:\s(\p{Lu}[\p{L}-]+)(?![\p{L}]))?`;
/** sentences that say who issues or runs something */
const ISSUER = /ruft|aufgerufen|ausgerufen|veranstalte|organisier|durchgeführt|richtet|ausgerichtet|lädt|unterstützt|fördert|bietet|organi[sz]ed by|hosted by|launched by|issued by/iu;

/** A long name shortened: its acronym in brackets, "(SKEW) von Engagement Global" → "SKEW / Engagement Global". */
export function shortOrganizer(name: string, pageText = ''): string {
  const text = clean(name);
  // a field names one body: a short mixed-case name in brackets ("(Difu)") is its acronym too
  for (const m of text.matchAll(NAMED_BODY)) {
    if (acronymFits(m[1], m[2], true)) return m[3] ? `${m[2]} / ${m[3]}` : m[2];
  }
  const first = text.split(/\s*[,;]\s*|\s+(?:gefördert|funded|im Auftrag)\s/)[0].replace(new RegExp(String.raw`\s(?:gGmbH|GmbH|e\.\s?V\.)$`, 'u'), '');
  // the page's own acronym for a long name ("Servicestelle Kommunen in der Einen Welt" → "SKEW")
  const initials = first.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  if (initials.length >= 3 && new RegExp(`(?<![\\p{L}])${initials}(?![\\p{L}])`, 'u').test(pageText)) return initials;
  return first.length > 120 ? `${first.slice(0, 119)}…` : first;
}

/** An acronym names the words before it: same first letter, at least two words. */
function acronymFits(name: string, acronym: string, mixedCase = false): boolean {
  const words = name.trim().split(/\s+/);
  const from = words.findIndex((w) => w[0] === acronym[0]);
  const shape = mixedCase ? /^\p{Lu}[\p{L}\d-]{1,5}(?:\s\p{Lu}[\p{L}]+)?$/u : /^[\p{Lu}\d][\p{Lu}\d-]+(?:\s\p{Lu}[\p{L}]+)?$/u;
  return from >= 0 && words.length - from >= 2 && shape.test(acronym) && /\p{Lu}.*\p{Lu}|^\p{Lu}\p{Ll}{1,5}$/u.test(acronym);
}

/** The body named in a text, in short form, if any. */
function bodyIn(text: string): string | undefined {
  for (const m of text.matchAll(NAMED_BODY)) if (acronymFits(m[1], m[2])) return m[3] ? `${m[2]} / ${m[3]}` : m[2];
  const quoted = new RegExp(QUOTED_BODY, 'u').exec(text);
  if (quoted) return `${quoted[1]} ${quoted[2]}`;
  const named = new RegExp(QUOTED_NAME, 'u').exec(text);
  if (named) return named[2] ? `${named[1]} ${named[2]}` : named[1];
  const legal = new RegExp(LEGAL_FORM, 'u').exec(text);
  if (legal) return legal[1].trim();
  const body = new RegExp(BODY_WORDS, 'u').exec(text);
  return body?.[0].trim();
}

/** The organizer of a unit. */
export function findOrganizer(blocks: Block[], pageBlocks: Block[], structured: string | undefined, siteName: string | undefined, cues: CueSet[]): { value: string | null; confidence: number } {
  return fromBlocks(blocks, structured, cues) ?? (pageBlocks !== blocks ? fromBlocks(pageBlocks, undefined, cues) : undefined) ?? (siteName ? { value: siteName.split(/\s+[-–—|·:]\s+/)[0], confidence: 0.4 } : { value: null, confidence: 0.3 });
}

function fromBlocks(blocks: Block[], structured: string | undefined, cues: CueSet[]): { value: string; confidence: number } | undefined {
  const pageText = blocks.map((b) => b.text).join('\n');
  if (structured) return { value: shortOrganizer(structured, pageText), confidence: 0.9 };
  for (const b of blocks) {
    if (b.label && cues.some((c) => c.fields.organizer.test(b.label!))) {
      const value = b.text.startsWith(b.label) ? b.text.slice(b.label.length).replace(/^[:\s]+/, '') : b.text;
      if (value) return { value: shortOrganizer(value, pageText), confidence: 0.8 };
    }
  }
  const prose = blocks.filter((b) => b.type !== 'heading');
  const sentences = prose.flatMap((b) => b.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u));
  for (const s of sentences) {
    if (!ISSUER.test(s)) continue;
    const body = bodyIn(s);
    if (body) return { value: body, confidence: 0.6 };
  }
  for (const s of sentences) {
    const body = bodyIn(s);
    if (body) return { value: body, confidence: 0.45 };
  }
  return undefined;
}
