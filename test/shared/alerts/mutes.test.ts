import { describe, expect, it } from 'vitest';
import { forMember, isMuted } from '../../../shared/alerts.ts';
import type { Mutes } from '../../../shared/alerts.ts';

describe('per-member mutes', () => {
  const mutes: Mutes = new Map([['anna', new Set(['item-1'])]]);
  const alerts = [{ itemId: 'item-1', key: 'k1' }, { itemId: 'item-2', key: 'k2' }];

  it('hides a muted item from that member only', () => {
    expect(isMuted(mutes, 'anna', 'item-1')).toBe(true);
    expect(isMuted(mutes, 'ben', 'item-1')).toBe(false);
    expect(forMember(alerts, 'anna', mutes).map((a) => a.key)).toEqual(['k2']);
    expect(forMember(alerts, 'ben', mutes).map((a) => a.key)).toEqual(['k1', 'k2']);
  });
});
