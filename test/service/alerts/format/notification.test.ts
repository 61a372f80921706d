import { describe, expect, it } from 'vitest';
import { formatNotification } from '../../../../service/alerts/format/notification.ts';
import { context, digest, due, item } from './fixtures.ts';

describe('browser notification (Web Push, extension)', () => {
  it('gives title, plain body, page URL and a per-item tag', () => {
    expect(formatNotification(due, context)).toEqual({
      title: `Frist in 7 Tagen: ${item.title}`,
      body: 'Antragsfrist: Freitag, 31. März 2023, 15:00 Uhr (in 7 Tagen)\nVon: Bund & Länder <BMWK>',
      url: 'https://www.bmwk.de/foerderung/nakopa?runde=2&x=%22y%22',
      tag: `item-${item.id}`,
    });
  });

  it('tags the digest by week, links nothing and stays small', () => {
    const many = { ...digest, entries: Array.from({ length: 200 }, () => digest.entries[0]) };
    const payload = formatNotification(many, context);
    expect(payload.tag).toBe('digest-2023-03-27');
    expect(payload.url).toBeNull();
    expect(payload.body.length).toBeLessThanOrEqual(1000);
    expect(payload.body.endsWith('…')).toBe(true);
  });
});
