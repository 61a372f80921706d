/**
 * POST /sync/push (DESIGN.md "Sync protocol"): each op validated whole, then applied field by field in one
 * transaction; a rejected op changes nothing and never blocks the ops behind it.
 */
import { createHash } from 'node:crypto';
import * as v from 'valibot';
import { canonicalJson } from '../../shared/sync/canonical.ts';
import { MAX_HLC_AHEAD_MS, parseHlc } from '../../shared/sync/hlc.ts';
import { OpSchema, type Op } from '../../shared/sync/op.ts';
import { applyOp, readAhead } from '../services/apply.ts';
import { requireWriter } from '../services/auth.ts';
import type { Actor, ServiceDeps } from '../services/context.ts';
import { issueText, type FieldIssue } from '../errors.ts';
import { issuesToFields } from '../services/issues.ts';
import { withTeamWrite } from '../services/team-write.ts';

/**
 * One op's answer. A rejected op's `error` is the English text; `reasons` are its parts (field and message), which the
 * route says in the client's language (service/i18n/rejection.ts).
 */
export type OpResult = { opId: string | null; status: 'applied' | 'duplicate' | 'rejected'; error?: string; reasons?: FieldIssue[] };

export interface PushResult {
  results: OpResult[];
  cursor: number;
  /** the service's wall clock (ISO) the ops were checked against: a client ahead of it re-stamps its pending ops */
  serverTime: string;
}

type Prepared = { ok: true; op: Op; hash: string } | { ok: false; opId: string | null; reasons: FieldIssue[] };

/** Validates one raw op of a push by client `clientId` to team `teamId` against the service's wall clock `wallNow`. */
export function prepareOp(raw: unknown, clientId: string, teamId: string, wallNow: number): Prepared {
  const rawId = raw && typeof raw === 'object' && typeof (raw as { opId?: unknown }).opId === 'string' ? (raw as { opId: string }).opId : null;
  const parsed = v.safeParse(OpSchema, raw);
  if (!parsed.success) {
    return { ok: false, opId: rawId, reasons: issuesToFields(parsed.issues) };
  }
  const op = parsed.output;
  const hlc = parseHlc(op.hlc)!;
  if (hlc.clientId.toLowerCase() !== clientId) {
    return { ok: false, opId: op.opId, reasons: [{ field: 'hlc', message: 'its clientId part must be the pushing clientId' }] };
  }
  if (hlc.clientId.toLowerCase() === teamId) {
    // the team's id is the clientId of the service's own clock for the team (team-clock.ts)
    return { ok: false, opId: op.opId, reasons: [{ field: 'hlc', message: 'this clientId belongs to the service' }] };
  }
  if (hlc.ms > wallNow + MAX_HLC_AHEAD_MS) {
    return { ok: false, opId: op.opId, reasons: [{ field: 'hlc', message: 'more than 5 minutes ahead of the server clock' }] };
  }
  const hash = createHash('sha256').update(canonicalJson({ itemId: op.itemId, hlc: op.hlc, set: op.set })).digest('hex');
  return { ok: true, op, hash };
}

/** Applies a push of `ops` by the actor; the reply is built after the transaction commits. */
export async function push(deps: ServiceDeps, actor: Actor, clientId: string, rawOps: unknown[]): Promise<PushResult> {
  requireWriter(actor, 'a viewer cannot push');
  const wallNow = deps.now();
  const prepared = rawOps.map((raw) => prepareOp(raw, clientId.toLowerCase(), actor.team.id.toLowerCase(), wallNow));
  const { result, cursor } = await withTeamWrite(deps, { teamId: actor.team.id, memberId: actor.member.id }, async (w) => {
    const valid = prepared.flatMap((p) => (p.ok ? [p.op] : []));
    w.known = await readAhead(w.trx, w.teamId, valid.map((op) => op.opId), valid.map((op) => op.itemId));
    const results: OpResult[] = [];
    for (const p of prepared) {
      if (!p.ok) {
        results.push({ opId: p.opId, status: 'rejected', error: issueText(p.reasons), reasons: p.reasons });
        continue;
      }
      const outcome = await applyOp(w, { opId: p.op.opId, hash: p.hash, itemId: p.op.itemId, hlc: p.op.hlc, set: p.op.set });
      if (outcome.status === 'rejected') {
        results.push({ opId: p.op.opId, status: 'rejected', error: outcome.error, reasons: [outcome.reason] });
      } else {
        // the team's clock moves past every accepted hlc, so the service's later edits of the team order after them
        w.observe(p.op.hlc);
        results.push({ opId: p.op.opId, status: outcome.status });
      }
    }
    return results;
  });
  return { results: result, cursor, serverTime: new Date(wallNow).toISOString() };
}
