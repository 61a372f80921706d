/** `callwatch extract`: a saved page (any charset) or a URL (served locally) → `{ items }` JSON on stdout. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../service/cli/main.ts';

const PAGE = `<!DOCTYPE html><html lang="de"><head><meta charset="iso-8859-1"><title>Förderaufruf</title></head><body><main>
<h1>Förderaufruf Klimaschutz für Städte</h1><p>Anträge können bis zum 30. Juni 2024 gestellt werden. Gefördert werden Maßnahmen in Kommunen.</p></main></body></html>`;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), env: {}, cwd: process.cwd() }, out, err };
}

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('callwatch extract', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cw-extract-'));
  const file = path.join(dir, 'aufruf.html');
  writeFileSync(file, latin1(PAGE));
  let server: ReturnType<typeof createServer>;
  let base = '';

  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
      res.end(Buffer.from(latin1(PAGE)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads a local file in its declared charset and prints the drafts', async () => {
    const { io, out } = capture();
    const code = await main(['extract', file, '--url', 'https://example.org/aufruf', '--now', '2024-05-01'], io);
    expect(code).toBe(0);
    const { items } = JSON.parse(out.join(''));
    expect(items).toHaveLength(1);
    expect(Object.keys(items[0])).toEqual(['kind', 'title', 'deadline', 'deadlines', 'start', 'end', 'location', 'organizer', 'summary', 'url', 'confidence', 'evidence']);
    expect(items[0]).toMatchObject({ kind: 'call', title: 'Förderaufruf Klimaschutz für Städte', deadline: '2024-06-30', url: 'https://example.org/aufruf' });
    expect(items[0].deadlines[0]).toMatchObject({ date: '2024-06-30', kind: 'application' });
  });

  it('fetches a URL (private addresses only with --allow-private)', async () => {
    const refused = capture();
    expect(await main(['extract', `${base}/page`, '--now', '2024-05-01'], refused.io)).toBe(1);
    const { io, out } = capture();
    expect(await main(['extract', `${base}/page`, '--now', '2024-05-01', '--allow-private'], io)).toBe(0);
    const { items } = JSON.parse(out.join(''));
    expect(items[0]).toMatchObject({ title: 'Förderaufruf Klimaschutz für Städte', url: `${base}/page` });
  });

  it('refuses bad arguments with a usage error', async () => {
    const { io, err } = capture();
    expect(await main(['extract', file, '--now', '2024-13-01'], io)).toBe(2);
    expect(err.join('')).toContain('--now');
    expect(await main(['extract'], capture().io)).toBe(2);
    expect(await main(['extract', path.join(dir, 'missing.html')], capture().io)).toBe(1);
  });
});
