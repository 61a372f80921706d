/** The watched-sources client: the run history's address, the edit's body, and the error envelope's named fields. */
import { describe, expect, it } from 'vitest';
import { ServiceError, sourcesClient } from '../../../extension/lib/api.ts';

const ID = '0190b000-0000-7000-8000-000000000001';

/** A fetch that records each request and answers with `status` and `body`. */
function answering(status: number, body: unknown) {
  const requests: { url: string; method: string; auth: string | null; body: unknown }[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    requests.push({ url: String(input), method: init?.method ?? 'GET', auth: headers.get('Authorization'), body: init?.body ? JSON.parse(String(init.body)) : null });
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  };
  return { fetchImpl, requests };
}

describe('sources client', () => {
  it('reads a source\'s runs from /sources/:id/runs', async () => {
    const run = { id: 'r1', trigger: 'manual', at: '2026-03-10T08:00:00.000Z', finishedAt: null, durationMs: null, status: 'running', httpStatus: null, found: 0, added: 0, changed: 0, errorCode: null, error: null };
    const { fetchImpl, requests } = answering(200, { runs: [run] });
    const runs = await sourcesClient('https://dienst.example/', ' tok ', fetchImpl).runs(ID);
    expect(runs).toEqual([run]);
    expect(requests).toEqual([{ url: `https://dienst.example/api/v1/sources/${ID}/runs`, method: 'GET', auth: 'Bearer tok', body: null }]);
  });

  it('sends an edit as PATCH with the changed fields, a removed selector as null', async () => {
    const saved = { id: ID, name: 'Land', url: 'https://land.example/neu', kind: 'listing', every: '1d', preset: null, enabled: true, nextRunAt: '2026-03-11T08:00:00.000Z', failures: 0, createdAt: '2026-03-01T08:00:00.000Z', updatedAt: '2026-03-10T08:00:00.000Z', lastRun: null };
    const { fetchImpl, requests } = answering(200, saved);
    // the answer is the source as saved, read with the sources API's contract (shared/api/sources.ts)
    expect(await sourcesClient('https://dienst.example', 'tok', answering(200, { id: ID }).fetchImpl).patchSource(ID, { every: '1d' }).catch((e: unknown) => e)).toBeInstanceOf(Error);
    expect(await sourcesClient('https://dienst.example', 'tok', fetchImpl).patchSource(ID, { url: 'https://land.example/neu', every: '1d', itemSelector: null })).toEqual(saved);
    expect(requests[0]).toMatchObject({ url: `https://dienst.example/api/v1/sources/${ID}`, method: 'PATCH', body: { url: 'https://land.example/neu', every: '1d', itemSelector: null } });
  });

  it('keeps the fields a validation error names, and only well-formed ones', async () => {
    const refusal = 'The address 10.0.0.1 points to an internal network and is not fetched.';
    const envelope = {
      error: {
        code: 'validation',
        message: refusal,
        details: { fields: [{ field: 'url', message: refusal }, { message: 'must set at least one field' }, { field: 'every' }, 'junk'] },
      },
    };
    const { fetchImpl } = answering(400, envelope);
    const failure = await sourcesClient('https://dienst.example', 'tok', fetchImpl).patchSource(ID, { url: 'http://10.0.0.1/' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ServiceError);
    expect(failure).toMatchObject({ status: 400, code: 'validation', message: envelope.error.message });
    expect((failure as ServiceError).fields).toEqual([
      { field: 'url', message: refusal },
      { field: '', message: 'must set at least one field' },
    ]);

    // an error without details (or not even JSON) has no fields
    const plain = await sourcesClient('https://dienst.example', 'tok', answering(403, { error: { code: 'forbidden', message: 'only an admin may manage sources' } }).fetchImpl).runs(ID).catch((e: unknown) => e);
    expect(plain).toMatchObject({ status: 403, code: 'forbidden', fields: [] });
  });
});
