import { describe, expect, it } from 'vitest';
import { formatSlack } from '../../../../service/alerts/format/slack.ts';
import { XSS, changed, context, digest, due, messages } from './fixtures.ts';

const payload = (m: Parameters<typeof formatSlack>[0]) => JSON.parse(formatSlack(m, context).body);

describe('slack / mattermost format', () => {
  it('says what is due and when in the text, with a Slack link Mattermost understands', () => {
    const { text } = payload(due);
    expect(text.split('\n')[0]).toBe('Frist in 7 Tagen: Nakopa 2023 &lt;img src=x onerror=alert(1)&gt;');
    expect(text).toContain('Antragsfrist: Freitag, 31. März 2023, 15:00 Uhr (in 7 Tagen)');
    expect(text).toContain('Von: Bund &amp; Länder &lt;BMWK&gt;');
    expect(text).toContain('<https://www.bmwk.de/foerderung/nakopa?runde=2&x=%22y%22|Zur Ausschreibung>');
    expect(text).not.toMatch(/\*[^*]+\*/); // no Slack-only bold
  });

  it('builds header, section, button and context blocks', () => {
    const { blocks } = payload(due);
    expect(blocks.map((b: { type: string }) => b.type)).toEqual(['header', 'section', 'actions', 'context']);
    expect(blocks[0].text).toEqual({ type: 'plain_text', text: `Frist in 7 Tagen: Nakopa 2023 ${XSS}`, emoji: false });
    expect(blocks[2].elements[0].url).toBe('https://www.bmwk.de/foerderung/nakopa?runde=2&x=%22y%22');
  });

  it('never lets page text open a Slack control sequence', () => {
    for (const m of messages) {
      const { text, blocks } = payload(m);
      expect(text).not.toContain('<img');
      expect(text).not.toContain('<script');
      // Slack reads no control sequence, mention or formatting in plain_text
      for (const block of blocks.filter((b: { type: string }) => b.type === 'header' || b.type === 'section')) expect(block.text.type).toBe('plain_text');
    }
  });

  it('tells about a moved deadline and lists the digest', () => {
    expect(payload(changed).text).toContain('Projektskizze: bisher Freitag, 31. März 2023, jetzt Freitag, 14. April 2023 (in 21 Tagen)');
    const lines = payload(digest).text.split('\n');
    expect(lines[0]).toBe('Wochenübersicht: 2 Fristen bis Mittwoch, 26. April 2023');
    expect(lines).toHaveLength(3);
  });
});
