/** Markup noise in the text the extractor reads: soft hyphens inside headings and cue words. */
import { describe, expect, it } from 'vitest';
import { page, run } from './helpers.ts';

describe('markup noise', () => {
  it('reads through soft hyphens in headings and cue words', () => {
    const html = page(`<main><h1>Regional&shy;konferenz Eine Welt 2026</h1><p>Die Konferenz findet am 3. Oktober 2026 in Kassel statt.</p>
      <p>Anmelde&shy;schluss: 20. September 2026</p></main>`);
    const { items } = run(html, '2026-08-01');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'event', title: 'Regionalkonferenz Eine Welt 2026', deadline: '2026-09-20', start: '2026-10-03' });
  });
});
