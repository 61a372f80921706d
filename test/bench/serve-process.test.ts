import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveNodeFlags } from '../../bench/serve-process.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('bench service process', () => {
  it('starts the compiled service with the V8 flags npm start gives it (one file for both)', () => {
    const flags = serveNodeFlags();
    expect(flags).toContain('--max-semi-space-size=1');
    expect(flags.every((flag) => /^--[a-z-]+=\d+$/.test(flag))).toBe(true);
    const start = readFileSync(resolve(ROOT, 'scripts/start.sh'), 'utf8');
    expect(start).toMatch(/exec node \$\(grep -v '\^#' scripts\/serve-node-flags\) dist\/callwatch\.mjs serve "\$@"/);
    // npm start builds what it runs
    expect(start.indexOf('node scripts/build-service.mjs')).toBeGreaterThan(-1);
    expect(start.indexOf('node scripts/build-service.mjs')).toBeLessThan(start.indexOf('dist/callwatch.mjs serve'));
  });
});
