/**
 * The extraction's worst cases in the bench (issue 14, item 4: 100,000-deep nesting, 5,000 dates, 20 MB — each under
 * 2 s): the pages of test/shared/extract/worst-cases.test.ts, each read once, the parse and the extraction timed apart.
 * The test checks what they extract; how long they take is measured here.
 */
import { load } from 'cheerio';
import { parseHTML } from 'linkedom';
import { domView } from '../extension/lib/dom-view.ts';
import { cheerioView } from '../service/extract/cheerio-view.ts';
import { extract } from '../shared/extract/index.ts';

const NOW = new Date('2026-01-15T12:00:00Z');
const URL = 'https://example.org/aufruf';
const MB = 1024 * 1024;

/** How large each worst case is (the issue's sizes by default; the bench's own test asks for small ones). */
export interface WorstSizes {
  depth: number;
  dates: number;
  megabytes: number;
}

export const ISSUE_SIZES: WorstSizes = { depth: 100_000, dates: 5_000, megabytes: 20 };

export interface WorstCase {
  name: string;
  /** building the page: cheerio.load of its HTML, or the DOM calls that nest it */
  parseMs: number;
  /** the extraction as the service or the clip runs it: adapter (with its own parse) and pipeline */
  extractMs: number;
  items: number;
}

const page = (body: string) => `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Test</title></head><body>${body}</body></html>`;

/** A call at the bottom of `depth` nested elements, built through the DOM API (no parser nests that deep). */
function deepNesting(depth: number): WorstCase {
  let t = performance.now();
  const { document } = parseHTML(page('<h1>Förderaufruf Dorfgemeinschaft 2026</h1>'));
  let box = document.body as unknown as Element;
  for (let i = 0; i < depth; i++) box = box.appendChild(document.createElement(i % 2 ? 'span' : 'div'));
  box.appendChild(document.createTextNode('Anträge können bis zum 31.03.2026 eingereicht werden.'));
  const parseMs = performance.now() - t;
  t = performance.now();
  const { items } = extract({ view: domView(document as unknown as Document), url: URL, now: NOW });
  return { name: `${depth.toLocaleString('en-US')}-deep nesting (DOM adapter)`, parseMs, extractMs: performance.now() - t, items: items.length };
}

/** A page read through the Cheerio adapter, as the service reads it. */
function fromHtml(name: string, html: string): WorstCase {
  let t = performance.now();
  load(html);
  const parseMs = performance.now() - t;
  t = performance.now();
  const { items } = extract({ view: cheerioView(html), url: URL, now: NOW });
  return { name, parseMs, extractMs: performance.now() - t, items: items.length };
}

function calendar(dates: number): string {
  const entries = Array.from({ length: dates }, (_, i) => `<li>${1 + (i % 28)}.${1 + (i % 12)}.2026, 10 Uhr: Workshop Nummer ${i} im Rathaus</li>`);
  return page(`<main><h1>Veranstaltungskalender</h1><ul>${entries.join('')}</ul></main>`);
}

function large(megabytes: number): string {
  const paragraph = '<p>Die Gemeinde informiert über Straßenbau, Abfallkalender und Öffnungszeiten der Bürgerämter im Landkreis.</p>';
  const filler = `<div class="abschnitt">${paragraph.repeat(40)}</div>`.repeat(Math.ceil((megabytes * MB) / (paragraph.length * 40 + 30)) + 10);
  return page(`<main><h1>Förderaufruf Dorfladen</h1><p>Antragsfrist: 30.06.2026</p>${filler}</main>`);
}

/** Each worst case once, in turn. */
export function worstCaseTimes(sizes: WorstSizes = ISSUE_SIZES): WorstCase[] {
  return [
    deepNesting(sizes.depth),
    fromHtml(`${sizes.dates.toLocaleString('en-US')} dates`, calendar(sizes.dates)),
    fromHtml(`${sizes.megabytes} MB page`, large(sizes.megabytes)),
  ];
}
