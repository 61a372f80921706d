/**
 * What the mailbox form holds and how it becomes a request (issue 11, item 4): checks before the round trip, the body
 * of a new mailbox, the PATCH of an edited one (an empty password keeps the stored one), the service's refusal at the
 * form's fields, and a poll told in plain words — the service's error codes as German sentences.
 */
import { ServiceError, type LastPoll, type Mailbox, type MailboxBody } from '../../lib/api.ts';
import { currentLanguage, t, tn } from '../../lib/i18n.ts';
import { describeFailure } from './sources.ts';
import { failureSentence, type FailureSentences } from '../../lib/failure-sentence.ts';

export interface MailboxDraft {
  name: string;
  host: string;
  port: string;
  user: string;
  password: string;
  folder: string;
  after: 'read' | 'move';
  moveTo: string;
}

export const MAILBOX_FIELDS = ['name', 'host', 'port', 'user', 'password', 'folder', 'after', 'moveTo'] as const satisfies readonly (keyof MailboxDraft)[];

export const EMPTY_MAILBOX: MailboxDraft = { name: '', host: '', port: '993', user: '', password: '', folder: 'INBOX', after: 'read', moveTo: '' };

export type MailboxProblems = Partial<Record<keyof MailboxDraft, string>>;

export interface MailboxRefusal {
  message: string;
  fields: MailboxProblems;
}

/** The form's problems, by field, as UI text; `editing`: an empty password keeps the stored one. */
export function checkMailbox(draft: MailboxDraft, editing: boolean): MailboxProblems {
  const problems: MailboxProblems = {};
  if (!draft.name.trim()) problems.name = t('mailboxNameMissing');
  // a host name as a mail client takes it: no scheme, no path, no port, no spaces
  if (!/^[^\s/:@]+$/.test(draft.host.trim()) && !/^\[?[0-9a-f:.]+\]?$/i.test(draft.host.trim())) problems.host = t('mailboxHostInvalid');
  const port = Number(draft.port.trim());
  if (!/^\d{1,5}$/.test(draft.port.trim()) || port < 1 || port > 65535) problems.port = t('mailboxPortInvalid');
  if (!draft.user.trim()) problems.user = t('mailboxUserMissing');
  if (!editing && !draft.password) problems.password = t('mailboxPasswordMissing');
  if (!draft.folder.trim()) problems.folder = t('mailboxFolderMissing');
  if (draft.after === 'move' && !draft.moveTo.trim()) problems.moveTo = t('mailboxMoveToMissing');
  return problems;
}

/** The body POST /api/v1/mailboxes takes for a checked draft. */
export function mailboxBody(draft: MailboxDraft): MailboxBody {
  return {
    name: draft.name.trim(),
    host: draft.host.trim(),
    port: Number(draft.port.trim()),
    user: draft.user.trim(),
    password: draft.password,
    folder: draft.folder.trim(),
    after: draft.after,
    moveTo: draft.after === 'move' ? draft.moveTo.trim() : null,
  };
}

/** A mailbox as the edit form starts out: the password empty (it is never read back). */
export function draftOfMailbox(mailbox: Mailbox): MailboxDraft {
  return {
    name: mailbox.name, host: mailbox.host, port: String(mailbox.port), user: mailbox.user, password: '', folder: mailbox.folder, after: mailbox.after, moveTo: mailbox.moveTo ?? '',
  };
}

/** The PATCH for an edited mailbox: what differs from `mailbox`; the password only when one was typed. */
export function mailboxPatch(mailbox: Mailbox, draft: MailboxDraft): Partial<MailboxBody> {
  const next = mailboxBody(draft);
  const patch: Partial<MailboxBody> = {};
  for (const key of ['name', 'host', 'port', 'user', 'folder', 'after', 'moveTo'] as const) {
    if (next[key] !== mailbox[key]) Object.assign(patch, { [key]: next[key] });
  }
  if (next.password) patch.password = next.password;
  return patch;
}

const isField = (field: string): field is keyof MailboxDraft => (MAILBOX_FIELDS as readonly string[]).includes(field);

/** A failed send in words for the form; a validation error puts each named field's message at that field. */
export function mailboxRefusal(error: unknown): MailboxRefusal {
  if (!(error instanceof ServiceError) || error.status !== 400) return { message: describeFailure(error), fields: {} };
  const fields: MailboxProblems = {};
  const elsewhere: string[] = [];
  for (const problem of error.fields) {
    if (isField(problem.field)) fields[problem.field] ??= problem.message;
    else elsewhere.push(problem.field ? `${problem.field}: ${problem.message}` : problem.message);
  }
  return { message: t('mailboxRefused', [[error.message, ...elsewhere].join(' – ')]), fields };
}

export function when(iso: string): string {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(iso));
}

type Where = Pick<Mailbox, 'host' | 'port' | 'folder'>;

/** message key and what fills it, by the service's stable failure code */
const POLL_FAILURES: FailureSentences<Where> = {
  auth_failed: ['mailboxErrorAuth', () => []],
  dns: ['mailboxErrorDns', (m) => [m.host]],
  unreachable: ['mailboxErrorUnreachable', (m) => [m.host, String(m.port)]],
  timeout: ['mailboxErrorTimeout', (m) => [m.host]],
  tls: ['mailboxErrorTls', (m) => [m.host]],
  folder: ['mailboxErrorFolder', (m) => [m.folder]],
  blocked_address: ['mailboxErrorBlocked', (m) => [m.host]],
};

/** A failed poll's cause as a sentence, by the service's stable code; an unknown code says the server's words. */
export function pollFailure(poll: Pick<LastPoll, 'errorCode' | 'error'>, mailbox: Where): string {
  return failureSentence(POLL_FAILURES, poll, mailbox, 'mailboxErrorOther');
}

/** The last poll in plain words: when, how many messages and items, how many new; or what went wrong. */
export function describePoll(poll: LastPoll | null, mailbox: Pick<Mailbox, 'host' | 'port' | 'folder'>): string {
  if (!poll) return t('mailboxNeverPolled');
  if (poll.status === 'running') return t('mailboxPolling');
  if (poll.status === 'error') return t('mailboxPollFailed', [when(poll.at), pollFailure(poll, mailbox)]);
  const counts = t('mailboxPollOk', [when(poll.at), tn('mailboxMessages', poll.messages), tn('mailboxFound', poll.found), tn('mailboxNew', poll.added)]);
  // an ok poll's error is its note: messages it could not read, a loop, an attachment left out (the service's words)
  return poll.error ? `${counts} ${t('mailboxPollNote', [poll.error])}` : counts;
}
