/**
 * `callwatch extract <file.html | file.pdf | file.eml | https://…> [--url <page url>] [--now YYYY-MM-DD] [--allow-private] [--verbose]`:
 * runs the extractor on a saved page, PDF or newsletter, or a fetched page or PDF, and prints `{ items }` as JSON
 * (DESIGN.md "Command line"). A PDF is read as the service reads it (service/pdf), a newsletter as the mail poll reads
 * it (service/mail: its body, then each attached PDF; its sender is the organizer where the text names none).
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { isCalendarDate } from '../../shared/schema.ts';
import type { Draft } from '../../shared/extract/types.ts';
import { extractHtml } from '../extract/extract-html.ts';
import { fetchPage } from '../net/fetch-page.ts';
import { PDF_LIMITS } from '../pdf/limits.ts';
import { pdfToHtml } from '../pdf/pdf-to-html.ts';
import { MAIL_PAGE_URL } from '../mail/read-message.ts';
import { documentKind, readDocument, type DocumentPage } from './document.ts';
import { UsageError, type Command } from './command.ts';

const USAGE = 'callwatch extract <file.html | file.pdf | file.eml | https://…> [--url <page url>] [--now YYYY-MM-DD] [--allow-private] [--verbose]';

interface Options {
  target: string;
  url?: string;
  now?: string;
  allowPrivate: boolean;
  verbose: boolean;
}

function parseArgs(args: string[]): Options {
  const options: Partial<Options> & { allowPrivate: boolean; verbose: boolean } = { allowPrivate: false, verbose: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const valueOf = (name: string) => {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
      return value;
    };
    if (arg === '--url') options.url = valueOf('--url');
    else if (arg === '--now') options.now = valueOf('--now');
    else if (arg === '--allow-private') options.allowPrivate = true;
    else if (arg === '--verbose' || arg === '-v') options.verbose = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (options.target) throw new UsageError('give one file or URL');
    else options.target = arg;
  }
  if (!options.target) throw new UsageError('give a file or a URL');
  if (options.now !== undefined && !isCalendarDate(options.now)) throw new UsageError('--now must be a date YYYY-MM-DD');
  if (options.url !== undefined && !/^https?:\/\//i.test(options.url)) throw new UsageError('--url must be an http(s) URL');
  return options as Options;
}

/** The day as an instant: noon UTC lies on that calendar day in Berlin all year. */
function nowFrom(day: string | undefined): Date {
  return day ? new Date(`${day}T12:00:00Z`) : new Date();
}

/** The printed shape of a draft (DESIGN.md: `{ kind, title, deadline, deadlines, start, end, location, organizer, summary, url, confidence, evidence }`). */
function printable(d: Draft) {
  const { kind, title, deadline, deadlines, start, end, location, organizer, summary, url, confidence, evidence } = d;
  return { kind, title, deadline, deadlines, start, end, location, organizer, summary, url, confidence, evidence };
}

export const extractCommand: Command = {
  summary: 'extract calls and events from a saved page or a URL (JSON)',
  usage: USAGE,
  async run(args, io) {
    const options = parseArgs(args);
    const isUrl = /^https?:\/\//i.test(options.target);
    let document: DocumentPage;
    let pageUrl: string;
    if (isUrl) {
      const allowPrivate = options.allowPrivate || io.env.CALLWATCH_ALLOW_PRIVATE_SOURCES === '1';
      const page = await fetchPage(options.target, { allowPrivate, maxPdfBytes: PDF_LIMITS.maxBytes });
      if (page.status >= 400) throw new Error(`${options.target} answered HTTP ${page.status}`);
      document = { html: page.pdf ? (await pdfToHtml(page.pdf)).html : page.html, url: null, organizerHint: null, attachments: [] };
      pageUrl = options.url ?? page.url;
    } else {
      const path = resolve(io.cwd, options.target);
      const bytes = new Uint8Array(await readFile(path).catch((error: NodeJS.ErrnoException) => {
        throw new Error(error.code === 'ENOENT' ? `no such file: ${options.target}` : `cannot read ${options.target}: ${error.message}`);
      }));
      const kind = documentKind(basename(path), bytes);
      document = await readDocument(bytes, kind);
      // a newsletter without a web version has no address of its own (as in the mail poll)
      pageUrl = options.url ?? document.url ?? (kind === 'eml' ? MAIL_PAGE_URL : `file://${path}`);
    }
    const now = nowFrom(options.now);
    const pages = [{ name: options.target, html: document.html }, ...document.attachments.map((a) => ({ name: a.filename, ...a }))];
    const items: Draft[] = [];
    for (const page of pages) {
      if ('error' in page) {
        io.err(`${page.name}: ${page.error}`);
        continue;
      }
      const result = await extractHtml({ html: page.html, url: pageUrl, now });
      if (options.verbose) for (const d of result.diagnostics) io.err(`[${d.stage}] ${d.message}`);
      items.push(...result.items.map((d) => (d.organizer === null && document.organizerHint ? { ...d, organizer: document.organizerHint } : d)));
    }
    io.out(JSON.stringify({ items: items.map(printable) }, null, 2));
    return 0;
  },
};
