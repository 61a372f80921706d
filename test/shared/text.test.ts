/** Text normalised at the schema boundary (issue 15, item 4): no NUL or other control characters, no lone surrogates. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ItemFieldsSchema } from '../../shared/schema.ts';
import { normalizeText } from '../../shared/text.ts';

describe('normalizeText', () => {
  it('drops NUL, C0, DEL and C1 control characters but keeps tab and newline', () => {
    expect(normalizeText('a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg\th\ni')).toBe('abcdefg\th\ni');
  });

  it('turns CR LF and a lone CR into a newline', () => {
    expect(normalizeText('Zeile 1\r\nZeile 2\rZeile 3')).toBe('Zeile 1\nZeile 2\nZeile 3');
  });

  it('replaces lone surrogates with U+FFFD and keeps pairs', () => {
    expect(normalizeText('a\ud800b')).toBe('a\ufffdb');
    expect(normalizeText('a\udc00b')).toBe('a\ufffdb');
    expect(normalizeText('end\ud83d')).toBe('end\ufffd');
    expect(normalizeText('\udc00\ud800')).toBe('\ufffd\ufffd');
    expect(normalizeText('Frist 🗓 Förderung – „ok“')).toBe('Frist 🗓 Förderung – „ok“');
  });

  it('gives text that encodes to UTF-8 and back unchanged', () => {
    const out = normalizeText('x\ud83d\u0000\ude00y\ud83d\ude00');
    expect(new TextDecoder().decode(new TextEncoder().encode(out))).toBe(out);
  });
});

describe('item text fields', () => {
  const fields = v.partial(ItemFieldsSchema);

  it('are normalised in every text field, nested ones included', () => {
    const dirty = 'A\u0000\ud800B';
    const clean = 'A\ufffdB';
    const parsed = v.parse(fields, {
      title: dirty, url: `https://example.org/${dirty}`, summary: dirty, organizer: dirty, location: dirty, assignee: dirty,
      tags: [dirty], notes: dirty, programme: dirty, amount: dirty,
      deadlines: [{ date: '2027-01-31', label: dirty, kind: 'other', tz: dirty }],
    });
    expect(parsed).toEqual({
      title: clean, url: `https://example.org/${clean}`, summary: clean, organizer: clean, location: clean, assignee: clean,
      tags: [clean], notes: clean, programme: clean, amount: clean,
      deadlines: [{ date: '2027-01-31', label: clean, kind: 'other', tz: clean }],
    });
  });

  it('count their length after normalisation', () => {
    expect(v.is(fields, { title: `${'x'.repeat(500)}\u0000` })).toBe(true);
    expect(v.is(fields, { title: '\u0000 ' })).toBe(false);
  });
});
