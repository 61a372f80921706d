import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../shared/extract/dates/index.ts';
import { dates } from './show.ts';

describe('numbers that are not dates', () => {
  it.each([
    ['Fr. Dr. Schmidt'],
    ['So können wir helfen'],
    ['Mo–Fr 8–12 Uhr'],
    ['Sa/So 12–24 Uhr'],
    ['Förderung von 5.000 Euro'],
    ['in Höhe von 10.000'],
    ['bis zu 50.000 €'],
    ['höchstens 90 %'],
    ['Tel. 0228 20717-123'],
    ['Telefon +49 228 20717-0 · Telefax +49 228 20717-150'],
    ['+49 (0)30 1234 5678'],
    ['0221/12 34 56'],
    ['Telefon 0221 94 20 40-31'],
    ['Az. 12.34.56'],
    ['Az. 12.03.56'],
    ['Aktenzeichen: 3.1.2020/4'],
    ['Drucksache 17/1234'],
    ['Vorlage 2022/045'],
    ['Version 1.2.3'],
    ['v2.10.3'],
    ['Seite 3'],
    ['siehe S. 12.03.'],
    ['§ 4.1'],
    ['gemäß § 4.1.'],
    ['Nr. 1.2.'],
    ['2019'],
    ['(2025-2027)'],
    ['© 2023 Engagement Global'],
    ['© 2007–2021 DevelopmentAid'],
    ['10.000 Einwohner'],
    ['3.5'],
    ['1.5 Mio'],
    ['1,3 Millionen Euro'],
    ['8–12 Uhr'],
    ['um 16.30.'],
    ['16.30 Uhr'],
    ['12.50 €'],
    ['Postfach 10 12 34'],
    ['06618 Naumburg'],
    ['IBAN DE12 3456 7890 1234 5678 90'],
    ['1.2.3.4'],
    ['12.05.2023.1'],
    ['Tabelle 2.3.4'],
  ])('%s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('dates in the same company', () => {
  it.each([
    ['Ab 1.1.', ['????-01-01']],
    ['Stand: 12.05.2023', ['2023-05-12']],
    ['Tel. 0228 20717-123, Stand: 12.05.2023', ['2023-05-12']],
    ['Telefon 0221 94 20 40-31\n12.05.2023', ['2023-05-12']],
    ['Bekanntmachung Nr. 3 vom 12.05.2023', ['2023-05-12']],
    ['§ 4 gilt ab 1.7.2024', ['2024-07-01']],
    ['Förderung bis 50.000 € bis 31.03.2022', ['2022-03-31']],
    ['Kosten 12.50 € am 12.05.2023', ['2023-05-12']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it('never reports a date that does not exist', () => {
    for (const text of ['31.02.2023', '30. Februar', '31 April 2020', '31.06.', '0.0.2020']) {
      expect(findDates(text), text).toEqual([]);
    }
  });
});
