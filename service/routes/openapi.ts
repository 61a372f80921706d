/** GET /api/v1/openapi.json — the API as OpenAPI 3.1, built once from the routes' own descriptions. */
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { buildOpenApi, describeRoute, type RouteDoc } from '../openapi.ts';

export const openapiDocs = [
  describeRoute({ method: 'get', path: '/', summary: 'this document', responses: { 200: { description: 'OpenAPI 3.1' } } }),
];

/** The route serving the document for the given route descriptions. */
export function openapiRoute(docs: readonly RouteDoc[]) {
  let document: Record<string, unknown> | undefined;
  return new Hono<AppEnv>().get('/', (c) => {
    document ??= buildOpenApi(docs, c.get('deps').version);
    return c.json(document);
  });
}
