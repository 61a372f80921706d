/**
 * One poll of one mailbox, recorded: every waiting message is parsed, read by the extractor, and its calls and events
 * are matched into the team's list (origin "mail:<id>") in one team write together with the record that the message
 * was read — so a message is read once, also when the service stops mid-poll or the message is delivered again.
 * Only after that commit is it flagged \Seen or moved. A message that cannot be read is recorded with its reason and
 * never retried; a failing connection fails only this mailbox's poll, in plain words (imap.ts). The caller holds the
 * mailbox's lease; this releases it.
 */
import { createHash } from 'node:crypto';
import { normalizeText } from '../../shared/text.ts';
import type { AddressPolicy } from '../net/ssrf.ts';
import type { ServiceDeps } from '../services/context.ts';
import { withTeamWrite } from '../services/team-write.ts';
import { applyFindsWithin, type ItemChange } from '../scrape/apply-finds.ts';
import type { ExtractPage } from '../scrape/extractor.ts';
import { nextRunAfterFailure, nextSlot } from '../sources/slots.ts';
import { connectMailbox, describeMailFailure, type ImapAccount, type MailConnection } from './imap.ts';
import { parseMessage } from './message.ts';
import { emptyReport, pollNote, type PollReport } from './poll-notes.ts';
import { readMessage } from './read-message.ts';
import { markSeen, releaseMailbox, seenKeys, updateMailbox, type MailboxRow } from './repository.ts';
import type { LastPoll } from './schema.ts';
import { openPassword } from './secret.ts';

/** Every mailbox is polled this often. */
export const POLL_EVERY_MS = 15 * 60_000;

export const POLL_LIMITS = {
  /** messages read per poll (the rest wait for the next one) */
  maxMessages: 50,
  /** a larger message is recorded as unread, with the reason */
  maxMessageBytes: 30 * 1024 * 1024,
  /** a poll ends after this long, whatever it waits for */
  deadlineMs: 5 * 60_000,
} as const;

export interface PollDeps extends ServiceDeps {
  extract: ExtractPage;
  policy: AddressPolicy;
  /** the key mailbox passwords are encrypted with (secret.ts) */
  key?: Buffer;
  /** extra TLS trust for the IMAP connection (tests) */
  ca?: string;
  /** per IMAP step (default 30 s) */
  timeoutMs?: number;
  /** the whole poll (default 5 min) */
  deadlineMs?: number;
}

export interface PollOutcome {
  mailboxId: string;
  teamId: string;
  lastPoll: LastPoll;
  changes: ItemChange[];
}

/** The account a row describes (the password decrypted). */
export function accountOf(row: MailboxRow, key: Buffer | undefined): ImapAccount {
  return {
    host: row.host, port: Number(row.port), user: row.username, password: openPassword(row.password, key), folder: row.folder,
    after: row.after === 'move' ? 'move' : 'read', moveTo: row.move_to,
  };
}

/** Polls a claimed mailbox once and records the outcome; never throws for a failing server or message. */
export async function pollMailbox(deps: PollDeps, row: MailboxRow, owner: string): Promise<PollOutcome> {
  const started = deps.now();
  const startedPerf = performance.now();
  const at = new Date(started).toISOString();
  const totals = { messages: 0, found: 0, added: 0 };
  const report = emptyReport();
  const changes: ItemChange[] = [];
  await updateMailbox(deps.db, row.id, { last_poll: JSON.stringify({ at, status: 'running', ...totals, error: null, errorCode: null, durationMs: null } satisfies LastPoll) });

  let failure: { code: string; message: string } | null = null;
  let connection: MailConnection | undefined;
  let timedOut = false;
  const deadline = setTimeout(() => {
    timedOut = true;
    connection?.abort();
  }, deps.deadlineMs ?? POLL_LIMITS.deadlineMs);
  const account = { host: row.host, port: Number(row.port), folder: row.folder, moveTo: row.move_to };
  try {
    connection = await connectMailbox(accountOf(row, deps.key), { policy: deps.policy, ca: deps.ca, timeoutMs: deps.timeoutMs });
    if (timedOut) throw Object.assign(new Error('poll deadline passed'), { code: 'mail_timeout' });
    const waiting = await connection.waiting(POLL_LIMITS.maxMessages);
    const seen = await seenKeys(deps.db, row.id, waiting.flatMap((w) => (w.messageId ? [w.messageId] : [])));
    for (const message of waiting) {
      if (timedOut) throw Object.assign(new Error('poll deadline passed'), { code: 'mail_timeout' });
      // read before (the service stopped between the commit and the flag, or the message came again): finish it
      if (message.messageId && seen.has(message.messageId)) {
        await connection.finish(message.uid);
        continue;
      }
      const outcome = await readOne(deps, row, connection, message, report);
      if (outcome) {
        totals.messages++;
        totals.found += outcome.found;
        totals.added += outcome.added;
        changes.push(...outcome.changes);
      }
      await connection.finish(message.uid);
    }
    await connection.close();
  } catch (error) {
    connection?.abort();
    failure = timedOut ? describeMailFailure({ code: 'mail_timeout' }, account) : describeMailFailure(error, account);
  } finally {
    clearTimeout(deadline);
  }

  const durationMs = Math.round(performance.now() - startedPerf);
  const failures = failure ? Number(row.failures) + 1 : 0;
  const nowMs = deps.now();
  const next = failures > 0 ? nextRunAfterFailure(row.id, POLL_EVERY_MS, nowMs, failures) : nextSlot(row.id, POLL_EVERY_MS, nowMs);
  const note = pollNote(report);
  const lastPoll: LastPoll = {
    at,
    status: failure ? 'error' : 'ok',
    ...totals,
    error: failure ? failure.message : note,
    errorCode: failure ? failure.code : null,
    durationMs,
  };
  await releaseMailbox(deps.db, row.id, { nextPollAt: new Date(next).toISOString(), failures, lastPoll, owner });
  return { mailboxId: row.id, teamId: row.team_id, lastPoll, changes };
}

/** Reads one message into the team's list; null when another poll recorded it first. */
async function readOne(
  deps: PollDeps,
  row: MailboxRow,
  connection: MailConnection,
  waiting: { uid: number; messageId: string | null; size: number },
  report: PollReport,
): Promise<{ found: number; added: number; changes: ItemChange[] } | null> {
  let key = waiting.messageId;
  let finds: Awaited<ReturnType<typeof readMessage>>['finds'] = [];
  /** said on the poll (report.notes) */
  let error: string | null = null;
  /** kept with the message's read record */
  let record: string | null = null;
  if (waiting.size > POLL_LIMITS.maxMessageBytes) {
    error = `message ${waiting.messageId ?? waiting.uid}: larger than ${POLL_LIMITS.maxMessageBytes / 1024 / 1024} MB, not read`;
  } else {
    const source = await connection.source(waiting.uid);
    key ??= `sha256:${createHash('sha256').update(source).digest('hex')}`;
    try {
      const message = await parseMessage(source);
      key = message.messageId ?? key;
      // a loop or a garbled body has no content (message.ts); the poll's note counts them (poll-notes.ts)
      if (message.problem === 'loop') report.loops.push(key);
      if (message.problem === 'malformed') report.unreadable.push(key);
      const read = await readMessage(deps.extract, message, new Date(deps.now()));
      finds = read.finds;
      if (read.notes.length > 0) error = `“${message.subject.slice(0, 80)}”: ${read.notes.join('; ')}`;
      if (message.problem) {
        const problem = message.problem === 'loop' ? 'mail loop, not read' : 'malformed MIME, the body could not be decoded';
        record = error ? `${problem}; ${error}` : problem;
      }
    } catch (failure) {
      // a message that cannot be read is recorded with the reason and not tried again
      report.unreadable.push(key);
      record = `message ${key}: ${failure instanceof Error ? failure.message : String(failure)}`;
    }
  }
  if (error) report.notes.push(error);
  record ??= error;
  const messageKey = (key ?? `uid:${waiting.uid}`).slice(0, 500);
  const who = { teamId: row.team_id, memberId: row.created_by ?? `mail:${row.id}`, origin: `mail:${row.id}` };
  const { result } = await withTeamWrite(deps, who, async (w) => {
    if ((await seenKeys(w.trx, row.id, [messageKey])).size > 0) return null;
    const applied = await applyFindsWithin(w, finds, { sourceId: null });
    await markSeen(w.trx, {
      mailbox_id: row.id, message_key: messageKey, uid: waiting.uid, seen_at: w.at, found: finds.length, added: applied.added,
      error: record ? normalizeText(record).slice(0, 1000) : null,
    });
    return { found: finds.length, added: applied.added, changes: applied.changes };
  });
  return result;
}
