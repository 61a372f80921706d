import { describe, expect, it } from 'vitest';
import { itemDefaults, type Item } from '../../../shared/schema.ts';
import { applyPulled, overlay } from '../../../shared/sync/overlay.ts';
import type { Op } from '../../../shared/sync/op.ts';

const HLC = '1700000000000-0000-0b6f1c3e-8a0e-4f57-9a53-2f0c3c1d4e5f';
const server: Item = {
  id: '0190f5b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b',
  ...itemDefaults('call'),
  kind: 'call',
  title: 'Nakopa',
  origin: 'clip',
  createdBy: 'm1',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  rev: 3,
};
const op = (itemId: string, set: Op['set'], n = 1): Op => ({ opId: `00000000-0000-4000-8000-00000000000${n}`, itemId, hlc: HLC, set });

describe('overlay', () => {
  it('shows pending edits on top of the server copy, in order', () => {
    const shown = overlay([server], [op(server.id, { status: 'watching' }), op(server.id, { status: 'applying', notes: 'x' }, 2)], { now: 'T' });
    expect(shown).toEqual([{ ...server, status: 'applying', notes: 'x' }]);
    expect(server.status).toBe('new');
  });

  it('shows a pending creation with defaults and skips an edit of an item it does not hold', () => {
    const newId = '0190f5b2-7c3d-7e4f-8a5b-6c7d8e9f0a1c';
    const shown = overlay([], [op(newId, { kind: 'event', title: 'Treffen' }), op('0190f5b2-7c3d-7e4f-8a5b-6c7d8e9f0a1d', { notes: 'lost' }, 2)], {
      now: '2026-11-22T00:00:00.000Z',
      memberId: 'm2',
    });
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ id: newId, kind: 'event', title: 'Treffen', watch: false, createdBy: 'm2', rev: 0, deleted: false });
  });

  it('folds pulled items into the held copy by id', () => {
    const held = new Map([[server.id, server]]);
    const next = applyPulled(held, [{ ...server, title: 'Nakopa 2027', rev: 4 }]);
    expect(next.get(server.id)?.title).toBe('Nakopa 2027');
    expect(held.get(server.id)?.title).toBe('Nakopa');
  });
});
