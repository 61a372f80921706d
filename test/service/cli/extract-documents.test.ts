/** `callwatch extract file.pdf | file.eml`: a PDF read as the service reads it, a newsletter as the mail poll parses it. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './helpers.ts';

const CORPUS = join(ROOT, 'test/fixtures/corpus');

describe('callwatch extract on a PDF and an e-mail', () => {
  it('reads a PDF call and its deadline', async () => {
    const { code, stdout } = await cli(['extract', join(CORPUS, 'pdf-2026-12/klimaschutz-wettbewerb-klimaaktive-kommune-2022.pdf'), '--now', '2022-01-24'], { cwd: ROOT });
    expect(code).toBe(0);
    const { items } = JSON.parse(stdout);
    expect(items.map((i: { kind: string; deadline: string }) => [i.kind, i.deadline])).toEqual([['call', '2022-03-31']]);
  }, 30_000);

  it('reads a forwarded newsletter as its original; its sender is the organizer hint; the address is its web version or none', async () => {
    const { code, stdout } = await cli(['extract', join(CORPUS, 'mail-2026-12/skew-zusammen-staerker-prozessbegleitung-2022-outlook-weiterleitung.eml'), '--now', '2022-07-20'], { cwd: ROOT });
    expect(code).toBe(0);
    const { items } = JSON.parse(stdout);
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((i: { deadline: string }) => i.deadline === '2022-09-30')).toBe(true);
    for (const i of items) expect(i.url).not.toContain('file://');
  }, 30_000);
});
