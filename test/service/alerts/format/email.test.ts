import { describe, expect, it } from 'vitest';
import { formatEmail } from '../../../../service/alerts/format/email.ts';
import { XSS, changed, context, digest, due, item, messages } from './fixtures.ts';

describe('e-mail format', () => {
  it('has a German subject with countdown and title', () => {
    expect(formatEmail(due, context).subject).toBe(`Frist in 7 Tagen: ${item.title}`);
    expect(formatEmail(changed, context).subject).toBe(`Frist geändert: ${item.title}`);
    expect(formatEmail(digest, context).subject).toBe('Wochenübersicht: 2 Fristen bis Mittwoch, 26. April 2023');
  });

  it('says "heute" on the day and keeps the subject on one line', () => {
    const onTheDay = formatEmail({ ...due, item: { ...item, title: 'Zeile 1\nZeile 2' } }, { now: '2023-03-31T06:00:00.000Z' });
    expect(onTheDay.subject).toBe('Frist heute: Zeile 1 Zeile 2');
  });

  it('keeps the subject to a readable length, cut at a word, with the whole title in the body', () => {
    const title = 'Förderaufruf für kommunale Klimapartnerschaften mit Städten und Gemeinden in Afrika, Asien und Lateinamerika – zweite Runde 2023';
    const mail = formatEmail({ ...due, item: { ...item, title } }, context);
    expect([...mail.subject].length).toBeLessThanOrEqual(90);
    expect(mail.subject).toBe('Frist in 7 Tagen: Förderaufruf für kommunale Klimapartnerschaften mit Städten und…');
    expect(mail.text).toContain(title);
  });

  it('writes the text part with the deadline the German way, the countdown and the link', () => {
    const { text } = formatEmail(due, context);
    expect(text).toContain('Antragsfrist: Freitag, 31. März 2023, 15:00 Uhr (in 7 Tagen)');
    expect(text).toContain(`Zur Ausschreibung: https://www.bmwk.de/foerderung/nakopa?runde=2&x=%22y%22`);
  });

  it('writes the HTML part with escaped text and a linked title', () => {
    const { html } = formatEmail(due, context);
    expect(html).toContain('<strong>Freitag, 31. März 2023, 15:00 Uhr</strong> (in 7 Tagen)');
    expect(html).toContain('href="https://www.bmwk.de/foerderung/nakopa?runde=2&amp;x=%22y%22"');
    expect(html).toContain('Nakopa 2023 &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Von: Bund &amp; Länder &lt;BMWK&gt;');
  });

  it('never puts page text into HTML unescaped, nor links a javascript: URL', () => {
    for (const m of messages) {
      const { html, text } = formatEmail(m, context);
      expect(html).not.toContain(XSS);
      expect(html).not.toContain('<script');
      expect(html).not.toContain('javascript:');
      expect(text).not.toContain('javascript:');
    }
  });

  it('lists the digest as a table, soonest first', () => {
    const { html } = formatEmail(digest, context);
    const first = html.indexOf('Freitag, 31. März 2023, 15:00 Uhr');
    const second = html.indexOf('Donnerstag, 20. April 2023');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(html).toContain('Klimaschutz &lt;script&gt;x&lt;/script&gt;');
  });
});
