/**
 * What an event-line candidate says of the items its page already made (features/line-made.ts): a funding overview's
 * dated line that repeats a call's title, a follow-up that repeats an event's name, a week of actions around an event
 * made — and the mentions that make no item (a short event's inner day, a call's line on its deadline, a made event's
 * name read in another year). The features are asserted, not fitted weights; the guard through a hand-set decision
 * that accepts every candidate.
 */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { extract } from '../../../shared/extract/index.ts';
import type { EventLineCandidate, EventLineModel } from '../../../shared/extract/event-lines.ts';
import { madeItems, titleWords } from '../../../shared/extract/features/line-made.ts';
import type { Draft } from '../../../shared/extract/types.ts';
import { page } from './helpers.ts';

const item = (kind: 'event' | 'call', title: string, start: string | null, end: string | null = null, deadlines: string[] = []): Draft => ({
  kind,
  title,
  url: 'https://example.org/',
  summary: '',
  organizer: null,
  location: null,
  deadlines: deadlines.map((date) => ({ date, time: null, label: null })) as unknown as Draft['deadlines'],
  deadline: deadlines[0] ?? null,
  start,
  end,
  programme: null,
  amount: null,
  confidence: {},
  evidence: [],
});

describe('what an event line says of the items its page made', () => {
  const page1 = madeItems([
    item('call', 'Dialoge und Bündnisse gegen Diskriminierung und Hass | Stiftung EVZ', null, null, ['2019-05-13']),
    item('event', 'Regionalforum zur kommunalen Wärmeplanung', '2024-10-15', '2024-10-16'),
    item('event', 'Faire Woche in der Stadt', '2024-09-13', '2024-09-27'),
    item('event', 'Online-Vortrag: Moore sind wahre Klimahelden', '2021-09-22T19:00'),
  ]);

  it('reads a line that repeats a call’s title as the call’s, and on its deadline as a mention that makes no item', () => {
    const onDeadline = page1({ name: 'Dialoge und Bündnisse gegen Diskriminierung und Hass', entry: '13.05. | Dialoge …', day: '2019-05-13' });
    expect(onDeadline).toEqual({ features: ['made:call', 'made:mention'], mention: true });
    const otherDay = page1({ name: 'Dialoge und Bündnisse gegen Diskriminierung und Hass', entry: '20.06. | Dialoge …', day: '2019-06-20' });
    expect(otherDay).toEqual({ features: ['made:call'], mention: false });
  });

  it('reads a line that repeats an event’s name; the same month and day in another year is that event read twice', () => {
    expect(page1({ name: 'Moore sind wahre Klimahelden', entry: '', day: '2021-10-06' })).toEqual({ features: ['made:event'], mention: false });
    expect(page1({ name: 'Moore sind wahre Klimahelden', entry: '', day: '2030-09-22' })).toEqual({ features: ['made:event', 'made:mention'], mention: true });
  });

  it('takes an inner day of a short event made as its own (a forum’s second day), not of a long one (a week’s actions)', () => {
    expect(page1({ name: 'folgen Workshops für die Verwaltungen', entry: '', day: '2024-10-16' }).mention).toBe(true);
    expect(page1({ name: 'Faire Stadtführung', entry: '', day: '2024-09-20' })).toEqual({ features: [], mention: false });
  });

  it('reads a range that holds the first day of an event made (a week of actions around it)', () => {
    expect(page1({ name: 'Aktionswoche Klimaschutz', entry: '', day: '2024-09-10', endDay: '2024-09-24' }).features).toEqual(['made:holds']);
    expect(page1({ name: 'Aktionswoche Klimaschutz', entry: '', day: '2024-09-14', endDay: '2024-09-24' }).features).toEqual([]);
  });

  it('needs two shared words of a longer name, and reads the entry when the line has no name part', () => {
    expect(page1({ name: 'Faire Preise', entry: '', day: '2024-11-02' }).features).toEqual([]);
    expect(page1({ name: '', entry: '02.11.: Dialoge gegen Hass', day: '2024-11-02' }).features).toEqual(['made:call']);
  });

  it('repeats by words of four letters or more, not numbers', () => {
    expect([...titleWords('Tag der offenen Tür 2024 – Kultur-Amt')]).toEqual(['offenen', 'kultur']);
  });
});

/** accepts every candidate */
const all: EventLineModel = { threshold: 0.5, model: { classes: ['other', 'event'], bias: [0, 4], weights: {} } };

describe('event lines that mention an item made', () => {
  it('makes no item of a short event’s second day, and offers it to the decision marked as a mention', () => {
    const html = page(`<main><h1>1. Regionalforum Wärmeplanung</h1><p>Das Forum findet vom 15.10.2024 bis 16.10.2024 in Zichtau statt.</p>
      <p>Am 16.10. ab 9 Uhr folgen Workshops für die Mitarbeitenden der kommunalen Verwaltungen.</p>
      <p>Am 24.10. ab 9 Uhr folgt ein Stammtisch für die Mitarbeitenden der kommunalen Verwaltungen.</p></main>`);
    const seen: EventLineCandidate[] = [];
    const items = extract({ view: cheerioView(html), url: 'https://example.org/forum', now: new Date('2024-09-01T12:00:00Z'), eventLines: all, traceEventLines: (c) => seen.push(c) }).items;
    expect(items.map((i) => i.start?.slice(0, 10))).toEqual(['2024-10-15', '2024-10-24']);
    expect(seen.find((c) => c.day === '2024-10-16')?.features).toContain('made:mention');
    expect(seen.find((c) => c.day === '2024-10-24')?.features).not.toContain('made:mention');
  });
});
