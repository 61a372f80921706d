/**
 * Live updates while an extension page is open: reads the service's event stream (GET /api/v1/events) and reports each
 * `change`. EventSource cannot send the bearer token, so the stream is read with fetch; it reconnects with backoff.
 */
import { backoffDelay } from './sync/backoff.ts';

/** Calls `onChange(cursor)` for every change event until `signal` aborts. Never throws. */
export async function followChanges(baseUrl: string, token: string, onChange: (cursor: number) => void, signal: AbortSignal, fetchImpl: typeof fetch = (...a) => fetch(...a)): Promise<void> {
  let failures = 0;
  while (!signal.aborted) {
    try {
      const response = await fetchImpl(`${baseUrl.replace(/\/+$/, '')}/api/v1/events`, { headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' }, signal });
      if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
      failures = 0;
      await readEvents(response.body, (event, data) => {
        if (event !== 'change') return;
        const cursor = Number((JSON.parse(data) as { cursor?: unknown }).cursor);
        if (Number.isFinite(cursor)) onChange(cursor);
      });
    } catch {
      // the stream broke or the service is away: try again after a pause
    }
    if (signal.aborted) return;
    failures += 1;
    await new Promise((r) => setTimeout(r, backoffDelay(failures)));
  }
}

/** Parses a text/event-stream body, calling `onEvent(name, data)` per event (comments and ids are skipped). */
export async function readEvents(body: ReadableStream<Uint8Array>, onEvent: (event: string, data: string) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length > 0) onEvent(event, data.join('\n'));
    }
  }
}
