import { describe, expect, it } from 'vitest';
import { followChanges, readEvents } from '../../../extension/lib/live-updates.ts';

const stream = (chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(new TextEncoder().encode(c));
      controller.close();
    },
  });

describe('live updates', () => {
  it('parses events split across chunks and skips comments', async () => {
    const seen: [string, string][] = [];
    await readEvents(stream([': connected\n\n', 'event: change\nid: 4\nda', 'ta: {"cursor": 4}\n\n: keep-alive\n\nevent: change\r\ndata: {"cursor":5}\r\n\r\n']), (e, d) => seen.push([e, d]));
    expect(seen).toEqual([
      ['change', '{"cursor": 4}'],
      ['change', '{"cursor":5}'],
    ]);
  });

  it('reports change cursors with the bearer token and stops when aborted', async () => {
    const stop = new AbortController();
    const cursors: number[] = [];
    let auth = '';
    const fakeFetch = (async (_url: string, init: RequestInit) => {
      auth = (init.headers as Record<string, string>).Authorization;
      return new Response(stream(['event: change\ndata: {"cursor":7}\n\n']), { status: 200 });
    }) as unknown as typeof fetch;
    const done = followChanges('http://127.0.0.1:1/', 'cw_t', (c) => {
      cursors.push(c);
      stop.abort();
    }, stop.signal, fakeFetch);
    await done;
    expect(cursors).toEqual([7]);
    expect(auth).toBe('Bearer cw_t');
  });
});
