/**
 * The route table (service/app.ts ROUTES) is the one place routes are mounted and described: in each mounted route
 * file every route has its description and every description its route, at the same method and path relative to the
 * mount, so the OpenAPI document cannot drift from the mounts. (routes/openapi.test.ts checks the assembled document.)
 */
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../service/app.ts';
import { joinPath, mountDocs } from '../../service/openapi.ts';
import { openapiDocs, openapiRoute } from '../../service/routes/openapi.ts';

/** A Hono app's routes as `method path`, once each (a route with middleware is listed once per handler). */
const served = (app: { routes: { method: string; path: string }[] }) =>
  new Set(app.routes.filter((route) => route.method !== 'ALL').map((route) => `${route.method.toLowerCase()} ${route.path}`));

describe('the route table', () => {
  it('describes every route of each mount and mounts every description', () => {
    for (const route of [...ROUTES, { base: '/api/v1/openapi.json', app: openapiRoute([]), docs: openapiDocs }]) {
      const described = route.docs.map((doc) => `${doc.method} ${doc.path}`);
      expect(new Set(described).size, route.base).toBe(described.length);
      expect([...served(route.app)].sort(), route.base).toEqual([...described].sort());
    }
  });

  it('gives each operation one full path', () => {
    const operations = ROUTES.flatMap((route) => mountDocs(route.base, route.docs)).map((doc) => `${doc.method} ${doc.path}`);
    expect(new Set(operations).size).toBe(operations.length);
    expect(operations).toContain('post /api/v1/items/:id/mute');
    expect(operations).toContain('get /health');
  });

  it('joins a mount and a relative path', () => {
    expect(joinPath('/api/v1/items', '/')).toBe('/api/v1/items');
    expect(joinPath('/api/v1/items', '/:id')).toBe('/api/v1/items/:id');
  });
});
