/**
 * OpenAPI 3.1 assembled from the route descriptions the routes themselves validate with — the valibot schemas are
 * rendered by @valibot/to-json-schema, so there is no hand-written copy to drift.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import { ErrorSchema } from './schemas.ts';

export interface RouteDoc {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** path in Hono style relative to the route's mount (`/:id` under `/api/v1/items`; `/` is the mount itself) */
  path: string;
  summary: string;
  /** the operation's name for generated clients; default: method and path ("getItemsById") */
  operationId?: string;
  /** bearer token required (default true) */
  auth?: boolean;
  params?: GenericSchema;
  query?: GenericSchema;
  body?: GenericSchema;
  responses: Record<number, { description: string; schema?: GenericSchema; contentType?: string }>;
}

/** Declares a route's description; the route passes its `params`/`query`/`body` to validate(). */
export function describeRoute<const T extends RouteDoc>(doc: T): T {
  return doc;
}

/** A route's mount and path joined: `/api/v1/items` + `/:id` → `/api/v1/items/:id`, + `/` → `/api/v1/items`. */
export function joinPath(base: string, path: string): string {
  return path === '/' ? base : base + path;
}

/** The route descriptions of an app mounted at `base`, with their full paths. */
export function mountDocs(base: string, docs: readonly RouteDoc[]): RouteDoc[] {
  return docs.map((doc) => ({ ...doc, path: joinPath(base, doc.path) }));
}

type Json = Record<string, unknown>;

const jsonSchema = (schema: GenericSchema, typeMode: 'input' | 'output'): Json =>
  // checks without a JSON Schema form (real calendar dates, …) are left out of the document, not refused
  toJsonSchema(schema, { target: 'draft-2020-12', errorMode: 'ignore', typeMode }) as Json;

function parameters(schema: GenericSchema | undefined, location: 'path' | 'query'): Json[] {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { $schema: _ignored, ...rest } = property;
    return { name, in: location, required: location === 'path' || (object.required ?? []).includes(name), schema: rest };
  });
}

function strip(schema: Json): Json {
  const { $schema: _ignored, ...rest } = schema;
  return rest;
}

const ERRORS: Record<number, string> = {
  400: 'invalid input (details.fields names the failing fields)',
  401: 'missing, malformed or unknown token',
  403: 'the role may not do this',
  404: 'not found',
  413: 'body larger than 1 MB',
  429: 'too many failed authentications (Retry-After)',
};

/** "get" + "/api/v1/items/:id/mute" → "getItemsByIdMute": unique as long as method and path are. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api\/v1(?=\/|$)/, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? `By-${segment.slice(1)}` : segment))
    .flatMap((segment) => segment.split(/[^A-Za-z0-9]+/).filter(Boolean));
  return method + words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

/** A response's body: the schema as JSON, a declared non-JSON type as text, an error status as the error envelope. */
function responseContent(status: number, response: RouteDoc['responses'][number]): Json | undefined {
  if (response.schema) return { [response.contentType ?? 'application/json']: { schema: strip(jsonSchema(response.schema, 'output')) } };
  if (response.contentType) return { [response.contentType]: { schema: { type: 'string' } } };
  if (status >= 400) return { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
  return undefined;
}

/** The OpenAPI 3.1 document for the given routes (their full paths: see mountDocs). */
export function buildOpenApi(docs: readonly RouteDoc[], version: string): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const doc of docs) {
    const path = doc.path.replace(/:([A-Za-z_]+)/g, '{$1}');
    const responses: Record<string, Json> = {};
    for (const [status, response] of Object.entries(doc.responses)) {
      const content = responseContent(Number(status), response);
      responses[status] = content ? { description: response.description, content } : { description: response.description };
    }
    const errors = doc.auth === false ? [400, 404] : [400, 401, 403, 404, 413, 429];
    for (const status of errors) {
      responses[status] ??= { description: ERRORS[status], content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    }
    paths[path] ??= {};
    paths[path][doc.method] = {
      operationId: doc.operationId ?? operationIdOf(doc.method, doc.path),
      summary: doc.summary,
      ...(doc.auth === false ? { security: [] } : {}),
      parameters: [...parameters(doc.params, 'path'), ...parameters(doc.query, 'query')],
      ...(doc.body ? { requestBody: { required: true, content: { 'application/json': { schema: strip(jsonSchema(doc.body, 'input')) } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'callwatch',
      version,
      description:
        'Funding calls and events for German municipalities: a team watchlist kept in sync. Error messages (`error.message`, ' +
        '`error.details.fields[].message`) are German unless the request\'s `Accept-Language` prefers English; the answer ' +
        'names its language in `Content-Language` (with `Vary: Accept-Language`). `error.code` is the same in both.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    // the document is served by the service it describes: paths are relative to where it was fetched from
    servers: [{ url: '/', description: 'this callwatch service' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'cw_… API token' } },
      schemas: { Error: strip(jsonSchema(ErrorSchema, 'output')) },
    },
    security: [{ bearer: [] }],
    paths,
  };
}
