/**
 * The extension's bundles read dates with extension/lib/chrono-lite.ts in place of chrono-node (wxt.config.ts): it must
 * give the date layer exactly the engine, result classes and parsers it takes from chrono's full configurations, so
 * that the clip reads a page's dates as the service does.
 */
import * as chrono from 'chrono-node';
import type { Parser } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import * as lite from '../../../../extension/lib/chrono-lite.ts';

const REFERENCE = new Date(Date.UTC(2020, 0, 1, 12));
/** the first parser that reads the whole sample on its own, as shared/extract/dates/chrono.ts picks it */
const reading = (parsers: Parser[], sample: string) =>
  parsers.find((parser) => new chrono.Chrono({ parsers: [parser], refiners: [] }).parse(sample, REFERENCE).some((r) => r.index === 0 && r.text === sample));
const same = (a: Parser | undefined, b: Parser | undefined) => {
  expect(a).toBeDefined();
  expect(b?.constructor).toBe(a?.constructor);
  expect({ ...b }).toEqual({ ...a });
};

describe('chrono-lite, the extension’s chrono', () => {
  it('has chrono’s own result classes', () => {
    expect(lite.ReferenceWithTimezone).toBe(chrono.ReferenceWithTimezone);
    expect(lite.ParsingResult).toBe(chrono.ParsingResult);
    expect(lite.ParsingComponents).toBe(chrono.ParsingComponents);
  });

  it.each(['2019-12-17T12:30:00+01:00', '17. Dezember 2019'])('gives the German parser the full configuration picks for %s', (sample) => {
    same(reading(chrono.de.createConfiguration(true).parsers, sample), reading(lite.de.createConfiguration(true).parsers, sample));
  });

  it.each(['17 December 2019', 'December 17, 2019'])('gives the English parser the full configuration picks for %s', (sample) => {
    same(reading(chrono.en.configuration.createConfiguration(true, false).parsers, sample), reading(lite.en.configuration.createConfiguration(true, false).parsers, sample));
  });

  it('reads the dates of a page as chrono does', () => {
    const text = 'Frist: 17. Dezember 2019, Infotag am 2019-11-05T10:00:00+01:00; deadline 17 December 2019 or December 18, 2019';
    const parse = (config: { parsers: Parser[] }) => new chrono.Chrono({ parsers: config.parsers, refiners: [] }).parse(text, REFERENCE).map((r) => [r.index, r.text, r.start.date().toISOString()]);
    const pick = (parsers: Parser[], samples: string[]) => ({ parsers: samples.map((s) => reading(parsers, s)!) });
    const samples = ['2019-12-17T12:30:00+01:00', '17. Dezember 2019'];
    expect(parse(pick(lite.de.createConfiguration(true).parsers, samples))).toEqual(parse(pick(chrono.de.createConfiguration(true).parsers, samples)));
  });
});
