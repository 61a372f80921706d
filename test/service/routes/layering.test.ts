/**
 * One name per layer in the service (docs/architecture.md): a route validates and answers, the service layer decides
 * (who may, what happens) and the stores query. Routes never reach storage, and never check roles themselves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROUTES = join(import.meta.dirname, '../../../service/routes');
const sources = readdirSync(ROUTES)
  .filter((f) => f.endsWith('.ts'))
  .map((file) => ({ file, text: readFileSync(join(ROUTES, file), 'utf8') }));

describe('the routes layer', () => {
  it('imports no store, repository or table module', () => {
    const offending = sources.filter(({ text }) => /from '\.\.\/(store\/|[\w/-]*(-store|repository|tables)\.ts')/.test(text)).map(({ file }) => file);
    expect(offending).toEqual([]);
  });

  it('hands no database handle to anything', () => {
    expect(sources.filter(({ text }) => /\.db\b/.test(text)).map(({ file }) => file)).toEqual([]);
  });

  it('leaves role checks to the service layer', () => {
    expect(sources.filter(({ text }) => /require(Admin|Writer)\(|\.role\s*[!=]==/.test(text)).map(({ file }) => file)).toEqual([]);
  });
});
