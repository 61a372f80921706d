import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from '../../../service/extract/lazy-cheerio.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Node with tsx, in a fresh process: notes every import or require of cheerio (a module hook sees both), imports
 * the service's entry, then parses a page.
 */
const probe = `
  const { registerHooks } = await import('node:module');
  const seen = [];
  registerHooks({ resolve(specifier, context, next) { if (specifier === 'cheerio') seen.push(specifier); return next(specifier, context); } });
  await import('./service/main.ts');
  const before = seen.length > 0;
  const { load } = await import('./service/extract/lazy-cheerio.ts');
  const text = load('<p>hallo</p>')('p').text();
  console.log(JSON.stringify({ before, text, after: seen.length > 0 }));
`;

describe('lazy cheerio', () => {
  it('parses like cheerio.load', () => {
    const $ = load('<ul><li>a</li><li class="x">b</li></ul>');
    expect($('li.x').text()).toBe('b');
    expect(load('<feed><entry><title>t</title></entry></feed>', { xml: true })('entry > title').text()).toBe('t');
  });

  it('is not loaded when the service starts, only on first use', { timeout: 30_000 }, async () => {
    const output = await new Promise<string>((done, fail) =>
      execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], { cwd: ROOT }, (error, stdout, stderr) =>
        error ? fail(new Error(stderr)) : done(stdout),
      ),
    );
    expect(JSON.parse(output.trim().split('\n').pop()!)).toEqual({ before: false, text: 'hallo', after: true });
  });
});
