import { describe, expect, it } from 'vitest';
import { formatMatrix } from '../../../../service/alerts/format/matrix.ts';
import { XSS, context, due, messages } from './fixtures.ts';

describe('matrix format', () => {
  it('sends an m.room.message with a plain body and an HTML formatted_body, authorised with the access token', () => {
    const request = formatMatrix(due, context);
    expect(request.method).toBe('PUT');
    expect(request.headers.Authorization).toBe('Bearer team-secret-123');
    const content = JSON.parse(request.body);
    expect(content.msgtype).toBe('m.text');
    expect(content.format).toBe('org.matrix.custom.html');
    expect(content.body.split('\n')).toEqual([
      `Frist in 7 Tagen: Nakopa 2023 ${XSS}`,
      'Antragsfrist: Freitag, 31. März 2023, 15:00 Uhr (in 7 Tagen)',
      'Von: Bund & Länder <BMWK>',
      'https://www.bmwk.de/foerderung/nakopa?runde=2&x=%22y%22',
    ]);
    expect(content.formatted_body).toContain('<strong>Frist in 7 Tagen: Nakopa 2023 &lt;img src=x onerror=alert(1)&gt;</strong>');
    expect(content.formatted_body).toContain('<a href="https://www.bmwk.de/foerderung/nakopa?runde=2&amp;x=%22y%22">Zur Ausschreibung</a>');
  });

  it('never puts page text into formatted_body unescaped', () => {
    for (const m of messages) {
      const html = JSON.parse(formatMatrix(m, context).body).formatted_body as string;
      expect(html).not.toContain(XSS);
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<BMWK>');
      expect(html).not.toContain('javascript:');
    }
  });

  it('sends no Authorization header without a secret', () => {
    expect(formatMatrix(due, { now: context.now }).headers.Authorization).toBeUndefined();
  });
});
