import { it } from 'vitest';
import { findDates } from '../../../shared/extract/dates/index.ts';
import { classifyDate, clauseAround } from '../../../shared/extract/classify.ts';
import { cuesFor } from '../../../shared/extract/cues/index.ts';
it('y', () => {
  const t = 'Anträge können laufend gestellt werden; über sie entscheidet das Kuratorium viermal im Jahr. Antragsstichtage 2026: 15.01., 15.04., 15.07. und 15.10. Das Kuratorium tagt jeweils etwa sechs Wochen nach dem Stichtag.';
  const ms = findDates(t, { lang: 'de', now: new Date('2026-03-02T12:00:00Z'), order: 'dmy' });
  const spans = ms.map(m => ({ index: m.index, length: m.length }));
  for (const s of spans) console.log('R', JSON.stringify([clauseAround(t, s, spans), classifyDate(t, s, spans, undefined, undefined, cuesFor('de'))]));
});
