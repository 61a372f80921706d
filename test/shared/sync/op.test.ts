import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { OpSchema } from '../../../shared/sync/op.ts';

const op = (set: unknown, extra: Record<string, unknown> = {}) => ({
  opId: '3f0c8a4e-1b2d-4c5e-9f6a-7b8c9d0e1f2a',
  itemId: '0190f5b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b',
  hlc: '1700000000000-0000-0b6f1c3e-8a0e-4f57-9a53-2f0c3c1d4e5f',
  set,
  ...extra,
});

const failing = (value: unknown) => {
  const result = v.safeParse(OpSchema, value);
  return result.success ? [] : result.issues.map((i) => v.getDotPath(i));
};

describe('OpSchema', () => {
  it('accepts a creation and a field set', () => {
    expect(v.is(OpSchema, op({ kind: 'call', title: 'Nakopa 2027' }))).toBe(true);
    expect(v.is(OpSchema, op({ notes: 'ask the mayor' }))).toBe(true);
    expect(v.is(OpSchema, op({ deleted: true }))).toBe(true);
  });

  it('refuses an empty set, server-owned, unknown and prototype keys', () => {
    expect(v.is(OpSchema, op({}))).toBe(false);
    for (const key of ['id', 'rev', 'createdAt', 'createdBy', 'updatedAt', 'origin', 'color']) {
      expect(failing(op({ title: 'x', [key]: 'y' }))).toContain(`set.${key}`);
    }
    for (const body of ['{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{}}}', '{"title":"x","prototype":1}']) {
      expect(v.is(OpSchema, op(JSON.parse(body)))).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses unknown envelope fields, bad uuids and bad hlcs', () => {
    expect(failing(op({ title: 'x' }, { extra: 1 }))).toContain('extra');
    expect(failing(op({ title: 'x' }, { opId: 'nope' }))).toContain('opId');
    expect(failing(op({ title: 'x' }, { itemId: '1234' }))).toContain('itemId');
    expect(failing(op({ title: 'x' }, { hlc: '2027-01-01' }))).toContain('hlc');
  });

  it('refuses impossible dates, oversized text and wrong types inside set', () => {
    expect(failing(op({ deadlines: [{ date: '2027-02-30', label: 'Antrag', kind: 'application' }] }))).toContain('set.deadlines.0.date');
    expect(failing(op({ deadlines: [{ date: '2027-02-01', time: '25:00', label: 'Antrag', kind: 'application' }] }))).toContain('set.deadlines.0.time');
    expect(failing(op({ title: 'x'.repeat(501) }))).toContain('set.title');
    expect(failing(op({ summary: 'x'.repeat(2001) }))).toContain('set.summary');
    expect(failing(op({ tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }))).toContain('set.tags');
    expect(failing(op({ watch: 'yes' }))).toContain('set.watch');
  });

  it('stores uuids lower-case', () => {
    const parsed = v.parse(OpSchema, op({ title: 'x' }, { itemId: '0190F5B2-7C3D-7E4F-8A5B-6C7D8E9F0A1B' }));
    expect(parsed.itemId).toBe('0190f5b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b');
  });
});
