/**
 * Calibrated confidences (issue 14, item 3): each field's raw confidence is mapped to the probability that it is right
 * by a monotone curve fitted on cross-validated answers; the extractor applies the map last, before a site profile,
 * and changes nothing but confidences; the evaluation fits the map for a fold without that fold's answers.
 */
import { describe, expect, it } from 'vitest';
import { cheerioView } from '../../../../service/extract/cheerio-view.ts';
import { nestedCalibration, expectedCalibrationError, type FoldAnswer } from '../../../../scripts/eval/calibration.ts';
import { calibrationModule, fitCalibration, fitCurve } from '../../../../scripts/train/calibration.ts';
import { extract } from '../../../../shared/extract/index.ts';
import { applyCurve, calibratedConfidence, groupKeys, type CalibrationMap } from '../../../../shared/extract/model/calibration-map.ts';
import { calibrationMap } from '../../../../shared/extract/model/calibration.ts';
import { deriveProfile } from '../../../../shared/extract/profile/index.ts';
import type { Draft } from '../../../../shared/extract/types.ts';
import { page } from '../helpers.ts';
import { templatePage } from '../profile/template.ts';

const NOW = new Date('2026-03-01T12:00:00Z');
const URL = 'https://www.stiftung.example/foerderung/aufruf';
const CALL = page(
  '<main><h1>Förderaufruf „Starke Nachbarschaften 2026“</h1><p>Die Stiftung fördert Projekte von Kommunen und Vereinen.</p><p>Anträge können bis zum 30. April 2026 eingereicht werden.</p></main>',
);
const EVENT = page('<main><h1>Werkstatt Bürgerhaushalt</h1><p>Am 12. März 2026 von 10 bis 16 Uhr laden wir Kommunen zur Werkstatt ein.</p></main>');

/** `n` answers at one raw confidence, `right` of them right. */
const answers = (raw: number, n: number, right: number, keys: string[] = ['f']) => Array.from({ length: n }, (_, i) => ({ raw, right: i < right, keys }));

describe('the calibration curve', () => {
  it('is a monotone step: each raw confidence gets the probability of its step, below the first the first', () => {
    const curve = { x: [0.3, 0.6, 0.9], y: [0.2, 0.5, 0.95] };
    expect([0.1, 0.3, 0.45, 0.6, 0.89, 0.9, 1].map((raw) => applyCurve(curve, raw))).toEqual([0.2, 0.2, 0.2, 0.5, 0.5, 0.95, 0.95]);
  });

  it('is fitted by pooling adjacent violators: a raw confidence right less often than a lower one is pooled with it', () => {
    // raw 0.5 is right 90 %, raw 0.7 only 60 %, raw 0.9 100 %: 0.5 and 0.7 pool to 75 %
    const curve = fitCurve([...answers(0.5, 40, 36), ...answers(0.7, 40, 24), ...answers(0.9, 40, 40)], 0.8, { minBlock: 1, shrink: 0 });
    expect(curve).toEqual({ x: [0.5, 0.9], y: [0.75, 1] });
  });

  it('joins a raw confidence with too few answers to its neighbour, and shrinks every step towards the prior', () => {
    // 3 answers at 0.4 (all wrong) are too few to stand alone: they join 0.6's block of 20 (10 right)
    expect(fitCurve([...answers(0.4, 3, 0), ...answers(0.6, 20, 10)], 0.5, { minBlock: 10, shrink: 0 })).toEqual({ x: [0.4], y: [0.43] });
    // 10 pseudo-answers at the prior 0.9 pull a block of 10 answers (all wrong) half-way up
    expect(fitCurve(answers(0.3, 10, 0), 0.9, { minBlock: 1, shrink: 10 })).toEqual({ x: [0.3], y: [0.45] });
  });

  it('is the same curve for the same answers in any order (deterministic)', () => {
    const list = [...answers(0.2, 30, 5), ...answers(0.5, 30, 20), ...answers(0.8, 30, 29)];
    expect(fitCurve([...list].reverse(), 0.6)).toEqual(fitCurve(list, 0.6));
  });
});

describe('the calibration map', () => {
  const keys = (group: string) => [`f|call|${group}`, 'f|call', 'f'];

  it('has a curve per field, and one per decision group only with enough answers that say something else', () => {
    const map = fitCalibration([...answers(0.5, 60, 57, keys('filled')), ...answers(0.5, 50, 10, keys('empty')), ...answers(0.5, 5, 3, ['f|event|filled', 'f|event', 'f'])], { minBlock: 1, shrink: 0, minGroup: 40 });
    expect(Object.keys(map).sort()).toEqual(['f', 'f|call|empty', 'f|call|filled']);
    expect(calibratedConfidence(map, keys('empty'), 0.5)).toBe(0.2);
    expect(calibratedConfidence(map, keys('filled'), 0.5)).toBe(0.95);
    // a group with too few answers falls back to its field
    expect(calibratedConfidence(map, ['f|event|filled', 'f|event', 'f'], 0.5)).toBe(map.f.y[0]);
    // a field the map does not know keeps its raw confidence
    expect(calibratedConfidence(map, ['g'], 0.42)).toBe(0.42);
  });

  it('groups an answer by its field, the item kind and whether the value is empty', () => {
    const draft = { kind: 'event', title: 'Werkstatt', deadlines: [], start: '2026-03-12', end: null, location: null, organizer: 'Stadt' } as Pick<Draft, 'kind' | 'title' | 'deadlines' | 'start' | 'end' | 'location' | 'organizer'>;
    expect(groupKeys(draft, 'location')).toEqual(['location|event|empty', 'location|event', 'location']);
    expect(groupKeys(draft, 'deadlines')).toEqual(['deadlines|event|empty', 'deadlines|event', 'deadlines']);
    expect(groupKeys(draft, 'organizer')).toEqual(['organizer|event|filled', 'organizer|event', 'organizer']);
  });

  it('is written as a data module that reads back the same map', async () => {
    const map: CalibrationMap = { organizer: { x: [0.3, 0.6], y: [0.4, 0.78] }, 'organizer|call|empty': { x: [0.3], y: [0.2] } };
    const source = calibrationModule(map, { cases: 3, answers: 9, folds: 5 });
    const module = await import(`data:text/javascript,${encodeURIComponent(source.replace(/^import type .*$/m, '').replace(': CalibrationMap', ''))}`);
    expect(module.calibrationMap).toEqual(map);
  });
});

describe('the extractor with the calibration', () => {
  const read = (html: string, calibration?: CalibrationMap | null) => extract({ view: cheerioView(html), url: URL, now: NOW, calibration }).items;

  it('gives each field the probability of the map for its raw confidence, and changes nothing else', () => {
    for (const html of [CALL, EVENT]) {
      const raw = read(html, null);
      const calibrated = read(html);
      expect(raw.length).toBeGreaterThan(0);
      expect(calibrated.map(({ confidence: _, ...fields }) => fields)).toEqual(raw.map(({ confidence: _, ...fields }) => fields));
      calibrated.forEach((item, i) => {
        for (const field of ['kind', 'title', 'deadlines', 'start', 'end', 'location', 'organizer'] as const) {
          expect(item.confidence[field]).toBe(calibratedConfidence(calibrationMap, groupKeys(raw[i], field), raw[i].confidence[field]!));
        }
        // confidences of fields without labels to calibrate them by stay as they are
        expect(item.confidence.summary).toBe(raw[i].confidence.summary);
      });
    }
  });

  it('gives an event without a place the curve of empty event places, not the one of filled places', () => {
    // as fitted on a corpus where an event's empty place is wrong more often than right and a filled one mostly right
    const map = { location: { x: [0], y: [0.9] }, 'location|event|empty': { x: [0], y: [0.38] }, 'location|event|filled': { x: [0], y: [0.94] } };
    const [event] = read(EVENT, map);
    expect(event.location).toBeNull();
    expect(read(EVENT, null)[0].confidence.location).toBeGreaterThanOrEqual(0.5);
    expect(event.confidence.location).toBe(0.38);
  });

  it('leaves the fields a site profile supplies at the confidence of the profile: they come from corrections of a team, not from a model', () => {
    const host = 'https://www.agentur.example/aufrufe/';
    const learnedOn = templatePage({ title: 'Klimaschutz in Quartieren 2026', deadline: '15.04.2026', other: '02.03.2026, 10:00 Uhr', place: 'Düsseldorf' });
    const [d] = read(learnedOn);
    const draft = { kind: d.kind, title: d.title, url: d.url, summary: d.summary, organizer: d.organizer, location: d.location, deadlines: d.deadlines, start: d.start, end: d.end, programme: d.programme, amount: d.amount, tags: [] as string[] };
    const saved = { ...draft, title: 'Klimaschutz in Quartieren 2026' };
    const profile = deriveProfile({ url: `${host}a`, clippedAt: '2026-03-03T09:00:00Z', view: cheerioView(learnedOn), draft: [draft], saved: [{ from: 0, fields: saved }] }, null)!;
    expect(profile.title).toBeDefined();
    const other = templatePage({ title: 'Starke Dorfgemeinschaften – Aufruf 2026', deadline: '30. Juni 2026', place: 'Münster' });
    const [item] = extract({ view: cheerioView(other), url: `${host}b`, now: NOW, profile }).items;
    expect(item.title).toBe('Starke Dorfgemeinschaften – Aufruf 2026');
    expect(item.learned?.title).toBeDefined();
    expect(item.confidence.title).toBe(0.95);
  });

  it('uses the map it is given', () => {
    const [item] = read(CALL, { deadlines: { x: [0], y: [0.123] } });
    expect(item.confidence.deadlines).toBe(0.123);
  });
});

describe('the calibration in the evaluation', () => {
  /** answers in three folds, the groups of each fold right at its own rate */
  const foldAnswers = (rightIn: (fold: number, i: number) => boolean): FoldAnswer[] =>
    [0, 1, 2].flatMap((fold) => Array.from({ length: 60 }, (_, i) => ({ fold, field: 'organizer' as const, raw: i % 2 ? 0.3 : 0.6, right: rightIn(fold, i), keys: ['organizer|call|filled', 'organizer|call', 'organizer'] })));

  it('calibrates each fold with a map fitted without that fold: its own labels never change its calibrated confidences', () => {
    const base = nestedCalibration(foldAnswers((_, i) => i % 3 !== 0), 3);
    // fold 0's answers all right instead: fold 0's calibrated confidences stay, the other folds' change
    const changed = nestedCalibration(foldAnswers((fold, i) => fold === 0 || i % 3 !== 0), 3);
    const of = (list: FoldAnswer[], fold: number) => list.filter((a) => a.fold === fold).map((a) => a.calibrated);
    expect(of(changed, 0)).toEqual(of(base, 0));
    expect(of(changed, 1)).not.toEqual(of(base, 1));
  });

  it('measures the expected calibration error as the answers-weighted gap between confidence and share right per bin', () => {
    // 0.95 said of answers right half the time: gap 0.45; 0.55 said of answers right half the time: gap 0.05
    const points = [...Array.from({ length: 10 }, (_, i) => ({ p: 0.95, right: i < 5 })), ...Array.from({ length: 10 }, (_, i) => ({ p: 0.55, right: i < 5 }))];
    expect(expectedCalibrationError(points)).toBeCloseTo(0.25, 10);
  });
});
