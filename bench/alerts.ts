/**
 * Benchmark of the alert rules: `dueAlerts` over 100,000 generated items (target ≤ 100 ms, the budget for
 * one scheduler tick). Two lists: deadlines spread over a year (a real team list, mostly far off) and all deadlines
 * within the next three weeks (the worst case: every deadline needs its slots computed). Items come from a seeded
 * generator, so every run measures the same work; the value is the median of several runs.
 */
import { dueAlerts, defaultAlertRules, dateOfDay, dayNumber } from '../shared/alerts.ts';
import type { AlertItem } from '../shared/alerts.ts';
import type { Bench, BenchFigure } from './types.ts';

const ITEMS = 100_000;
const RUNS = 7;
const TARGET = '≤ 100 ms';
const NOW = Date.parse('2026-05-04T06:30:00Z'); // a Monday morning, just before the 08:00 slot

/** A small deterministic PRNG (mulberry32), so the generated list is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateItems(firstDay: number, spanDays: number, seed: number): AlertItem[] {
  const rnd = random(seed);
  const kinds = ['application', 'interest', 'registration', 'submission', 'other'] as const;
  const statuses = ['new', 'watching', 'applying', 'submitted', 'done', 'dismissed'] as const;
  return Array.from({ length: ITEMS }, (_, i) => ({
    id: `0190a7f0-0000-7000-8000-${String(i).padStart(12, '0')}`,
    status: statuses[Math.floor(rnd() * statuses.length)],
    deleted: rnd() < 0.05,
    // two-stage calls in a third of the items
    deadlines: Array.from({ length: rnd() < 0.33 ? 2 : 1 }, () => ({
      date: dateOfDay(firstDay + Math.floor(rnd() * spanDays)),
      time: rnd() < 0.4 ? `${String(9 + Math.floor(rnd() * 9)).padStart(2, '0')}:00` : undefined,
      label: 'Frist',
      kind: kinds[Math.floor(rnd() * kinds.length)],
    })),
    knownSince: rnd() < 0.2 ? new Date(NOW - Math.floor(rnd() * 20 * 86_400_000)).toISOString() : undefined,
  }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(items: AlertItem[]): number {
  const rules = defaultAlertRules();
  const since = NOW - 86_400_000;
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    dueAlerts(items, rules, NOW + 2 * 3_600_000, { since });
    times.push(performance.now() - start);
  }
  return Math.round(median(times) * 10) / 10;
}

/** Runs the alert benchmarks: one figure per list (median milliseconds of one `dueAlerts` call). */
export const benchAlerts: Bench = async () => {
  const today = dayNumber('2026-05-04');
  const figures: BenchFigure[] = [
    { name: 'dueAlerts, 100,000 items, deadlines over a year', value: measure(generateItems(today - 60, 365, 1)), unit: 'ms', target: TARGET },
    { name: 'dueAlerts, 100,000 items, all deadlines within 3 weeks', value: measure(generateItems(today, 21, 2)), unit: 'ms', target: TARGET },
  ];
  return figures;
};
