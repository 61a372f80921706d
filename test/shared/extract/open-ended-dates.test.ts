/** "Antragsfrist: 31.12.9999" says "open-ended" (issue 15, item 3): no deadline — the call stays, with an open window. */
import { describe, expect, it } from 'vitest';
import { deadlineValues, page, run } from './helpers.ts';

const call = (sentence: string) =>
  page(`<main><h1>Förderaufruf Klimaschutz in Kommunen</h1><p>Kommunen können Anträge auf Förderung stellen. ${sentence}</p></main>`);

describe('dates outside the years an item may have', () => {
  it('are no deadline: an open-ended call is a call without a deadline', () => {
    for (const sentence of ['Antragsfrist: 31.12.9999', 'Antragsfrist: 31. Dezember 9999']) {
      const result = run(call(sentence));
      expect(result.items.map((i) => [i.kind, i.deadlines, i.deadline])).toEqual([['call', [], null]]);
    }
  });

  it('leave the real deadlines of the call', () => {
    const result = run(call('Die Projektskizze ist bis zum 30.06.2024 einzureichen. Antragsfrist: 31.12.9999.'));
    expect(result.items).toHaveLength(1);
    expect(deadlineValues(result)).toEqual(['2024-06-30']);
  });

  it('are no start of an event', () => {
    const head = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Tagung Klima","startDate":"9999-12-31","endDate":"9999-12-31"}</script>';
    const result = run(page('<h1>Tagung Klima</h1><p>Die Tagung findet statt.</p>', { head }));
    expect(result.items.filter((i) => i.start?.startsWith('9999'))).toEqual([]);
    expect(JSON.stringify(result.items)).not.toContain('9999');
  });
});
