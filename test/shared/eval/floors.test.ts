/**
 * The floor gate: a batch or the pool below a pinned floor fails, a batch without a floor is only reported, and
 * pinning never lowers a floor — a new batch gets its own at today's figures.
 */
import { describe, expect, it } from 'vitest';
import { crossValidate, type Extractor, type LabelledCase } from '../../../shared/eval/cross-validate.ts';
import { BATCH_SLACK, checkFloors, raiseFloors, roundDown, type Floors } from '../../../shared/eval/floors.ts';

const item = (title: string, deadline: string) => ({ kind: 'call', title, deadline, deadlines: [deadline], start: null, end: null, location: null, organizer: null });

/** Ten pages on ten sites: batch good is read right, batch weak has every second page's deadline wrong. */
const cases: LabelledCase[] = Array.from({ length: 10 }, (_, i) => ({
  batch: i < 6 ? 'good' : 'weak',
  name: `page-${i}`,
  html: String(i),
  url: `https://site-${i}.de/`,
  now: '2026-01-15',
  items: [item(`Förderaufruf Nummer${i}`, '2026-03-31')],
}));
const extractor: Extractor = (page) => {
  const i = Number(page.html);
  return [item(`Förderaufruf Nummer${i}`, i >= 6 && i % 2 === 0 ? '2026-04-30' : '2026-03-31')];
};
const crossValidated = (pages = cases) => crossValidate(pages, () => extractor);

const empty: Floors = { pooled: { batches: [], floors: {} }, batches: {} };

describe('floors', () => {
  it('rounds figures down to two decimals', () => {
    expect(roundDown(0.95)).toBe(0.95);
    expect(roundDown(0.9599)).toBe(0.95);
    expect(roundDown(1)).toBe(1);
  });

  it('pins every batch one item below today’s figures and the pool at them, and the gate holds', async () => {
    const cv = await crossValidated();
    const floors = raiseFloors(empty, cv);
    expect(floors.pooled.batches).toEqual(['good', 'weak']);
    expect(floors.batches.good.fields).toBe(1 - BATCH_SLACK);
    expect(floors.batches.weak['deadline.f1']).toBe(0.47);
    expect(floors.pooled.floors.fields).toBe(roundDown(cv.pooled.fields));
    expect(checkFloors(floors, cv)).toEqual({ failures: [], unfloored: [] });
  });

  it('fails a batch or the pool below its floor', async () => {
    const cv = await crossValidated();
    const floors = raiseFloors(empty, cv);
    floors.batches.weak['deadline.f1'] = 0.6;
    floors.pooled.floors.precision = 1; // met exactly: not a failure
    floors.pooled.floors.fields = 0.99;
    const { failures } = checkFloors(floors, cv);
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatch(/^weak: deadline\.f1 0\.500 < floor 0\.6$/);
    expect(failures[1]).toMatch(/^pooled \(good, weak\): fields 0\.\d+ < floor 0\.99$/);
  });

  it('reports a batch without a floor and judges the pool only over the floored batches', async () => {
    const floors = raiseFloors(empty, await crossValidated(cases.filter((c) => c.batch === 'good')));
    const gate = checkFloors(floors, await crossValidated());
    expect(gate).toEqual({ failures: [], unfloored: ['weak'] });
  });

  it('fails when a floored batch has disappeared', async () => {
    const floors = raiseFloors(empty, await crossValidated());
    expect(checkFloors(floors, await crossValidated(cases.filter((c) => c.batch === 'good'))).failures).toEqual(['weak: the batch has a floor but no pages']);
  });

  it('never lowers a floor; a new batch gets its own and the pool is pinned again over the new list', async () => {
    const old = raiseFloors(empty, await crossValidated(cases.filter((c) => c.batch === 'good')));
    const raised = raiseFloors({ ...old, batches: { ...old.batches, good: { ...old.batches.good, fields: 1 } } }, await crossValidated());
    expect(raised.batches.good.fields).toBe(1);
    expect(raised.batches.weak.fields).toBe(roundDown(raised.batches.weak.fields));
    expect(raised.pooled.batches).toEqual(['good', 'weak']);
    expect(raised.pooled.floors.fields).toBeLessThan(old.pooled.floors.fields);
    const higher = { ...raised, batches: { ...raised.batches, weak: { ...raised.batches.weak, fields: 0.99 } } };
    expect(raiseFloors(higher, await crossValidated()).batches.weak.fields).toBe(0.99);
  });
});
