/**
 * POST /api/v1/extract — `{ url, html? }` → the extraction result (DESIGN.md "HTTP API"). Without `html` the service
 * fetches `url` itself under the same address rules as watched sources (no private targets unless allowed).
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { LIMITS } from '../../shared/schema.ts';
import type { AppEnv } from '../env.ts';
import { extractHtml } from '../extract/extract-html.ts';
import { errorResponse } from '../middleware/envelope.ts';
import { validate } from '../middleware/validate.ts';
import { FetchError } from '../net/fetch-error.ts';
import { fetchPage } from '../net/fetch-page.ts';
import { describeRoute } from '../openapi.ts';
import { runtimeFor } from '../sources/runtime.ts';

export const ExtractBodySchema = v.strictObject({
  url: v.pipe(v.string(), v.maxLength(LIMITS.url), v.url('must be a URL'), v.regex(/^https?:\/\//i, 'must be an http(s) URL')),
  /** the page as the browser has it; absent: the service fetches `url` */
  html: v.optional(v.string()),
  /** a part of the page the user selected */
  selection: v.optional(v.pipe(v.string(), v.maxLength(100_000))),
});

const ExtractResultSchema = v.object({
  items: v.array(v.looseObject({ kind: v.picklist(['call', 'event']), title: v.string() })),
  diagnostics: v.optional(v.unknown()),
});

export const extractDocs = [
  describeRoute({
    method: 'post',
    path: '/api/v1/extract',
    summary: 'read a page: the calls and events found on it (fetches url when no html is given)',
    body: ExtractBodySchema,
    responses: { 200: { description: 'the extraction result', schema: ExtractResultSchema } },
  }),
];

export const extract = new Hono<AppEnv>().post('/', validate('json', ExtractBodySchema), async (c) => {
  const deps = c.get('deps');
  const { url, html, selection } = c.req.valid('json');
  let page = html;
  let pageUrl = url;
  if (page === undefined) {
    const { policy } = await runtimeFor(deps);
    try {
      const fetched = await fetchPage(url, policy);
      if (fetched.status >= 400) return errorResponse(c, 400, 'http_error', `${url} answered HTTP ${fetched.status}`);
      page = fetched.html;
      pageUrl = fetched.url;
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      return errorResponse(c, 400, error.code, error.message, { messageDe: error.messageDe });
    }
  }
  return c.json(await extractHtml({ html: page, url: pageUrl, now: new Date(deps.now()), selection }));
});
