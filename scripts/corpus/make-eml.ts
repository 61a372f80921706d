/**
 * Writes the newsletters of a corpus batch as real e-mails (RFC 5322, nodemailer's MIME composer: an HTML part with a
 * plain-text alternative), reproducibly:
 *
 *   node bin/run-ts.mjs scripts/corpus/make-eml.ts test/fixtures/corpus/mail-2026-12
 *
 * reads every DIR/mail/NAME.json and writes DIR/NAME.eml. A description (validated here) names the sender, subject,
 * date and Message-ID, the look of the HTML (CleverReach, Mailchimp or Rapidmail-style table layouts, with the
 * "im Browser ansehen" line when `webVersion` is given) and the newsletter's blocks: { "h1" | "h2" | "h3": text },
 * { "p": text } (text with **bold** runs), { "list": [text, …] }, { "button": [label, address] }. With `forward`, the
 * newsletter arrives forwarded by a colleague from Outlook, Thunderbird or Gmail (the client's own header block and
 * note above the original), as the mail poll meets it (service/mail/forward.ts).
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import * as v from 'valibot';
import { readDescription, runAsScript, writeBatch } from './batch.ts';

const Text = v.pipe(v.string(), v.nonEmpty(), v.maxLength(20_000));
const Block = v.union([
  v.strictObject({ h1: Text }),
  v.strictObject({ h2: Text }),
  v.strictObject({ h3: Text }),
  v.strictObject({ p: Text }),
  v.strictObject({ list: v.pipe(v.array(Text), v.nonEmpty(), v.maxLength(100)) }),
  v.strictObject({ button: v.tuple([Text, v.pipe(v.string(), v.url())]) }),
]);

export const MailSchema = v.strictObject({
  from: Text,
  to: v.optional(Text, 'team@stadt.example'),
  subject: Text,
  /** ISO time the newsletter was sent */
  date: v.pipe(v.string(), v.isoTimestamp()),
  messageId: Text,
  style: v.picklist(['cleverreach', 'mailchimp', 'rapidmail']),
  webVersion: v.optional(v.pipe(v.string(), v.url())),
  blocks: v.pipe(v.array(Block), v.nonEmpty(), v.maxLength(200)),
  footer: v.optional(Text),
  forward: v.optional(v.strictObject({ client: v.picklist(['outlook', 'thunderbird', 'gmail']), by: Text, note: Text, date: v.pipe(v.string(), v.isoTimestamp()) })),
});

export type MailLayout = v.InferOutput<typeof MailSchema>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]);
/** escaped text with **bold** runs */
const inline = (text: string) => escape(text).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');

const LOOK = {
  cleverreach: { font: 'Arial,Helvetica,sans-serif', accent: '#2b6a8f', web: 'Wird diese Nachricht nicht richtig dargestellt, klicken Sie bitte <a href="{url}">hier</a>.' },
  mailchimp: { font: 'Helvetica,Arial,sans-serif', accent: '#3a7d44', web: '<a href="{url}">View this email in your browser</a>' },
  rapidmail: { font: 'Verdana,Geneva,sans-serif', accent: '#8a3b12', web: 'Probleme bei der Darstellung? <a href="{url}">Newsletter im Browser ansehen</a>' },
} as const;

function blockHtml(block: MailLayout['blocks'][number], accent: string): string {
  if ('h1' in block) return `<h1 style="font-size:24px;color:${accent};margin:0 0 12px">${inline(block.h1)}</h1>`;
  if ('h2' in block) return `<h2 style="font-size:19px;color:${accent};margin:18px 0 8px">${inline(block.h2)}</h2>`;
  if ('h3' in block) return `<h3 style="font-size:16px;margin:14px 0 6px">${inline(block.h3)}</h3>`;
  if ('p' in block) return `<p style="margin:0 0 10px;line-height:1.5">${inline(block.p)}</p>`;
  if ('list' in block) return `<ul style="margin:0 0 10px">${block.list.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`;
  return `<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:${accent};border-radius:4px;padding:8px 16px"><a href="${escape(block.button[1])}" style="color:#fff;text-decoration:none">${inline(block.button[0])}</a></td></tr></table>`;
}

/** The newsletter's own HTML: a centred 600-pixel table, each block in a row, as the sending services lay it out. */
export function newsletterHtml(mail: MailLayout): string {
  const look = LOOK[mail.style];
  const rows = mail.blocks.map((b) => `<tr><td style="padding:0 24px">${blockHtml(b, look.accent)}</td></tr>`).join('\n');
  const web = mail.webVersion ? `<tr><td style="font-size:11px;color:#777;padding:8px 24px;text-align:center">${look.web.replace('{url}', escape(mail.webVersion))}</td></tr>\n` : '';
  const footer = mail.footer ? `<tr><td style="font-size:11px;color:#777;padding:16px 24px;border-top:1px solid #ddd">${inline(mail.footer)}<br>Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben. <a href="https://unsubscribe.example/">Abmelden</a></td></tr>` : '';
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:${look.font};font-size:14px;color:#222">
${web}${rows}
${footer}
</table></td></tr></table>`;
}

const date = (iso: string) => new Date(iso).toUTCString();

/** The newsletter inside a colleague's forward, with the header block the client writes. */
function forwarded(mail: MailLayout, inner: string): string {
  const fw = mail.forward!;
  const from = escape(mail.from);
  if (fw.client === 'outlook') {
    return `<div class="WordSection1"><p class="MsoNormal">${escape(fw.note)}<o:p></o:p></p><div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>Von:</b> ${from}<br><b>Gesendet:</b> ${escape(date(mail.date))}<br><b>An:</b> ${escape(fw.by)}<br><b>Betreff:</b> ${escape(mail.subject)}<o:p></o:p></p></div></div>${inner}</div>`;
  }
  if (fw.client === 'thunderbird') {
    return `<p>${escape(fw.note)}</p><div class="moz-forward-container"><br><br>-------- Weitergeleitete Nachricht --------<table class="moz-email-headers-table"><tbody><tr><th align="RIGHT">Betreff: </th><td>${escape(mail.subject)}</td></tr><tr><th align="RIGHT">Datum: </th><td>${escape(date(mail.date))}</td></tr><tr><th align="RIGHT">Von: </th><td>${from}</td></tr><tr><th align="RIGHT">An: </th><td>${escape(fw.by)}</td></tr></tbody></table><br>${inner}</div>`;
  }
  return `<div dir="ltr">${escape(fw.note)}<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: ${from}<br>Date: ${escape(date(mail.date))}<br>Subject: ${escape(mail.subject)}<br>To: ${escape(fw.by)}<br></div><br><br>${inner}</div></div>`;
}

/** The text alternative: the blocks as lines. */
function plainText(mail: MailLayout): string {
  return mail.blocks
    .map((b) => ('h1' in b ? b.h1 : 'h2' in b ? b.h2 : 'h3' in b ? b.h3 : 'p' in b ? b.p.replace(/\*\*/g, '') : 'list' in b ? b.list.map((i) => `- ${i.replace(/\*\*/g, '')}`).join('\n') : `${b.button[0]}: ${b.button[1]}`))
    .join('\n\n');
}

/** The e-mail's bytes. */
export async function composeNewsletter(mail: MailLayout): Promise<Buffer> {
  const inner = newsletterHtml(mail);
  const body = mail.forward ? forwarded(mail, inner) : inner;
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escape(mail.subject)}</title></head><body>${body}</body></html>`;
  const fw = mail.forward;
  const message = new MailComposer({
    from: fw ? fw.by : mail.from,
    to: mail.to,
    subject: fw ? `${fw.client === 'gmail' ? 'Fwd' : 'WG'}: ${mail.subject}` : mail.subject,
    date: new Date(fw ? fw.date : mail.date),
    messageId: mail.messageId,
    html,
    text: plainText(mail),
  });
  // nodemailer adds a random boundary; a fixed one keeps the file the same on every run
  (message as unknown as { mail: { baseBoundary?: string } }).mail.baseBoundary = 'callwatch-corpus';
  return message.compile().build();
}

/** Reads and validates one description. */
export function readMail(file: string): MailLayout {
  return readDescription(MailSchema, file, 'mail');
}

/** Writes DIR/NAME.eml for every DIR/mail/NAME.json; returns the names written. */
export function makeMailBatch(dir: string): Promise<string[]> {
  return writeBatch(dir, 'mail', 'eml', async (file) => composeNewsletter(readMail(file)));
}

await runAsScript(import.meta.filename, 'mail', 'e-mails', makeMailBatch);
