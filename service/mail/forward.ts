/**
 * Forwarded newsletters unwrapped to the original: a colleague forwards the SKEW newsletter to the team's mailbox, and
 * what counts is the newsletter and its sender, not the colleague's note or the forward's header lines. Outlook
 * ("Von: … Gesendet: … An: … Betreff: …"), Thunderbird ("-------- Weitergeleitete Nachricht --------" and its header
 * table) and Gmail ("---------- Forwarded message ---------", `gmail_attr`) all put a block of header lines before the
 * original: that block is found by its lines, not by a client's markup, and it and everything before it are cut.
 * Messages attached as message/rfc822 come here inline too (mailparser renders them into the body with their header
 * lines). Forwards of forwards are followed MAX_DEPTH deep; a header block past that is a mail loop (`loop: true`,
 * nothing of it is the original).
 */
import type { AnyNode, Element } from 'domhandler';
import * as cheerio from '../extract/lazy-cheerio.ts';
import type { CheerioAPI } from '../extract/lazy-cheerio.ts';

/** Who a header line names: "Name <addr>", "Name [mailto:addr]", "\"Name\" <addr>" or a bare address. */
export interface Sender {
  name: string | null;
  address: string | null;
}

const FROM_LINE = /(?:^|\n)[ \t>*]*(?:Von|From|De|Da)[ \t]*:[ \t]*([^\n]+)/i;
const SUBJECT_LINE = /(?:^|\n)[ \t>*]*(?:Betreff|Subject|Objet|Oggetto)[ \t]*:/i;
/** the other lines of a header block (a From line with one of these and a Subject line is a forward's header) */
const OTHER_LINE = /(?:^|\n)[ \t>*]*(?:Gesendet|Sent|Datum|Date|An|To|Cc|Envoyé|Inviato)[ \t]*:/i;
/** a header block is a few lines; a longer text naming "From:" and "Subject:" is the message itself */
const MAX_HEADER_CHARS = 1500;
const HEADER_KEYS = /^(?:Von|From|De|Da|Betreff|Subject|Objet|Oggetto|Gesendet|Sent|Datum|Date|An|To|Cc|Envoyé|Inviato)[ \t]*:/i;
/** how deep forwards of forwards are followed (deeper is a mail loop) */
export const MAX_DEPTH = 3;

/** True when the text is (or holds) a forward's header block. */
function isHeaderBlock(text: string): boolean {
  return text.length <= MAX_HEADER_CHARS && FROM_LINE.test(text) && SUBJECT_LINE.test(text) && OTHER_LINE.test(text);
}

/** The sender a header line's value names. */
export function parseSender(value: string): Sender | null {
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const bracketed = /^(.*?)\s*(?:<([^<>\s]+@[^<>\s]+)>|\[mailto:([^\]\s]+)\])\s*$/i.exec(text);
  if (bracketed) {
    const name = bracketed[1].replace(/^["'„“]+|["'“”]+$/g, '').trim();
    return { name: name === '' || name.includes('@') ? null : name, address: bracketed[2] ?? bracketed[3] };
  }
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return { name: null, address: text };
  return { name: text.replace(/^["'„“]+|["'“”]+$/g, '').trim() || null, address: null };
}

/** The original of a forwarded HTML message and its sender (`loop` when the forwards go deeper than MAX_DEPTH); null when the message is no forward. */
export function unwrapHtml(html: string): { html: string; sender: Sender | null; loop?: true } | null {
  const $ = cheerio.load(html);
  // header lines are separated by <br> in most clients: keep them apart in the text read below
  $('br').replaceWith('\n');
  if (!isHeaderish($('body').text())) return null;
  let found: { html: string; sender: Sender | null; loop?: true } | null = null;
  let original: Sender | null = null;
  for (let depth = 0; ; depth++) {
    const isBlock = (el: Element) => isHeaderBlock(linesOf($, el));
    let block = $('body *').toArray().find(isBlock);
    if (!block) break;
    if (depth === MAX_DEPTH) return { html: '', sender: original, loop: true };
    // the smallest element holding the header lines
    for (let inner: Element | undefined = block; inner; inner = $(inner).children().toArray().find(isBlock)) block = inner;
    const sender = parseSender(FROM_LINE.exec(linesOf($, block))?.[1] ?? '');
    // the block and everything before it, at every level up to <body>, is the forward's wrapping
    for (let node: AnyNode | null = block; node && !(node.type === 'tag' && node.name === 'body'); node = node.parent) {
      // text too: Thunderbird's "-------- Weitergeleitete Nachricht --------" is a bare text node
      for (let prev = node.prev; prev; ) {
        const before: AnyNode | null = prev.prev;
        $(prev).remove();
        prev = before;
      }
    }
    $(block).remove();
    // a forward of a forward: the innermost sender is the original's
    original = sender ?? original;
    found = { html: $.html(), sender: original };
  }
  return found;
}

/** a header key anywhere in the text: the body's text has no line breaks between paragraphs ("…Gruß, JanaVon: …") */
const FROM_KEY = /(?:Von|From|De|Da)[ \t]*:/i;
const SUBJECT_KEY = /(?:Betreff|Subject|Objet|Oggetto)[ \t]*:/i;

/** A cheap first look: the text names a From and a Subject key at all (the header block itself is checked per element). */
function isHeaderish(text: string): boolean {
  return FROM_KEY.test(text) && SUBJECT_KEY.test(text);
}

/** The element's text with a line break at each block (Thunderbird's header rows, Outlook's paragraphs). */
function linesOf($: CheerioAPI, el: Element): string {
  if ($(el).text().length > MAX_HEADER_CHARS) return '';
  const parts: string[] = [];
  const walk = (node: AnyNode) => {
    if (node.type === 'text') parts.push(node.data);
    else if (node.type === 'tag') {
      const block = /^(?:tr|p|div|li|h\d|table)$/.test(node.name);
      if (block) parts.push('\n');
      else if (node.name === 'td' || node.name === 'th') parts.push(' ');
      for (const child of node.children) walk(child);
      if (block) parts.push('\n');
    }
  };
  walk(el);
  return parts.join('').replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

/** The original of a forwarded plain-text message and its sender (`loop` when the forwards go deeper than MAX_DEPTH); null when the message is no forward. */
export function unwrapText(text: string): { text: string; sender: Sender | null; loop?: true } | null {
  let lines = text.replace(/\r\n?/g, '\n').split('\n');
  let found: { text: string; sender: Sender | null; loop?: true } | null = null;
  let original: Sender | null = null;
  for (let depth = 0; ; depth++) {
    const at = headerAt(lines);
    if (!at) break;
    if (depth === MAX_DEPTH) return { text: '', sender: original, loop: true };
    lines = lines.slice(at.end);
    original = at.sender ?? original;
    found = { text: lines.join('\n').trim(), sender: original };
  }
  return found;
}

/** The first header block of the lines: where it ends and whom its From line names. */
function headerAt(lines: string[]): { end: number; sender: Sender | null } | null {
  const strip = (line: string) => line.replace(/^[ \t>*]+/, '').replace(/\*+/g, '').trim();
  for (let i = 0; i < lines.length; i++) {
    const from = /^(?:Von|From|De|Da)[ \t]*:[ \t]*(.+)$/i.exec(strip(lines[i]));
    if (!from) continue;
    // the header lines around it: contiguous lines with a header key (Thunderbird puts Betreff and Datum first)
    let start = i;
    while (start > 0 && HEADER_KEYS.test(strip(lines[start - 1]))) start--;
    let end = i + 1;
    while (end < lines.length && HEADER_KEYS.test(strip(lines[end]))) end++;
    const block = lines.slice(start, end).map(strip).join('\n');
    if (!isHeaderBlock(block)) continue;
    return { end, sender: parseSender(from[1]) };
  }
  return null;
}
