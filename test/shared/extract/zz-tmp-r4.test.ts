import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { run } from './helpers.ts';
it('x', () => {
  for (const n of (process.env.CASES ?? '').split(',')) {
    const j = JSON.parse(readFileSync(`test/fixtures/corpus/extra/${n}.json`, 'utf8'));
    const r = run(readFileSync(`test/fixtures/corpus/extra/${n}.html`, 'utf8'), j.now, j.url);
    console.log(r.diagnostics.filter(d => d.stage !== 'structured' && d.stage !== 'boilerplate').map(d=>d.stage+': '+d.message).join('\n'));
  }
});
