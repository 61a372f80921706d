import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { load } from '../../service/extract/lazy-cheerio.ts';
import { LAZY_PACKAGES as LAZY } from './helpers/lazy-packages.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Node with tsx, in a fresh process: a module hook notes every bare specifier imported or required (it sees both),
 * then the service is imported, started on a new SQLite file and closed — what had been loaded by then is noted —
 * and then every loader is called once, with a real export of each module checked.
 */
const probe = `
  const { registerHooks } = await import('node:module');
  const seen = new Set();
  registerHooks({
    resolve(specifier, context, next) {
      if (!/^[.\\/]|^[a-z]+:/.test(specifier)) seen.add(specifier);
      return next(specifier, context);
    },
  });
  const { startService } = await import('./service/main.ts');
  const quiet = { out() {}, err() {} };
  const service = await startService({ port: 0, host: '127.0.0.1', database: process.env.PROBE_DB, origins: [], logLevel: 'silent' }, quiet);
  const answer = await fetch(service.url + '/health').then((r) => r.status);
  await service.close();
  const atStart = [...seen];

  const lazy = await import('./service/lazy.ts');
  const { load } = await import('./service/extract/lazy-cheerio.ts');
  const ical = await lazy.icalGenerator();
  const works = {
    cheerio: load('<p>hallo</p>')('p').text() === 'hallo',
    undici: typeof (await lazy.undici()).Agent === 'function',
    nodemailer: typeof (await lazy.nodemailer()).createTransport === 'function',
    webPush: typeof (await lazy.webPush()).generateRequestDetails === 'function',
    robotsParser: (await lazy.robotsParser())('https://a.example/robots.txt', 'User-agent: *\\nDisallow: /x').isAllowed('https://a.example/x') === false,
    icalGenerator: typeof ical.ical.ICalCalendar === 'function' && /BEGIN:VTIMEZONE/.test(ical.getVtimezoneComponent('Europe/Berlin') ?? ''),
    pdfjs: typeof (await lazy.pdfjs()).getDocument === 'function',
    pg: typeof (await lazy.pg()).Pool === 'function',
    imapflow: typeof (await lazy.imapflow()).ImapFlow === 'function',
    mailparser: typeof (await lazy.mailparser()).simpleParser === 'function',
    extraction: typeof (await lazy.extraction()).extract === 'function',
    once: (await lazy.undici()) === (await lazy.undici()),
  };
  console.log(JSON.stringify({ answer, atStart, afterUse: [...seen], works }));
`;

interface ProbeResult {
  answer: number;
  atStart: string[];
  afterUse: string[];
  works: Record<string, boolean>;
}

/** The packages among the specifiers (a package's subpaths count as the package). */
const packagesIn = (specifiers: string[]) => LAZY.filter((name) => specifiers.some((s) => s === name || s.startsWith(`${name}/`)));

describe('lazy cheerio', () => {
  it('parses like cheerio.load', () => {
    const $ = load('<ul><li>a</li><li class="x">b</li></ul>');
    expect($('li.x').text()).toBe('b');
    expect(load('<feed><entry><title>t</title></entry></feed>', { xml: true })('entry > title').text()).toBe('t');
  });
});

describe('modules loaded on first use', () => {
  const dir = mkdtempSync(join(tmpdir(), 'callwatch-lazy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are not loaded when the service is imported and started, and work at their first use', { timeout: 60_000 }, async () => {
    const output = await new Promise<string>((done, fail) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', probe],
        { cwd: ROOT, env: { ...process.env, PROBE_DB: join(dir, 'lazy.db') } },
        (error, stdout, stderr) => (error ? fail(new Error(stderr)) : done(stdout)),
      ),
    );
    const result = JSON.parse(output.trim().split('\n').pop()!) as ProbeResult;
    expect(result.answer).toBe(200); // the service did start and answer
    expect(packagesIn(result.atStart)).toEqual([]);
    // the hook did see them once used: the loaders load what they name
    expect(packagesIn(result.afterUse)).toEqual(LAZY);
    expect(result.works).toEqual({
      cheerio: true,
      undici: true,
      nodemailer: true,
      webPush: true,
      robotsParser: true,
      icalGenerator: true,
      pdfjs: true,
      pg: true,
      imapflow: true,
      mailparser: true,
      extraction: true,
      once: true,
    });
  });
});
