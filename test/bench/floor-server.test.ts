import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFloorServer } from '../../bench/floor-process.ts';
import { SECURE_HEADERS } from '../../service/middleware/secure-headers.ts';

const TOKEN = `cw_${'t'.repeat(43)}`;

describe('the floor server of npm run bench -- floor', () => {
  it('does all the empty delta pull must do: token check, query check, headers, one log line per request', { timeout: 30_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'callwatch-floor-test-'));
    const logPath = join(dir, 'floor.log');
    const server = await startFloorServer(TOKEN, logPath);
    try {
      const port = server.port;
      const get = (path: string, token?: string) => fetch(`http://127.0.0.1:${port}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });

      const ok = await get('/floor/full?since=42', TOKEN);
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ items: [], cursor: 42, more: false });
      for (const [name, value] of SECURE_HEADERS) expect(ok.headers.get(name)).toBe(value);
      expect(ok.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect((await get('/floor/full?since=42', `cw_${'x'.repeat(43)}`)).status).toBe(401);
      expect((await get('/floor/full?since=-1', TOKEN)).status).toBe(400);
      expect((await get('/floor/no-headers?since=1', TOKEN)).headers.get('x-content-type-options')).toBeNull();
      expect((await get('/floor/no-log?since=1', TOKEN)).status).toBe(200);
      expect(await (await get('/bench/bare')).json()).toEqual({ ok: true });

      await new Promise((r) => setTimeout(r, 800)); // the log is flushed at least every half second
      const lines = readFileSync(logPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { msg: string; status: number; path: string });
      // one line per request on the routes that log (full ×3, no-headers ×1); none for no-log and the bare route
      expect(lines.filter((l) => l.msg === 'request').map((l) => [l.path, l.status])).toEqual([
        ['/floor/full', 200],
        ['/floor/full', 401],
        ['/floor/full', 400],
        ['/floor/no-headers', 200],
      ]);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
