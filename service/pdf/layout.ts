/**
 * From a PDF's positioned text runs to the blocks a reader sees: lines in reading order, running headers, footers
 * and page numbers dropped, paragraphs (joined across line ends and page breaks), headings by size and weight,
 * bullet lists, tables as rows, two columns read one after the other. Pure, and linear apart from sorting each
 * page's runs.
 */
import type { PdfPage, PdfRun, PdfText } from './read-pdf.ts';
import { finishText, joinLine, normalizeRun } from './text.ts';

export type PdfBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; rows: string[][] };

/** A stretch of a line between wide gaps: a table cell or a column's line. */
interface Segment {
  x0: number;
  x1: number;
  text: string;
}

interface Line {
  page: number;
  y: number;
  size: number;
  bold: boolean;
  segments: Segment[];
}

/** A gap wider than this many font sizes separates cells or columns; narrower ones are spaces. */
const CELL_GAP = 1.5;
const SPACE_GAP = 0.2;
/** running headers and footers sit in the top and bottom this share of the page */
const MARGIN_ZONE = 0.15;
const PAGE_NUMBER = /^(?:(?:seite|page|s\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:von|of|\/)\s*\d{1,4})?$/i;
const BULLET = /^(?:[•▪◦●■□➢►✓*·–—-]\s+|\(?\d{1,2}[.)]\s+|\(?[a-z][.)]\s+)/;

/** The blocks of a document's text, in reading order. */
export function layoutPdf(doc: PdfText): PdfBlock[] {
  const pages = doc.pages.map((page, n) => linesOf(page, n));
  dropRunningLines(pages, doc.pages);
  const lines = pages.flatMap((page) => readingOrder(page));
  return blocksOf(lines);
}

/** Groups a page's runs into lines (same baseline), left to right, split at wide gaps into segments. */
function linesOf(page: PdfPage, n: number): Line[] {
  const runs = page.runs
    .map((run) => ({ ...run, text: normalizeRun(run.text) }))
    .filter((run) => run.text.trim() !== '')
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfRun[][] = [];
  for (const run of runs) {
    const line = groups[groups.length - 1];
    if (line && Math.abs(run.y - line[0].y) <= Math.max(line[0].size, run.size) * 0.4) line.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => lineOf(group, n));
}

function lineOf(runs: PdfRun[], page: number): Line {
  runs.sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  let chars = 0;
  let boldChars = 0;
  let size = 0;
  let sizeChars = 0;
  for (const run of runs) {
    const length = run.text.trim().length;
    chars += length;
    if (run.bold) boldChars += length;
    // the line's size is that of its longest run (a footnote mark does not make a heading)
    if (length > sizeChars) [size, sizeChars] = [run.size, length];
    const last = segments[segments.length - 1];
    const gap = last ? run.x - last.x1 : Infinity;
    if (last && gap < run.size * CELL_GAP) {
      const spaced = gap > run.size * SPACE_GAP && !last.text.endsWith(' ') && !run.text.startsWith(' ');
      last.text += (spaced ? ' ' : '') + run.text;
      last.x1 = Math.max(last.x1, run.x + run.width);
    } else {
      segments.push({ x0: run.x, x1: run.x + run.width, text: run.text });
    }
  }
  for (const segment of segments) segment.text = segment.text.trim();
  return { page, y: runs[0].y, size, bold: boldChars > chars / 2, segments };
}

const lineText = (line: Line) => line.segments.map((s) => s.text).join(' ');
/** A running line's identity: its text with numbers left out ("Seite 2 von 3" = "Seite 3 von 3"). */
const runningKey = (line: Line) => lineText(line).toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

/**
 * Drops running headers and footers — lines in the top or bottom margin that recur on at least half of the pages
 * (two at least), numbers aside — and page numbers standing alone in a margin.
 */
function dropRunningLines(pages: Line[][], sizes: PdfPage[]): void {
  const inMargin = (line: Line) => {
    const height = sizes[line.page].height || 842;
    return line.y < height * MARGIN_ZONE || line.y > height * (1 - MARGIN_ZONE);
  };
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(page.filter(inMargin).map(runningKey))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  for (let n = 0; n < pages.length; n += 1) {
    pages[n] = pages[n].filter(
      (line) => !inMargin(line) || (!PAGE_NUMBER.test(lineText(line).trim()) && (pagesWith.get(runningKey(line)) ?? 0) < needed),
    );
  }
}

/**
 * A page's lines in reading order. Text set in two columns comes as lines of two long segments side by side: the
 * left column's lines are read first, then the right one's. Lines of short segments are table rows and stay.
 */
function readingOrder(lines: Line[]): Line[] {
  const out: Line[] = [];
  let n = 0;
  while (n < lines.length) {
    let end = n;
    while (end < lines.length && isColumnLine(lines[end])) end += 1;
    if (end - n < 3) {
      out.push(lines[n]);
      n += 1;
      continue;
    }
    // the columns' left edges; the region goes on while lines keep to them (a column that ends early, a short line)
    const left = lines[n].segments[0].x0;
    const right = lines[n].segments[1].x0;
    const at = (x: number, edge: number) => Math.abs(x - edge) < 3;
    const sides: [Line[], Line[]] = [[], []];
    for (; n < lines.length; n += 1) {
      const line = lines[n];
      const [first, second] = line.segments;
      if (line.segments.length === 2 && at(first.x0, left) && at(second.x0, right)) {
        sides[0].push({ ...line, segments: [first] });
        sides[1].push({ ...line, segments: [second] });
      } else if (line.segments.length === 1 && at(first.x0, left) && first.x1 < right) sides[0].push(line);
      else if (line.segments.length === 1 && at(first.x0, right)) sides[1].push(line);
      else if (n >= end) break;
      else out.push(line);
    }
    out.push(...sides[0], ...sides[1]);
  }
  return out;
}

/** A line of two columns: two segments, each a stretch of running text rather than a cell. */
function isColumnLine(line: Line): boolean {
  return line.segments.length === 2 && line.segments.every((s) => s.text.length >= 25 && /\p{L}{2,}\s+\p{L}{2,}/u.test(s.text));
}

/** The most common value, weighted. */
function weightedMode(values: Array<[number, number]>): number | undefined {
  const weights = new Map<number, number>();
  for (const [value, weight] of values) weights.set(value, (weights.get(value) ?? 0) + weight);
  let best: number | undefined;
  for (const [value, weight] of weights) if (best === undefined || weight > (weights.get(best) ?? 0)) best = value;
  return best;
}

const round = (n: number) => Math.round(n * 2) / 2;

function blocksOf(lines: Line[]): PdfBlock[] {
  const body = weightedMode(lines.map((l) => [round(l.size), lineText(l).length])) ?? 10;
  // the usual distance from one body line to the next; more than a bit over it starts a paragraph
  const spacing =
    weightedMode(
      lines.slice(1).flatMap((line, i) => {
        const prev = lines[i];
        const delta = line.y - prev.y;
        return prev.page === line.page && round(prev.size) === body && round(line.size) === body && delta > 0 && delta < body * 3 ? [[round(delta), 1] as [number, number]] : [];
      }),
    ) ?? body * 1.2;
  const headingSizes = lines.filter((l) => l.segments.length === 1 && l.size >= body * 1.2).map((l) => l.size);
  const top = headingSizes.length > 0 ? Math.max(...headingSizes) : undefined;

  const levelOf = (line: Line): 1 | 2 | 3 | undefined => {
    if (line.segments.length !== 1) return undefined;
    const text = line.segments[0].text;
    if (line.size >= body * 1.2) return top !== undefined && line.size >= top * 0.95 ? 1 : 2;
    if (line.bold && text.split(/\s+/).length <= 12 && !/[.,;]$/.test(text) && !BULLET.test(text)) return 3;
    return undefined;
  };

  const blocks: PdfBlock[] = [];
  let prev: Line | undefined;
  for (const line of lines) {
    const last = blocks[blocks.length - 1];
    const gap = prev && prev.page === line.page ? line.y - prev.y : undefined;
    const close = gap !== undefined && gap > 0 && gap <= Math.max(spacing, prev!.size * 1.1) * 1.3;
    if (line.segments.length > 1) {
      const cells = line.segments.map((s) => finishText(s.text));
      if (last?.kind === 'table' && prev && prev.segments.length > 1 && (close || prev.page !== line.page)) last.rows.push(cells);
      else blocks.push({ kind: 'table', rows: [cells] });
      prev = line;
      continue;
    }
    const text = line.segments[0].text;
    const level = levelOf(line);
    const prevLevel = prev ? levelOf(prev) : undefined;
    if (level !== undefined) {
      // a title set over two lines is one heading
      if (last?.kind === 'heading' && prevLevel === level && close && Math.abs(prev!.size - line.size) < 0.5) last.text = finishText(joinLine(last.text, text));
      else blocks.push({ kind: 'heading', level, text: finishText(text) });
    } else if (BULLET.test(text)) {
      const item = text.replace(BULLET, '');
      if (last?.kind === 'list' && prevLevel === undefined && (close || prev?.page !== line.page)) last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
    } else if (last?.kind === 'list' && close && prevLevel === undefined) {
      // a bullet's text running on to the next line
      last.items[last.items.length - 1] = joinLine(last.items[last.items.length - 1], text);
    } else if (last?.kind === 'paragraph' && prevLevel === undefined && prev?.segments.length === 1 && (close || continuesOverPage(prev, line, last.text))) {
      last.text = joinLine(last.text, text);
    } else {
      blocks.push({ kind: 'paragraph', text });
    }
    prev = line;
  }
  return blocks
    .map((block): PdfBlock => {
      if (block.kind === 'paragraph') return { kind: 'paragraph', text: finishText(block.text) };
      if (block.kind === 'list') return { kind: 'list', items: block.items.map(finishText) };
      return block;
    })
    .filter((block) => block.kind !== 'paragraph' || block.text !== '');
}

/** A sentence broken by a page break goes on at the top of the next page. */
function continuesOverPage(prev: Line, line: Line, text: string): boolean {
  return prev.page !== line.page && Math.abs(prev.size - line.size) < 0.5 && !/[.!?:]$/.test(text.trim());
}
