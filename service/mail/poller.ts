/**
 * The mail poller of one service process: claims due mailboxes (a lease per poll, so each mailbox is polled once at a
 * time across instances), polls them side by side — one failing or slow mailbox never holds up the others — and keeps
 * track of what is in flight. The scheduler (start.ts) and "poll now" go through here.
 */
import { v4 as uuidv4 } from 'uuid';
import { conflict, notFound } from '../errors.ts';
import { pollMailbox, type PollDeps, type PollOutcome } from './poll.ts';
import { claimDueMailboxes, findMailbox, type MailboxRow } from './repository.ts';
import { mailDb } from './tables.ts';

export interface MailPoller {
  readonly owner: string;
  /** Claims and polls every due mailbox; resolves when those polls end. */
  pollDue(): Promise<PollOutcome[]>;
  /** Polls one mailbox now (due or not), waiting for it; 409 while it is being polled. */
  pollNow(mailboxId: string, teamId?: string): Promise<PollOutcome>;
  /** Waits for the polls in flight. */
  idle(): Promise<void>;
}

/** Builds the poller over the service's storage, clock, extractor and address policy. */
export function createMailPoller(deps: PollDeps, options: { leaseMs?: number; maxPolls?: number; owner?: string } = {}): MailPoller {
  const owner = options.owner ?? uuidv4();
  const leaseMs = options.leaseMs ?? 15 * 60_000;
  const maxPolls = options.maxPolls ?? 8;
  const inFlight = new Map<string, Promise<PollOutcome>>();
  const lease = () => ({ now: new Date(deps.now()).toISOString(), leaseUntil: new Date(deps.now() + leaseMs).toISOString(), owner });
  const track = (row: MailboxRow) => {
    const poll = pollMailbox(deps, row, owner).finally(() => inFlight.delete(row.id));
    inFlight.set(row.id, poll);
    return poll;
  };
  return {
    owner,
    async pollDue() {
      const free = maxPolls - inFlight.size;
      if (free <= 0) return [];
      const rows = await claimDueMailboxes(deps.db, { ...lease(), limit: free });
      // each poll records its own failure; allSettled only guards against storage failing under one of them
      const settled = await Promise.allSettled(rows.map(track));
      return settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    },
    async pollNow(mailboxId, teamId) {
      const row = await findMailbox(deps.db, mailboxId);
      if (!row || (teamId !== undefined && row.team_id !== teamId)) throw notFound('no such mailbox');
      if (inFlight.has(mailboxId)) throw conflict('this mailbox is being read right now');
      const { now, leaseUntil } = lease();
      const claimed = await mailDb(deps.db)
        .updateTable('mailboxes')
        .set({ lease_until: leaseUntil, lease_owner: owner })
        .where('id', '=', mailboxId)
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
        .returningAll()
        .executeTakeFirst();
      if (!claimed) throw conflict('this mailbox is being read right now');
      return track(claimed);
    },
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight.values()]);
    },
  };
}

