/**
 * The calls and events of one newsletter: its body read by the scraper's extractor as a listing page (one item per
 * call or event), then each attached PDF as a page of its own. An item whose organizer the text does not name gets
 * the newsletter's sender (the original's, for a forward). Finds have no address of their own unless the text links
 * one, or the newsletter has a web version ("im Browser ansehen"), which stands for them.
 */
import { LIMITS } from '../../shared/schema.ts';
import { toFound } from '../scrape/found.ts';
import type { ExtractPage } from '../scrape/extractor.ts';
import type { SourceFind } from '../scrape/readers/types.ts';
import type { Sender } from './forward.ts';
import type { MailMessage } from './message.ts';

/** The page address the extractor sees for a newsletter without a web version (never stored on an item). */
export const MAIL_PAGE_URL = 'https://mail.invalid/';

const WEB_VERSION = /\b(?:im|in ihrem|in your|in the|in a)\s+browser\b|\bweb-?version\b|\bonline[- ]?version\b|\bonline (?:ansehen|lesen|anzeigen)\b|\bview (?:this |it |the )?(?:e-?mail |newsletter )?(?:online|in)\b/i;

/** The newsletter's web version, when it links one ("Falls dieser Rundbrief nicht richtig angezeigt wird, öffnen Sie ihn im Browser"). */
export function webVersionOf(html: string): string | null {
  // a plain scan of the anchors: the text right around the link says what it is
  const anchor = /<a\b[^>]*\bhref\s*=\s*["']?(https?:\/\/[^"'\s>]+)["']?[^>]*>([\s\S]{0,300}?)<\/a>/gi;
  for (let m = anchor.exec(html); m; m = anchor.exec(html)) {
    const before = html.slice(Math.max(0, m.index - 200), m.index).replace(/<[^>]*>/g, ' ');
    const text = m[2].replace(/<[^>]*>/g, ' ');
    if (WEB_VERSION.test(text) || (WEB_VERSION.test(`${before.split(/[.!?]\s/).pop() ?? ''} ${text}`) && text.trim().length < 40)) {
      const url = m[1].replace(/&amp;/g, '&');
      return url.length <= LIMITS.url ? url : null;
    }
  }
  return null;
}

/** The organizer hint a sender gives: the display name, else the address. */
export function organizerHint(sender: Sender | null): string | null {
  const hint = sender?.name ?? sender?.address ?? null;
  if (!hint) return null;
  const cleaned = hint.replace(/\s+/g, ' ').trim();
  return cleaned === '' ? null : cleaned.slice(0, LIMITS.shortText);
}

export interface MessageFinds {
  finds: SourceFind[];
  /** attachments and parts that could not be read, in plain words */
  notes: string[];
}

/** Reads a parsed message's calls and events. */
export async function readMessage(extract: ExtractPage, message: MailMessage, now: Date): Promise<MessageFinds> {
  const pageUrl = webVersionOf(message.html) ?? MAIL_PAGE_URL;
  const hint = organizerHint(message.sender);
  const notes = [...message.notes];
  const finds: SourceFind[] = [];
  const take = (items: readonly unknown[], url: string) => {
    for (const raw of items) {
      const found = toFound(raw, url);
      if (!found) continue;
      const ownUrl = found.url.startsWith(MAIL_PAGE_URL) ? '' : found.url;
      finds.push({ ...found, url: ownUrl, organizer: found.organizer ?? hint, pageUrl: url });
    }
  };
  // a garbled body or a mail loop has no content to read (message.ts)
  if (message.html.trim() !== '') take((await extract({ html: message.html, url: pageUrl, now })).items, pageUrl);
  for (const pdf of message.pdfs) {
    try {
      // the attachment has no address: its items keep the newsletter's
      take((await extract({ html: '', url: pageUrl, now, pdf: pdf.content })).items, pageUrl);
    } catch (error) {
      notes.push(`${pdf.filename}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { finds, notes };
}
