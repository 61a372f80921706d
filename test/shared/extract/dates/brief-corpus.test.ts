/**
 * The date layer on real-looking page text: for the corpus pages (test/fixtures/corpus/dev, a copy of ../shared/corpus/dev), every labelled deadline,
 * start and end day must be among the mentions findDates reports for the page's visible text. Tags are stripped
 * crudely here (block tags end a line, the layer is called once per line as the pipeline calls it per text node).
 * Where the page writes the time right next to the date, the labelled time must come out too (UTC → Berlin).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../shared/extract/dates/index.ts';
import type { DateMention, FindDatesOptions, WrittenDate } from '../../../../shared/extract/dates/types.ts';

import { CORPUS_DIR } from '../../../fixtures/corpus/index.ts';

const CORPUS = new URL(`file://${CORPUS_DIR}`);

interface Label {
  items: { deadlines: string[]; start: string | null; end: string | null }[];
}

/** Pages that declare US dates (month/day/year). */
const OPTIONS: Record<string, FindDatesOptions> = {
  'c40-climate-action-planning-webinar-series-2019': { order: 'mdy' },
};
/** Pages whose labelled times are written right after the date ("31 March 2023, 15:00 CEST"). */
const TIME_NEXT_TO_DATE = new Set([
  'c40-climate-action-planning-webinar-series-2019',
  'urbact-iv-action-planning-networks-call-2023',
  'developmentaid-cerv-town-twinning-2021',
  'allerweltshaus-koeln-klaaf-international-2016',
]);

const BLOCK = /<\/?(?:p|div|li|ul|ol|tr|td|th|table|thead|tbody|h[1-6]|br|hr|section|header|footer|nav|main|article|aside|dl|dt|dd|form|label|button|option|select|figure|figcaption|blockquote)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', shy: '', copy: '©' };

function visibleLines(html: string): string[] {
  const text = html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<head\b[\s\S]*?<\/head>/i, ' ')
    .replace(BLOCK, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole);
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

const pad = (n: number) => String(n).padStart(2, '0');
const written = (w: WrittenDate, withTime: boolean) =>
  `${w.year ?? '????'}-${pad(w.month)}-${pad(w.day)}${withTime && w.time ? `T${pad(w.time.hour)}:${pad(w.time.minute)}` : ''}`;

/**
 * Does a mention's start or end say the labelled value? A year the page leaves out is not held against it; the
 * time is compared only where the page writes it next to the date (elsewhere it sits in another field).
 */
function says(m: DateMention, label: string, withTime: boolean): boolean {
  const want = withTime ? label : label.slice(0, 10);
  return [m.start, m.end].some((w) => {
    if (!w) return false;
    const value = written(w, withTime);
    return value === want || (w.year === null && value.slice(4) === want.slice(4));
  });
}

const cases = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .map((name) => {
    const label = JSON.parse(readFileSync(new URL(`${name}.json`, CORPUS), 'utf8')) as Label;
    const values = label.items.flatMap((item) => [...item.deadlines, item.start, item.end]);
    return { name, values: [...new Set(values.filter((v): v is string => v !== null))] };
  })
  .filter((c) => c.values.length > 0);

describe('corpus pages', () => {
  it('has labelled pages to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('$name: every labelled date is found', ({ name, values }) => {
    const html = readFileSync(new URL(`${name}.html`, CORPUS), 'utf8');
    const mentions = visibleLines(html).flatMap((line) => findDates(line, OPTIONS[name]));
    const withTime = TIME_NEXT_TO_DATE.has(name);
    const missing = values.filter((v) => !mentions.some((m) => says(m, v, withTime)));
    expect(missing, mentions.map((m) => `${m.text} → ${written(m.start, true)}`).join('\n')).toEqual([]);
  });
});

describe('corpus chrome', () => {
  const pages = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ name: f, lines: visibleLines(readFileSync(new URL(f, CORPUS), 'utf8')) }));
  const PHONE = /(?:Tel(?:efon|efax)?|Fax|Phone|Mobil)\.?:?[^\S\n]*[+\d(][\d\s()/+\-–]*\d|\+\d{2}[\d\s()/\-–]*\d/gi;

  it('sees the phone numbers it guards', () => {
    const phones = pages.flatMap(({ lines }) => lines.flatMap((line) => [...line.matchAll(PHONE)].map((m) => m[0])));
    expect(phones).toContain('Telefon +49 228 20717-2021');
    expect(phones.length).toBeGreaterThanOrEqual(8);
  });

  it.each(pages)('$name: no date inside a phone number, no bare year or year range', ({ lines }) => {
    for (const line of lines) {
      const phones = [...line.matchAll(PHONE)].map((m) => [m.index, m.index + m[0].length]);
      for (const m of findDates(line)) {
        const inPhone = phones.some(([from, to]) => m.index < to && m.index + m.length > from);
        expect(inPhone, `${m.text} in: ${line}`).toBe(false);
        expect(m.text, line).not.toMatch(/^\(?\d{4}(?:\s*[-–]\s*\d{4})?\)?$/);
      }
    }
  });
});

describe('speed on hostile text', () => {
  // Every parser runs on every text node of large pages: none may backtrack catastrophically.
  it.each([
    ['dotted numbers', '1. 2. 3. 4. 5. 6. 7. 8. 9. 10. '.repeat(400)],
    ['digit runs', '1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1'.repeat(200)],
    ['dashes', '12 – 13 – 14 – 15 – 16 – '.repeat(400)],
    ['month names', 'März Mai Juni Juli März Mai Juni '.repeat(400)],
    ['long number', '0'.repeat(20_000)],
    ['times', '10:00 10:00 10:00 Uhr bis '.repeat(400)],
  ])('%s', (_, text) => {
    const started = performance.now();
    findDates(text);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
