import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { toJsonSchema } from '@valibot/to-json-schema';
import { CreateItemBodySchema } from '../../../shared/api/items.ts';
import { PullQuerySchema } from '../../../shared/api/sync.ts';
import { expectError } from '../helpers/expect.ts';
import { useTestApi } from '../helpers/suite.ts';

describe('GET /api/v1/openapi.json', () => {
  const api = useTestApi('sqlite');

  it('needs a token like every /api/v1 route', async () => {
    await expectError(await api.call('GET', '/api/v1/openapi.json'), 401);
  });

  it('describes every route, generated from the schemas the routes validate with', async () => {
    const { token } = await api.team();
    const res = await api.call('GET', '/api/v1/openapi.json', { token });
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    // this helper's routes, by name…
    expect(operations).toEqual(
      expect.arrayContaining([
        'GET /health',
        'GET /api/v1/me',
        'GET /api/v1/members',
        'POST /api/v1/members',
        'DELETE /api/v1/members/{id}',
        'GET /api/v1/items',
        'POST /api/v1/items',
        'GET /api/v1/items/{id}',
        'PATCH /api/v1/items/{id}',
        'DELETE /api/v1/items/{id}',
        'POST /api/v1/sync/push',
        'GET /api/v1/sync/pull',
        'GET /api/v1/events',
        'GET /api/v1/openapi.json',
      ]),
    );
    // …and structurally: every route the app serves is described, nothing more
    const served = api.app.routes
      .filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path.replace(/:([A-Za-z_]+)/g, '{$1}')}`);
    expect([...new Set(served)].sort()).toEqual([...operations].sort());
    const { $schema: _s, ...createBody } = toJsonSchema(CreateItemBodySchema, { target: 'draft-2020-12', errorMode: 'ignore', typeMode: 'input' }) as Record<string, unknown>;
    expect(doc.paths['/api/v1/items'].post.requestBody.content['application/json'].schema).toEqual(createBody);
    expect(createBody.additionalProperties).toBe(false);
    expect(Object.keys(v.partial(CreateItemBodySchema).entries).every((k) => k in (createBody.properties as object))).toBe(true);
    const pullParams = doc.paths['/api/v1/sync/pull'].get.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`);
    expect(pullParams).toEqual(Object.keys(PullQuerySchema.entries).map((k) => `query:${k}`));
    expect(doc.paths['/api/v1/items/{id}'].get.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true });
    expect(doc.paths['/api/v1/sync/push'].post.requestBody.content['application/json'].schema.properties.ops.items.properties.set).toBeDefined();
    expect(doc.paths['/api/v1/items'].post.responses['401']).toBeDefined();
    expect(doc.paths['/health'].get.security).toEqual([]);
  });
});
