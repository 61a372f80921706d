/**
 * The date layer on the corpus pages (../shared/corpus/dev, beside the checkout): their visible text, tags stripped
 * crudely, read line by line as the pipeline reads text nodes. Every labelled deadline, start and end day must be
 * among the mentions (a year the page leaves out may be null: then month and day are compared), with its time
 * where both carry one; contact lines and project periods must yield none.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findDates, findYearRanges } from '../../../../shared/extract/dates/index.ts';
import type { DateMention, FindDatesOptions } from '../../../../shared/extract/dates/types.ts';
import { day } from './show.ts';

const CORPUS = fileURLToPath(new URL('../../../../../shared/corpus/dev/', import.meta.url));
const pages = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)) : [];

interface Labels {
  now: string;
  items: { deadlines: string[]; start: string | null; end: string | null }[];
}

const BLOCK_TAG = /<\/?(?:p|div|li|ul|ol|tr|td|th|table|h[1-6]|br|section|header|footer|nav|main|article|aside|dl|dt|dd|figure|figcaption)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', ndash: '–', mdash: '—', copy: '©' };

function visibleLines(html: string): string[] {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<head\b[\s\S]*?<\/head>/i, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(BLOCK_TAG, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function read(page: string): { labels: Labels; lines: string[]; options: FindDatesOptions } {
  const labels = JSON.parse(readFileSync(`${CORPUS}${page}.json`, 'utf8')) as Labels;
  const lines = visibleLines(readFileSync(`${CORPUS}${page}.html`, 'utf8'));
  // the page says so in its text ("Dates are written month/day/year"); the pipeline decides the same way
  const order = lines.some((line) => /month\/day\/year/i.test(line)) ? 'mdy' : 'dmy';
  return { labels, lines, options: { order, now: new Date(labels.now) } };
}

/** A labelled value ("2019-12-11", "2019-08-02T19:00") matched by a written day ("????-12-11", "2019-08-02T19:00"). */
function matches(label: string, written: string): boolean {
  const [labelDay, labelTime] = label.split('T');
  const [writtenDay, writtenTime] = written.split(' ')[0]!.split('T');
  const sameDay = writtenDay === labelDay || (writtenDay!.startsWith('????') && writtenDay!.slice(4) === labelDay!.slice(4));
  return sameDay && (labelTime === undefined || writtenTime === undefined || labelTime === writtenTime);
}

describe.skipIf(pages.length === 0)('corpus pages', () => {
  it.each(pages)('%s: every labelled date is found', (page) => {
    const { labels, lines, options } = read(page);
    const mentions: DateMention[] = lines.flatMap((line) => findDates(line, options));
    const written = mentions.flatMap((m) => [day(m.start), ...(m.end ? [day(m.end)] : [])]);
    const wanted = labels.items.flatMap((item) => [...item.deadlines, item.start, item.end].filter((v) => v !== null));
    for (const label of wanted) expect(written.some((w) => matches(label, w)), `${label} in ${written.join(', ')}`).toBe(true);
  });

  it.each(pages)('%s: contact lines give no date', (page) => {
    const { lines, options } = read(page);
    for (const line of lines.filter((l) => /\b(?:Tel(?:efon)?|Fax|Telefax)\b/.test(l) && !/Stand|\d{1,2}\.\d{1,2}\.\d{4}/.test(l))) {
      expect(findDates(line, options), line).toEqual([]);
    }
  });

  it.each(pages)('%s: mention texts are where they say', (page) => {
    const { lines, options } = read(page);
    for (const line of lines) {
      let previousStop = 0;
      for (const mention of findDates(line, options)) {
        expect(line.slice(mention.index, mention.index + mention.length)).toBe(mention.text);
        expect(mention.index).toBeGreaterThanOrEqual(previousStop);
        previousStop = mention.index + mention.length;
      }
    }
  });

  it('reads the project periods of the Kreis Düren page as year ranges, not dates', () => {
    const { lines } = read('seed-kreis-dueren-partnerschaft-la-me');
    const projects = lines.filter((line) => /\((?:19|20)\d\d(?:-\d{4})?\)/.test(line));
    expect(projects.length).toBeGreaterThanOrEqual(7);
    for (const line of projects) expect(findDates(line), line).toEqual([]);
    expect(projects.flatMap((line) => findYearRanges(line)).map((r) => r.text)).toEqual(['2025-2027', '2019-2020']);
  });

  it('keeps the time beside the date on pages that write one (UTC → Berlin)', () => {
    const { lines, options } = read('c40-climate-action-planning-webinar-series-2019');
    const timed = lines.flatMap((line) => findDates(line, options)).map((m) => day(m.start));
    expect(timed).toEqual(['2019-08-02T19:00', '2019-08-21T19:00', '2019-09-04T18:00']);
  });
});
