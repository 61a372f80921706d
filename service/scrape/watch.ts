/**
 * Watched items (`watch: true`) have their own page re-checked once a day, the same way a source is read: politely,
 * with the validators of our last copy, through the extractor. The find on the page that is the item (same title, or
 * the page's only find) is compared with what the page said last time; a real change becomes an op and a
 * "Frist geändert" event. Checks are spread over the day by a hash of the item id and claimed like sources.
 */
import { describeFailure } from './scrape-error.ts';
import { extractFetched } from './readers/extract-fetched.ts';
import { withProfiles } from '../profiles/with-profiles.ts';
import { applyPageChange } from './item-update.ts';
import { changedFields, normTitle } from './match.ts';
import { snapshotOf } from './apply-finds.ts';
import type { Found } from './found.ts';
import type { RunDeps } from './run.ts';
import { withTeamWrite } from '../services/team-write.ts';
import { slotOffset } from '../sources/slots.ts';
import type { ItemChecksTable } from '../sources/tables.ts';
import { allItemChecks, claimDueChecks, deleteItemCheck, insertItemCheck, updateItemCheck, watchedItems } from '../sources/watch-repository.ts';
import { findItemRow, rowState } from '../items/repository.ts';

const DAY_MS = 86_400_000;

export interface WatchOutcome {
  itemId: string;
  status: 'ok' | 'error' | 'unchanged';
  httpStatus: number | null;
  changed: string[];
  error: string | null;
}

/**
 * Keeps one check row per watched item with a URL; a URL that changed starts afresh, an unwatched item is dropped.
 * Row by row: one item whose row cannot be written is skipped (and tried again next time), not every team's checks.
 */
async function syncChecks(deps: RunDeps): Promise<void> {
  const watched = await watchedItems(deps.db);
  const checks = new Map((await allItemChecks(deps.db)).map((c) => [c.item_id, c]));
  const now = deps.now();
  for (const item of watched) {
    const check = checks.get(item.id);
    checks.delete(item.id);
    if (check && check.url === item.url) continue;
    await settle(async () => {
      if (check) await deleteItemCheck(deps.db, item.id);
      await insertItemCheck(deps.db, {
        item_id: item.id, team_id: item.team_id, url: item.url, etag: null, last_modified: null, snapshot: null, checked_at: null,
        // spread over the day by the item's id, first check within a day
        next_check_at: new Date(now + ((slotOffset(item.id, DAY_MS) - (now % DAY_MS) + DAY_MS) % DAY_MS)).toISOString(),
        lease_until: null, failures: 0, http_status: null, error: null,
      });
    });
  }
  for (const stale of checks.keys()) await settle(() => deleteItemCheck(deps.db, stale));
}

/** Runs a write whose failure concerns one item only; the caller goes on with the others. */
async function settle(write: () => Promise<void>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch {
    return false;
  }
}

/**
 * Re-checks the watched items that are due; `limit` per call. Each check stands alone: whatever one item's page,
 * row or team does (a throw anywhere, even while recording the failure), the other checks of the call still run.
 */
export async function checkWatchedItems(deps: RunDeps, limit = 20): Promise<WatchOutcome[]> {
  await syncChecks(deps);
  const now = deps.now();
  const due = await claimDueChecks(deps.db, { now: new Date(now).toISOString(), leaseUntil: new Date(now + 15 * 60_000).toISOString(), limit });
  const outcomes: WatchOutcome[] = [];
  for (const check of due) outcomes.push(await checkOne(deps, check, now));
  return outcomes;
}

async function checkOne(deps: RunDeps, check: ItemChecksTable, now: number): Promise<WatchOutcome> {
  const outcome: WatchOutcome = { itemId: check.item_id, status: 'unchanged', httpStatus: null, changed: [], error: null };
  let snapshot = check.snapshot;
  let validators = { etag: check.etag, lastModified: check.last_modified };
  try {
    const page = await deps.fetcher.fetch(check.url, validators);
    outcome.httpStatus = page.notModified ? 304 : page.status;
    validators = { etag: page.etag ?? null, lastModified: page.lastModified ?? null };
    if (!page.notModified) {
      const row = await findItemRow(deps.db, check.item_id);
      if (row && !row.deleted) {
        const { fields } = rowState(row);
        const finds = await extractFetched({ extract: withProfiles(deps, row.team_id, deps.extract), now: new Date(now) }, page, check.url);
        const mine = finds.filter((f) => normTitle(f.title) === normTitle(fields.title));
        const find: Found | undefined = mine.length === 1 ? mine[0] : finds.length === 1 ? finds[0] : undefined;
        if (find) {
          const set = changedFields(snapshot ? (JSON.parse(snapshot) as Found) : null, find, fields);
          const { result } = await withTeamWrite(deps, { teamId: row.team_id, memberId: row.created_by ?? 'watch' }, async (w) => {
            const fresh = await findItemRow(w.trx, row.id);
            return fresh ? applyPageChange(w, fresh, set, null) : null;
          });
          if (result) {
            outcome.status = 'ok';
            outcome.changed = Object.keys(set);
          }
          snapshot = JSON.stringify(snapshotOf(find));
        }
      }
    }
    await updateItemCheck(deps.db, check.item_id, {
      etag: validators.etag, last_modified: validators.lastModified, snapshot, checked_at: new Date(now).toISOString(),
      next_check_at: new Date(now + DAY_MS).toISOString(), lease_until: null, failures: 0, http_status: outcome.httpStatus, error: null,
    });
  } catch (error) {
    const failure = describeFailure(error);
    const failures = Number(check.failures) + 1;
    outcome.status = 'error';
    outcome.changed = [];
    outcome.httpStatus = failure.httpStatus;
    outcome.error = failure.message;
    // if even this write fails, the lease runs out and the check is due again in 15 minutes
    await settle(() =>
      updateItemCheck(deps.db, check.item_id, {
        checked_at: new Date(now).toISOString(),
        // daily, then every 2, 4, 7 days while the page keeps failing
        next_check_at: new Date(Math.max(now + Math.min(DAY_MS * 2 ** (failures - 1), 7 * DAY_MS), failure.retryAt ?? 0)).toISOString(),
        lease_until: null, failures, http_status: failure.httpStatus, error: failure.message,
      }),
    );
  }
  return outcome;
}
