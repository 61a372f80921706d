/**
 * The German words of every alert, shared by all formats so Slack, Teams, Matrix and e-mail say the same thing.
 * Plain text only; each format escapes it for its own markup.
 */
import type { Deadline } from '../../../shared/schema.ts';
import { countdown, germanDate, germanDeadlineDate } from '../../../shared/alerts.ts';
import type { AlertMessage, FormatContext } from './message.ts';

const KIND_WORDS: Record<Deadline['kind'], string> = {
  application: 'Antragsfrist',
  interest: 'Interessenbekundung',
  registration: 'Anmeldeschluss',
  submission: 'Einreichungsfrist',
  other: 'Frist',
};

/** A deadline's label, or the word for its kind when it has none. */
export function deadlineLabel(deadline: Deadline): string {
  return deadline.label.trim() || KIND_WORDS[deadline.kind];
}

/** "heute", "morgen", "in 3 Tagen", "abgelaufen" at delivery time. */
export function countdownAt(deadline: Deadline, context: FormatContext): string {
  return countdown(deadline, Date.parse(context.now), 'de');
}

/** One line per deadline: "Antragsfrist: Freitag, 31. März 2023, 15:00 Uhr (in 7 Tagen)". */
export function deadlineLine(deadline: Deadline, context: FormatContext): string {
  return `${deadlineLabel(deadline)}: ${germanDeadlineDate(deadline)} (${countdownAt(deadline, context)})`;
}

/** The headline: e-mail subject, notification title, first line of a chat message. */
export function headline(message: AlertMessage, context: FormatContext): string {
  switch (message.type) {
    case 'deadline.due': {
      const when = countdownAt(message.deadline, context);
      return when === 'abgelaufen' ? `Frist abgelaufen: ${message.item.title}` : `Frist ${when}: ${message.item.title}`;
    }
    case 'deadline.changed':
      if (!message.to) return `Frist entfallen: ${message.item.title}`;
      if (!message.from) return `Neue Frist: ${message.item.title}`;
      return `Frist geändert: ${message.item.title}`;
    case 'digest': {
      const n = message.entries.length;
      return `Wochenübersicht: ${n === 1 ? '1 Frist' : `${n} Fristen`} bis ${germanDate(message.until)}`;
    }
  }
}

/** The lines under the headline, plain text. */
export function detailLines(message: AlertMessage, context: FormatContext): string[] {
  switch (message.type) {
    case 'deadline.due':
      return [deadlineLine(message.deadline, context), ...organizerLine(message.item.organizer)];
    case 'deadline.changed': {
      const lines: string[] = [];
      if (message.from && message.to) {
        lines.push(`${deadlineLabel(message.to)}: bisher ${germanDeadlineDate(message.from)}, jetzt ${germanDeadlineDate(message.to)} (${countdownAt(message.to, context)})`);
      } else if (message.to) {
        lines.push(deadlineLine(message.to, context));
      } else if (message.from) {
        lines.push(`${deadlineLabel(message.from)} (bisher ${germanDeadlineDate(message.from)}) steht nicht mehr auf der Seite.`);
      }
      return [...lines, ...organizerLine(message.item.organizer)];
    }
    case 'digest':
      return message.entries.length === 0
        ? ['Keine Fristen in den nächsten 30 Tagen.']
        : message.entries.map((e) => `${e.title} – ${deadlineLine(e.deadline, context)}`);
  }
}

function organizerLine(organizer: string | null | undefined): string[] {
  return organizer ? [`Von: ${organizer}`] : [];
}
