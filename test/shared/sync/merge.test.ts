import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemDefaults, type ItemFields } from '../../../shared/schema.ts';
import { formatHlc } from '../../../shared/sync/hlc.ts';
import { mergeOp, type ItemState } from '../../../shared/sync/merge.ts';
import type { OpSet } from '../../../shared/sync/op.ts';

const CLIENTS = ['0b6f1c3e-8a0e-4f57-9a53-2f0c3c1d4e5f', 'f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9', '5a5a5a5a-0000-4000-8000-000000000001'];

const setArb: fc.Arbitrary<OpSet> = fc
  .record(
    {
      title: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && s.length > 0),
      notes: fc.string({ maxLength: 8 }),
      status: fc.constantFrom('new', 'watching', 'applying', 'submitted', 'done', 'dismissed'),
      tags: fc.array(fc.constantFrom('EU', 'Klima', 'Kultur'), { maxLength: 3 }),
      deleted: fc.boolean(),
      deadlines: fc.array(
        fc.record({ date: fc.constantFrom('2027-01-31', '2027-03-15'), label: fc.constantFrom('Antrag', 'Skizze'), kind: fc.constantFrom('application', 'interest') }),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: [] },
  )
  .filter((set) => Object.keys(set).length > 0) as fc.Arbitrary<OpSet>;

/** ops with distinct hlcs (distinct (ms, counter, client)) */
const opsArb = fc
  .uniqueArray(
    fc.record({ ms: fc.integer({ min: 1, max: 50 }), counter: fc.integer({ min: 0, max: 3 }), client: fc.constantFrom(...CLIENTS) }),
    { selector: (p) => `${p.ms}-${p.counter}-${p.client}`, minLength: 1, maxLength: 12 },
  )
  .chain((stamps) =>
    fc.tuple(...stamps.map((s) => setArb.map((set) => ({ hlc: formatHlc({ ms: s.ms, counter: s.counter, clientId: s.client }), set })))),
  );

const base = (): ItemState => ({ fields: { ...itemDefaults('call'), kind: 'call', title: 'Start' }, hlcs: {} });

function applyAll(state: ItemState, ops: { hlc: string; set: OpSet }[]): ItemState {
  for (const op of ops) {
    const result = mergeOp(state, op);
    if (!result.ok) throw new Error(result.error);
    state = result.state;
  }
  return state;
}

describe('mergeOp', () => {
  it('creates an item from kind and title, with defaults for the rest and no hlc on unset fields', () => {
    const hlc = formatHlc({ ms: 1, counter: 0, clientId: CLIENTS[0] });
    const result = mergeOp(null, { hlc, set: { kind: 'event', title: 'Netzwerktreffen', location: 'online' } });
    expect(result.ok && result.state.fields).toEqual({ ...itemDefaults('event'), kind: 'event', title: 'Netzwerktreffen', location: 'online' });
    expect(result.ok && result.state.hlcs).toEqual({ kind: hlc, title: hlc, location: hlc });
    expect(result.ok && result.created).toBe(true);
  });

  it('refuses to create an item without kind and title', () => {
    const hlc = formatHlc({ ms: 1, counter: 0, clientId: CLIENTS[0] });
    expect(mergeOp(null, { hlc, set: { title: 'x' } }).ok).toBe(false);
    expect(mergeOp(null, { hlc, set: { kind: 'call' } }).ok).toBe(false);
  });

  it('writes a field only when the op hlc is greater than the stored one', () => {
    const h = (ms: number) => formatHlc({ ms, counter: 0, clientId: CLIENTS[0] });
    let state = applyAll(base(), [{ hlc: h(10), set: { notes: 'ten' } }]);
    const older = mergeOp(state, { hlc: h(5), set: { notes: 'five', status: 'watching' } });
    expect(older.ok && older.state.fields.notes).toBe('ten');
    // a field no op has set yet takes any op
    expect(older.ok && older.state.fields.status).toBe('watching');
    expect(older.ok && older.changed).toEqual(['status']);
    const same = mergeOp(state, { hlc: h(10), set: { notes: 'again' } });
    expect(same.ok && same.state.fields.notes).toBe('ten');
    state = applyAll(state, [{ hlc: h(11), set: { notes: 'eleven' } }]);
    expect(state.fields.notes).toBe('eleven');
  });

  it('records a newer hlc with an equal value without calling it a change', () => {
    const h = (ms: number) => formatHlc({ ms, counter: 0, clientId: CLIENTS[1] });
    const state = applyAll(base(), [{ hlc: h(1), set: { tags: ['EU'] } }]);
    const result = mergeOp(state, { hlc: h(2), set: { tags: ['EU'] } });
    expect(result.ok && result.changed).toEqual([]);
    expect(result.ok && result.touched).toEqual(['tags']);
    // the newer hlc now guards the field against an op between the two
    const between = mergeOp(result.ok ? result.state : state, { hlc: formatHlc({ ms: 1, counter: 5, clientId: CLIENTS[1] }), set: { tags: [] } });
    expect(between.ok && between.state.fields.tags).toEqual(['EU']);
  });

  it('converges whatever the order (property)', () => {
    fc.assert(
      fc.property(opsArb.chain((ops) => fc.tuple(fc.constant(ops), fc.shuffledSubarray(ops, { minLength: ops.length }))), ([ops, shuffled]) => {
        expect(applyAll(base(), shuffled)).toEqual(applyAll(base(), ops));
      }),
    );
  });

  it('is idempotent: applying an op again changes nothing (property)', () => {
    fc.assert(
      fc.property(opsArb, (ops) => {
        const once = applyAll(base(), ops);
        const twice = applyAll(once, ops);
        expect(twice).toEqual(once);
        for (const op of ops) {
          const again = mergeOp(once, op);
          expect(again.ok && again.changed).toEqual([]);
        }
      }),
    );
  });

  it('leaves every field at the value of the op with the greatest hlc that set it (property, against a model)', () => {
    fc.assert(
      fc.property(opsArb, (ops) => {
        const state = applyAll(base(), ops);
        const model: Partial<Record<keyof ItemFields, { hlc: string; value: unknown }>> = {};
        for (const op of ops) {
          for (const [key, value] of Object.entries(op.set) as [keyof ItemFields, unknown][]) {
            const best = model[key];
            if (!best || op.hlc > best.hlc) model[key] = { hlc: op.hlc, value };
          }
        }
        for (const [key, value] of Object.entries(base().fields) as [keyof ItemFields, unknown][]) {
          expect(state.fields[key]).toEqual(model[key] ? model[key].value : value);
          expect(state.hlcs[key]).toBe(model[key]?.hlc);
        }
      }),
    );
  });

  it('reports as changed exactly the fields whose value differs (property)', () => {
    fc.assert(
      fc.property(opsArb, setArb, (ops, set) => {
        const before = applyAll(base(), ops);
        const result = mergeOp(before, { hlc: formatHlc({ ms: 99, counter: 0, clientId: CLIENTS[0] }), set });
        if (!result.ok) throw new Error(result.error);
        const differs = (Object.keys(set) as (keyof ItemFields)[]).filter((k) => JSON.stringify(before.fields[k]) !== JSON.stringify(set[k]));
        expect([...result.changed].sort()).toEqual(differs.sort());
        expect(before).toEqual(applyAll(base(), ops)); // inputs untouched
      }),
    );
  });
});
