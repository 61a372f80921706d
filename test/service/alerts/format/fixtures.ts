/** Messages for the formatter tests; the title is an XSS probe that must never reach markup unescaped. */
import type { AlertMessage, DeadlineChangedMessage, DeadlineDueMessage, DigestMessage, FormatContext } from '../../../../service/alerts/format/index.ts';

export const XSS = '<img src=x onerror=alert(1)>';

export const item = {
  id: '0190a7f0-0000-7000-8000-000000000001',
  title: `Nakopa 2023 ${XSS}`,
  url: 'https://www.bmwk.de/foerderung/nakopa?runde=2&x="y"',
  organizer: 'Bund & Länder <BMWK>',
};

/** Friday 2023-03-24, 08:00 Berlin (CET): seven days before the deadline */
export const context: FormatContext = { now: '2023-03-24T07:00:00.000Z', secret: 'team-secret-123', deliveryId: 'dlv-1' };

export const due: DeadlineDueMessage = {
  type: 'deadline.due',
  item,
  deadline: { date: '2023-03-31', time: '15:00', label: 'Antragsfrist', kind: 'application' },
  offset: 7,
  dueAt: '2023-03-24T07:00:00.000Z',
};

export const changed: DeadlineChangedMessage = {
  type: 'deadline.changed',
  item,
  from: { date: '2023-03-31', label: 'Projektskizze', kind: 'interest' },
  to: { date: '2023-04-14', label: 'Projektskizze', kind: 'interest' },
  changedAt: '2023-03-24T09:12:00.000Z',
};

export const digest: DigestMessage = {
  type: 'digest',
  weekOf: '2023-03-27',
  until: '2023-04-26',
  sendAt: '2023-03-27T06:00:00.000Z',
  entries: [
    {
      itemId: item.id,
      title: item.title,
      url: item.url,
      deadline: due.deadline,
      deadlineKey: '2023-03-31T15:00-application',
      deadlineAt: '2023-03-31T13:00:00.000Z',
      days: 4,
    },
    {
      itemId: '0190a7f0-0000-7000-8000-000000000002',
      title: 'Klimaschutz <script>x</script>',
      url: 'javascript:alert(1)',
      deadline: { date: '2023-04-20', label: 'Anmeldeschluss', kind: 'registration' },
      deadlineKey: '2023-04-20-registration',
      deadlineAt: '2023-04-20T22:00:00.000Z',
      days: 24,
    },
  ],
};

export const messages: AlertMessage[] = [due, changed, digest];
