import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../service/services/context.ts';
import { ReadCache } from '../../../service/services/read-cache.ts';

const alice: Actor = { team: { id: 't1', name: 'T' }, member: { id: 'm1', name: 'Alice', role: 'member' } };

/** A cache over a stamp the test moves by hand; counts the loads that reached "the database". */
function setup(maxEntries?: number) {
  let stamp: string | undefined = 'v1';
  let loads = 0;
  const cache = new ReadCache(() => stamp, maxEntries);
  const load = (actor: Actor | null) => async () => {
    loads += 1;
    return actor;
  };
  return { cache, load, setStamp: (s: string | undefined) => (stamp = s), loads: () => loads };
}

describe('ReadCache: actors', () => {
  it('answers a known token from memory while the stamp holds, and asks again once it moved', async () => {
    const t = setup();
    expect(await t.cache.actor('h', t.load(alice))).toEqual(alice);
    expect(await t.cache.actor('h', t.load(null))).toEqual(alice);
    expect(t.loads()).toBe(1);
    t.setStamp('v2'); // a commit (a revocation, say)
    expect(await t.cache.actor('h', t.load(null))).toBeNull();
    expect(t.loads()).toBe(2);
  });

  it('never remembers an unknown token, so one made later works at once', async () => {
    const t = setup();
    expect(await t.cache.actor('h', t.load(null))).toBeNull();
    expect(await t.cache.actor('h', t.load(alice))).toEqual(alice);
    expect(t.loads()).toBe(2);
  });

  it('does not remember what a lookup read while the store changed under it', async () => {
    const t = setup();
    await t.cache.actor('h', async () => {
      t.setStamp('v2'); // a revocation committed while the query ran
      return alice;
    });
    await t.cache.actor('h', t.load(null));
    expect(t.loads()).toBe(1);
    expect(await t.cache.actor('h', t.load(null))).toBeNull();
  });

  it('caches nothing without a stamp (PostgreSQL) or when the stamp fails (store closing)', async () => {
    const t = setup();
    t.setStamp(undefined);
    await t.cache.actor('h', t.load(alice));
    await t.cache.actor('h', t.load(alice));
    expect(t.loads()).toBe(2);
    const failing = new ReadCache(() => {
      throw new Error('The database connection is not open');
    });
    let loads = 0;
    const load = async () => ((loads += 1), alice);
    await failing.actor('h', load);
    await failing.actor('h', load);
    expect(loads).toBe(2);
  });

  it('stays bounded', async () => {
    const t = setup(2);
    for (const hash of ['a', 'b', 'c']) await t.cache.actor(hash, t.load(alice));
    await t.cache.actor('a', t.load(alice));
    expect(t.loads()).toBe(4); // 'a' was dropped when 'c' came
  });
});

describe('ReadCache: quiet teams (empty delta pulls)', () => {
  it('knows a team is quiet above the cursor a query found, until the stamp moves', () => {
    const t = setup();
    expect(t.cache.isQuiet('t1', 5)).toBe(false);
    t.cache.rememberQuiet('t1', 5, t.cache.before());
    expect(t.cache.isQuiet('t1', 5)).toBe(true);
    expect(t.cache.isQuiet('t1', 9)).toBe(true);
    expect(t.cache.isQuiet('t1', 4)).toBe(false); // items 5 and below exist: the query must list them
    expect(t.cache.isQuiet('t2', 5)).toBe(false);
    t.setStamp('v2'); // a push
    expect(t.cache.isQuiet('t1', 5)).toBe(false);
  });

  it('keeps the lowest quiet cursor: a client far ahead does not hide the items above a lower one', () => {
    const t = setup();
    t.cache.rememberQuiet('t1', 5, t.cache.before());
    t.cache.rememberQuiet('t1', 50, t.cache.before());
    expect(t.cache.isQuiet('t1', 7)).toBe(true);
    expect(t.cache.isQuiet('t1', 4)).toBe(false);
  });

  it('does not remember a query that ran while the store changed, nor one without a stamp', () => {
    const t = setup();
    const at = t.cache.before();
    t.setStamp('v2');
    t.cache.rememberQuiet('t1', 5, at);
    expect(t.cache.isQuiet('t1', 5)).toBe(false);
    t.setStamp(undefined);
    t.cache.rememberQuiet('t1', 5, t.cache.before());
    expect(t.cache.isQuiet('t1', 5)).toBe(false);
  });
});
