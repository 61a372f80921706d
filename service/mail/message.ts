/**
 * One e-mail as the extractor needs it (mailparser, loaded on first use): the HTML part (else the text part as HTML),
 * unwrapped to the original when it was forwarded — inline (forward.ts) or attached as message/rfc822 — the sender of
 * the original as the organizer hint, and the PDFs attached, within bounds. mailparser reads malformed MIME leniently
 * — a body in broken base64 comes out as garbage — so a body that decodes to garbage is no content, and said so
 * (`problem: 'malformed'`); a forward attached in a forward past MESSAGE_LIMITS.maxDepth, or a message attached in
 * itself (its Message-ID again), is a mail loop: no content either (`problem: 'loop'`), so its innermost "weiter" never
 * becomes an item.
 */
import type { Attachment, ParsedMail } from 'mailparser';
import { mailparser } from '../lazy.ts';
import { looksLikePdf } from '../pdf/detect.ts';
import { PDF_LIMITS } from '../pdf/limits.ts';
import { unwrapHtml, unwrapText, type Sender } from './forward.ts';

export const MESSAGE_LIMITS = {
  /** PDFs read per message */
  maxPdfs: 5,
  /** HTML handed to the extractor at most (a newsletter is far smaller) */
  maxHtmlChars: 2_000_000,
  /** forwards attached in forwards followed at most */
  maxDepth: 3,
} as const;

export interface MailMessage {
  /** the Message-ID (without <>), null when the message has none */
  messageId: string | null;
  subject: string;
  /** the original's body as an HTML document */
  html: string;
  /** the original's sender: the organizer hint */
  sender: Sender | null;
  forwarded: boolean;
  pdfs: Array<{ filename: string; content: Uint8Array }>;
  /** what was left unread, in plain words (a PDF over 20 MB, more PDFs than read) */
  notes: string[];
  /** why the message has no content: its body did not decode (malformed MIME), or it is a mail loop */
  problem?: 'malformed' | 'loop';
}

/** True when a Message-ID header comes twice in the raw message: a message embedded in itself. */
export function hasRepeatedMessageId(source: Buffer | Uint8Array): boolean {
  const ids = new Set<string>();
  for (const match of Buffer.from(source).toString('latin1').matchAll(/^message-id:[ \t]*(<[^>\r\n]{1,500}>)/gim)) {
    const id = match[1].toLowerCase();
    if (ids.has(id)) return true;
    ids.add(id);
  }
  return false;
}

/** Share of a body's visible characters that may be replacement or control characters before it counts as garbage. */
const MAX_GARBLED_SHARE = 0.1;

/** True when a decoded body is mostly replacement and control characters: its transfer encoding was broken. */
export function isGarbled(body: string): boolean {
  const visible = body.replace(/\s+/g, '');
  if (visible.length === 0) return false;
  const garbled = visible.match(/[\uFFFD\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  return garbled / visible.length > MAX_GARBLED_SHARE;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A plain-text body as HTML: a paragraph per blank-line-separated block, its lines kept; a block of one short line
 * without a sentence's end ("Förderaufruf Klimapartnerschaften 2027") is a heading, as plain-text newsletters mean it.
 */
export function textToHtml(text: string, title = ''): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) =>
      !block.includes('\n') && block.length <= 120 && !/[.:,;!?]$/.test(block)
        ? `<h2>${escapeHtml(block)}</h2>`
        : `<p>${block.split('\n').map(escapeHtml).join('<br>')}</p>`,
    );
  return `<!doctype html><html><head><title>${escapeHtml(title)}</title></head><body>${paragraphs.join('\n')}</body></html>`;
}

function senderOf(parsed: ParsedMail): Sender | null {
  const first = parsed.from?.value[0];
  if (!first) return null;
  return { name: first.name?.trim() || null, address: first.address?.trim() || null };
}

const isForwardAttachment = (a: Attachment) => a.contentType.toLowerCase() === 'message/rfc822';
const isPdf = (a: Attachment) =>
  a.contentType.toLowerCase() === 'application/pdf' || /\.pdf$/i.test(a.filename ?? '') || looksLikePdf(a.content);

/**
 * Parses a raw message (RFC 5322 bytes). Malformed MIME still parses as far as it goes (mailparser is lenient); a
 * garbled body or a mail loop gives a message without content and its `problem`.
 */
export async function parseMessage(source: Buffer | Uint8Array, depth = 0): Promise<MailMessage> {
  const { simpleParser } = await mailparser();
  const parsed = await simpleParser(Buffer.from(source), { skipImageLinks: true, skipTextLinks: true, maxHtmlLengthToParse: MESSAGE_LIMITS.maxHtmlChars });
  const messageId = parsed.messageId?.replace(/^<|>$/g, '').trim() || null;
  const subject = parsed.subject ?? '';
  const attachments = parsed.attachments ?? [];

  // forwarded as an attachment: the attached message is the original (its own forward unwrapped in turn)
  const attached = attachments.find(isForwardAttachment);
  const loop = (): MailMessage => ({ messageId, subject, html: '', sender: senderOf(parsed), forwarded: true, pdfs: [], notes: [], problem: 'loop' });
  // a message embedded in itself, or forwards deeper than a colleague forwards: nothing of it is the original
  if (hasRepeatedMessageId(source) || (attached && depth >= MESSAGE_LIMITS.maxDepth)) return loop();
  if (attached) {
    const original = await parseMessage(attached.content, depth + 1);
    return { ...original, messageId, subject, forwarded: true };
  }

  let html: string;
  let sender = senderOf(parsed);
  let forwarded = false;
  let looped = false;
  if (typeof parsed.html === 'string' && parsed.html.trim() !== '') {
    const unwrapped = unwrapHtml(parsed.html);
    html = unwrapped?.html ?? parsed.html;
    if (unwrapped) {
      forwarded = true;
      looped = unwrapped.loop === true;
      sender = unwrapped.sender ?? sender;
    }
  } else {
    const text = parsed.text ?? '';
    const unwrapped = unwrapText(text);
    html = textToHtml(unwrapped?.text ?? text, subject);
    if (unwrapped) {
      forwarded = true;
      looped = unwrapped.loop === true;
      sender = unwrapped.sender ?? sender;
    }
  }

  const notes: string[] = [];
  const pdfs: MailMessage['pdfs'] = [];
  for (const attachment of attachments.filter(isPdf)) {
    const filename = attachment.filename ?? 'Anhang.pdf';
    if (attachment.content.length > PDF_LIMITS.maxBytes) notes.push(`${filename}: larger than 20 MB, not read`);
    else if (pdfs.length >= MESSAGE_LIMITS.maxPdfs) notes.push(`${filename}: more than ${MESSAGE_LIMITS.maxPdfs} PDFs in one message, not read`);
    else pdfs.push({ filename, content: new Uint8Array(attachment.content) });
  }
  // the same for forwards mailparser rendered inline (forward.ts)
  if (looped) return { ...loop(), sender };
  // a body in broken base64 or quoted-printable decodes to garbage: no content, and said so
  const garbled = isGarbled(typeof parsed.html === 'string' && parsed.html.trim() !== '' ? parsed.html : (parsed.text ?? ''));
  return {
    messageId, subject, html: garbled ? '' : html.slice(0, MESSAGE_LIMITS.maxHtmlChars), sender, forwarded, pdfs, notes,
    ...(garbled ? { problem: 'malformed' as const } : {}),
  };
}
