/**
 * E-mail alerts: German subject, a plain-text part and an HTML part with the item's title, the deadline's label,
 * its date the German way ("Freitag, 31. März 2023, 15:00 Uhr"), the countdown and a link to the page. Every
 * piece of page text is HTML-escaped; link targets must be http(s). Inline styles only: mail clients drop <style>.
 */
import type { Deadline } from '../../../shared/schema.ts';
import { germanDeadlineDate } from '../../../shared/alerts.ts';
import { escapeHtml, safeUrl } from './escape.ts';
import type { AlertMessage, FormatContext } from './message.ts';
import { countdownAt, deadlineLabel, detailLines, headline } from './text.ts';

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

const FOOTER = 'Diese Erinnerung kommt von callwatch, der Fristenliste Ihres Teams.';
/** characters of a subject: what mail lists show in one line; the full title is in the body */
export const SUBJECT_MAX = 90;

/** `text` cut at a word boundary to at most `max` characters, with "…" when cut. */
function shorten(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > max * 0.6 ? head.slice(0, space) : head).replace(/[\s,;:–-]+$/u, '')}…`;
}

/** Subject, text and HTML of an alert e-mail. */
export function formatEmail(message: AlertMessage, context: FormatContext): EmailContent {
  // a subject is one header line (no line breaks from page text) that a mail list shows whole
  const full = headline(message, context).replace(/\s+/g, ' ').trim();
  return { subject: shorten(full, SUBJECT_MAX), text: textPart(message, context, full), html: htmlPart(message, context, full) };
}

function textPart(message: AlertMessage, context: FormatContext, subject: string): string {
  const lines = [subject, '', ...detailLines(message, context)];
  if (message.type === 'digest') {
    lines.push('', ...message.entries.filter((e) => safeUrl(e.url)).map((e) => `${e.title}: ${safeUrl(e.url)}`));
  } else {
    const url = safeUrl(message.item.url);
    if (url) lines.push('', `Zur Ausschreibung: ${url}`);
  }
  return [...lines, '', '-- ', FOOTER, ''].join('\n');
}

function htmlPart(message: AlertMessage, context: FormatContext, subject: string): string {
  return [
    '<!doctype html>',
    '<html lang="de"><head><meta charset="utf-8"><title>' + escapeHtml(subject) + '</title></head>',
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">',
    htmlContent(message, context),
    `<p style="color:#666;font-size:12px;margin-top:32px">${escapeHtml(FOOTER)}</p>`,
    '</body></html>',
  ].join('\n');
}

function link(url: string | null, label: string): string {
  const target = safeUrl(url);
  return target ? `<a href="${escapeHtml(target)}" style="color:#0b57d0">${escapeHtml(label)}</a>` : escapeHtml(label);
}

function deadlineHtml(deadline: Deadline, context: FormatContext): string {
  return `${escapeHtml(deadlineLabel(deadline))}: <strong>${escapeHtml(germanDeadlineDate(deadline))}</strong> (${escapeHtml(countdownAt(deadline, context))})`;
}

function htmlContent(message: AlertMessage, context: FormatContext): string {
  switch (message.type) {
    case 'deadline.due':
    case 'deadline.changed': {
      const title = `<h1 style="font-size:20px;margin:0 0 12px">${link(message.item.url, message.item.title)}</h1>`;
      const lines =
        message.type === 'deadline.due'
          ? [deadlineHtml(message.deadline, context)]
          : detailLines({ ...message, item: { ...message.item, organizer: null } }, context).map(escapeHtml);
      const organizer = message.item.organizer ? [`Von: ${escapeHtml(message.item.organizer)}`] : [];
      const button = safeUrl(message.item.url)
        ? `<p><a href="${escapeHtml(safeUrl(message.item.url)!)}" style="display:inline-block;padding:8px 16px;background:#0b57d0;color:#fff;text-decoration:none;border-radius:4px">Zur Ausschreibung</a></p>`
        : '';
      return [
        `<p style="color:#b3261e;font-weight:bold;margin:0 0 4px">${escapeHtml(headline(message, context).split(':')[0])}</p>`,
        title,
        ...[...lines, ...organizer].map((l) => `<p style="margin:4px 0">${l}</p>`),
        button,
      ].join('\n');
    }
    case 'digest': {
      if (message.entries.length === 0) return `<h1 style="font-size:20px">${escapeHtml(headline(message, context))}</h1>\n<p>Keine Fristen in den nächsten 30 Tagen.</p>`;
      const rows = message.entries.map(
        (e) =>
          `<tr><td style="padding:6px 12px 6px 0;vertical-align:top;white-space:nowrap">${escapeHtml(germanDeadlineDate(e.deadline))}</td>` +
          `<td style="padding:6px 12px 6px 0;vertical-align:top">${escapeHtml(countdownAt(e.deadline, context))}</td>` +
          `<td style="padding:6px 0;vertical-align:top">${link(e.url, e.title)}<br><span style="color:#666">${escapeHtml(deadlineLabel(e.deadline))}</span></td></tr>`,
      );
      return [`<h1 style="font-size:20px">${escapeHtml(headline(message, context))}</h1>`, '<table style="border-collapse:collapse">', ...rows, '</table>'].join('\n');
    }
  }
}
