/**
 * `callwatch mail run [--mailbox <id>] [--ca <file.pem>] [--db …]` — reads the team mailboxes once (or one), as the
 * service's poller does every 15 minutes, and prints each poll's outcome as JSON:
 * `{ polls: [{ mailboxId, teamId, name, status, messages, found, added, error, errorCode, durationMs }] }`.
 * A mailbox that cannot be read (wrong password, unreachable server) is recorded on that mailbox, told on stderr in
 * plain words and does not stop the others; exit code 0 then, 1 when storage or arguments fail. Mailbox passwords are
 * opened with CALLWATCH_MAIL_KEY, internal mail hosts need CALLWATCH_ALLOW_PRIVATE_SOURCES=1 (as for `serve`);
 * `--ca` trusts a mail server's own certificate authority (a self-signed or in-house certificate) for this run.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createMemoryNotifier } from '../notifier.ts';
import { openMigratedStore, storeLocation } from '../store/db.ts';
import { createMailRuntime } from '../mail/runtime.ts';
import { findMailbox } from '../mail/repository.ts';
import { mailKey } from '../mail/secret.ts';
import { mailDb } from '../mail/tables.ts';
import type { PollOutcome } from '../mail/poll.ts';
import { parseCommandArgs, printJson } from './args.ts';
import { UsageError, type Command } from './command.ts';

const USAGE = 'callwatch mail run [--mailbox <id>] [--ca <file.pem>] [--db PATH|postgres://…]';

export const mailCommand: Command = {
  summary: 'read the team mailboxes (newsletters) once and print what each poll found',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { mailbox: { type: 'string' }, ca: { type: 'string' }, db: { type: 'string' } });
    if (positionals[0] !== 'run') throw new UsageError(positionals.length === 0 ? 'say what to do: run' : `unknown sub-command ${positionals[0]}`);
    if (positionals.length > 1) throw new UsageError(`unexpected argument ${positionals[1]}`);
    const ca = values.ca === undefined ? undefined : await readFile(resolve(io.cwd, values.ca), 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read --ca ${values.ca}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    });
    const store = await openMigratedStore(storeLocation(values.db, io));
    const notifier = createMemoryNotifier();
    const runtime = createMailRuntime(
      { db: store.db, notifier, now: Date.now },
      { policy: { allowPrivate: io.env.CALLWATCH_ALLOW_PRIVATE_SOURCES === '1' }, key: mailKey(io.env.CALLWATCH_MAIL_KEY), ca },
    );
    try {
      let ids: string[];
      if (values.mailbox !== undefined) {
        if (!(await findMailbox(store.db, values.mailbox))) throw new Error(`no mailbox with id ${values.mailbox}`);
        ids = [values.mailbox];
      } else {
        const rows = await mailDb(store.db).selectFrom('mailboxes').select('id').where('enabled', '=', 1).orderBy('id').execute();
        ids = rows.map((r) => r.id);
      }
      const outcomes: PollOutcome[] = [];
      // one after the other: a run from the command line is not in a hurry, and its output follows the list
      for (const id of ids) outcomes.push(await runtime.poller.pollNow(id));
      const names = new Map((await mailDb(store.db).selectFrom('mailboxes').select(['id', 'name']).execute()).map((r) => [r.id, r.name]));
      for (const o of outcomes) if (o.lastPoll.status === 'error') io.err(`mailbox ${names.get(o.mailboxId) ?? o.mailboxId}: ${o.lastPoll.error}`);
      printJson(io, {
        polls: outcomes.map((o) => ({
          mailboxId: o.mailboxId, teamId: o.teamId, name: names.get(o.mailboxId) ?? null, status: o.lastPoll.status, messages: o.lastPoll.messages,
          found: o.lastPoll.found, added: o.lastPoll.added, error: o.lastPoll.error, errorCode: o.lastPoll.errorCode, durationMs: o.lastPoll.durationMs,
        })),
      });
      return 0;
    } finally {
      await runtime.poller.idle();
      await notifier.close();
      await store.close();
    }
  },
};
