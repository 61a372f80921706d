/**
 * The layer runs on every text node of large pages: inputs built to make regexes backtrack or to make the parsing
 * loop restart must still take time linear in their length. Budgets are generous (slow CI machines); a
 * catastrophic regex would blow them by orders of magnitude.
 */
import { describe, expect, it } from 'vitest';
import { findDatesAndTimes, findYearRanges } from '../../../../shared/extract/dates/index.ts';

const ADVERSARIAL: [string, string][] = [
  ['dotted numbers', '12.34.'.repeat(10_000)],
  ['dots', '1.'.repeat(30_000)],
  ['day lists without a month', '1. und '.repeat(10_000)],
  ['dashes', '1.-'.repeat(20_000)],
  ['slashes', '1/'.repeat(30_000)],
  ['times', '10:00–'.repeat(10_000)],
  ['spaces before a month', `1${' '.repeat(60_000)}Mai`],
  ['digits', '1234567890'.repeat(6_000)],
  ['vague words', 'Ende '.repeat(12_000)],
  ['amounts', '5.000 Euro, '.repeat(6_000)],
  ['phone numbers', 'Tel. 0228 20717-123 '.repeat(3_000)],
  ['year-less table', '07.04. 24.04. 25.04. '.repeat(3_000)],
  ['full dates', 'am 31.03.2022, 24:00 Uhr; '.repeat(2_500)],
];

function millis(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

describe('performance', () => {
  it.each(ADVERSARIAL)('%s (%#) stays fast', (_name, text) => {
    findDatesAndTimes(text.slice(0, 200)); // warm up
    expect(millis(() => findDatesAndTimes(text))).toBeLessThan(3_000);
    expect(millis(() => findYearRanges(text))).toBeLessThan(500);
  });

  it('grows linearly, not quadratically, with the text', () => {
    const unit = 'Frist: 07.04.2023, 12 Uhr. Tel. 0228 20717-0. Förderung 5.000 € (2025-2027). ';
    findDatesAndTimes(unit.repeat(200));
    const small = Math.max(1, millis(() => findDatesAndTimes(unit.repeat(1_000))));
    const large = millis(() => findDatesAndTimes(unit.repeat(8_000)));
    expect(large / small).toBeLessThan(40); // 8× the text; quadratic would be ~64×
  });

  it('answers a short text node in well under a millisecond on average', () => {
    const nodes = ['Anmeldung bis zum 11.Dezember', 'Veranstaltungsort', 'Telefon +49 228 20717-0', 'Do, 18. Februar 2016 – 19 Uhr', ''];
    for (const node of nodes) findDatesAndTimes(node);
    const rounds = 2_000;
    const total = millis(() => {
      for (let i = 0; i < rounds; i++) for (const node of nodes) findDatesAndTimes(node);
    });
    expect(total / (rounds * nodes.length)).toBeLessThan(1);
  });
});
