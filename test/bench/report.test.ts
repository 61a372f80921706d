import { describe, expect, it } from 'vitest';
import { markdown, meetsTarget, plainTable, ratio } from '../../bench/report.ts';
import type { BenchFigure } from '../../bench/types.ts';

const delta: BenchFigure = {
  name: 'empty delta pull',
  value: 6000,
  unit: 'req/s',
  target: '≥ 50 % of the bare route',
  baseline: { name: 'bare route', value: 10000 },
};
const rss: BenchFigure = { name: 'RSS', value: 180, unit: 'MB', target: '≤ 200 MB' };
const machine = { cpu: 'Test CPU', cores: 2, memoryGb: 24, node: 'v24.0.0', os: 'linux test', load: 1.5 };

describe('bench report', () => {
  it('reads targets against the value or, for a percentage, against the baseline', () => {
    expect(ratio(delta)).toBe(60);
    expect(meetsTarget(delta)).toBe(true);
    expect(meetsTarget({ ...delta, value: 4000 })).toBe(false);
    expect(meetsTarget(rss)).toBe(true);
    expect(meetsTarget({ ...rss, value: 201 })).toBe(false);
    expect(meetsTarget({ name: 'x', value: 1, unit: 'ms' })).toBeUndefined();
    expect(meetsTarget({ name: 'x', value: 1, unit: 'ms', target: 'fast' })).toBeUndefined();
  });

  it('compares a target written in another unit of the same kind (≤ 2 s for a figure in ms)', () => {
    expect(meetsTarget({ name: 'cycle', value: 1154, unit: 'ms', target: '≤ 2 s' })).toBe(true);
    expect(meetsTarget({ name: 'cycle', value: 2100, unit: 'ms', target: '≤ 2 s' })).toBe(false);
    expect(meetsTarget({ name: 'size', value: 39, unit: 'KB', target: '≤ 0.04 MB' })).toBe(true);
    expect(meetsTarget({ name: 'odd', value: 5, unit: 'ms', target: '≤ 2 MB' })).toBeUndefined();
    expect(meetsTarget({ name: 'rate', value: 5578, unit: 'alerts/s', target: '≥ 500 alerts/s' })).toBe(true);
  });

  it('writes a Markdown table with the ratio, the target mark, failures and the machine', () => {
    const text = markdown(
      [
        { bench: 'sync', figures: [delta, rss], seconds: 1 },
        { bench: 'popup', figures: [], error: 'Error: no browser\n    at x', seconds: 0 },
      ],
      machine,
      new Date('2026-11-22T10:00:00Z'),
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('| bench | figure | value | vs. baseline (same run) | target |');
    expect(lines[2]).toBe('| sync | empty delta pull | 6,000 req/s | 60 % of 10,000 req/s | ≥ 50 % of the bare route ✓ |');
    expect(lines[3]).toBe('| sync | RSS | 180 MB |  | ≤ 200 MB ✓ |');
    expect(lines[4]).toBe('| popup | failed: Error: no browser |  |  |  |');
    expect(text).toContain('Measured 2026-11-22 on Test CPU, 2 cores, 24 GB, Node v24.0.0, linux test, load average 1.5 at start');
  });

  it('aligns the plain table', () => {
    const lines = plainTable([{ bench: 'sync', figures: [delta, rss], seconds: 1 }]).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1].indexOf('6,000 req/s')).toBe(lines[2].indexOf('180 MB'));
  });
});
