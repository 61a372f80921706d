/** The OpenAPI document passes Redocly's recommended rules (the linter API clients and doc portals use). */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestApi } from '../helpers/suite.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
}

describe('OpenAPI document under @redocly/cli lint', () => {
  const api = useTestApi('sqlite');
  const dir = mkdtempSync(join(tmpdir(), 'callwatch-openapi-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has no errors and no warnings under the recommended rules', async () => {
    const { token } = await api.team();
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(await (await api.call('GET', '/api/v1/openapi.json', { token })).json()));
    const output = await new Promise<string>((done, fail) =>
      // exits 1 when it finds errors; the JSON report on stdout says what
      execFile(process.execPath, [join(ROOT, 'node_modules/@redocly/cli/bin/cli.js'), 'lint', file, '--format=json'], { cwd: dir, timeout: 60_000, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } }, (error, stdout) =>
        stdout ? done(stdout) : fail(error ?? new Error('no output')),
      ),
    );
    const report = JSON.parse(output.slice(output.indexOf('{'))) as LintReport;
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)).toEqual([]);
    expect(report.totals.errors).toBe(0);
  });

  it('gives every operation its own operationId, and the public routes no security', async () => {
    const { token } = await api.team();
    const doc = (await (await api.call('GET', '/api/v1/openapi.json', { token })).json()) as { paths: Record<string, Record<string, { operationId: string; security?: unknown[]; responses: Record<string, { content?: Record<string, unknown> }> }>> };
    const operations = Object.values(doc.paths).flatMap((methods) => Object.values(methods));
    const ids = operations.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths['/ics/{file}'].get.security).toEqual([]);
    expect(Object.keys(doc.paths['/ics/{file}'].get.responses['200'].content ?? {})).toEqual(['text/calendar']);
    expect(Object.keys(doc.paths['/api/v1/events'].get.responses['200'].content ?? {})).toEqual(['text/event-stream']);
    expect(doc.paths['/api/v1/items/{id}'].get.responses['404'].content).toHaveProperty('application/json');
    expect(doc.paths['/api/v1/items'].post.responses['409'].content).toHaveProperty('application/json');
  });
});
