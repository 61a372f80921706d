/**
 * Page text in chat alerts stays text: a page that names itself "@channel [Hier klicken](https://evil.example)"
 * must not ping a channel, show a link or an image, or format anything in Slack, Mattermost, Teams or Matrix.
 */
import { describe, expect, it } from 'vitest';
import { formatMatrix } from '../../../../service/alerts/format/matrix.ts';
import { formatSlack } from '../../../../service/alerts/format/slack.ts';
import { formatTeams } from '../../../../service/alerts/format/teams.ts';
import { formatEmail, type AlertMessage, type DigestMessage } from '../../../../service/alerts/format/index.ts';
import { changed, context, digest, due } from './fixtures.ts';

const HOSTILE =
  '@channel @here @all @everyone @room <!channel> <!here|here> <@U012AB3CD> [Hier klicken](https://evil.example/a) ' +
  '![bild](https://evil.example/p.png) <https://evil.example/b|Ihre Bank> *fett* **sehr fett** _kursiv_ ~weg~ `code` | x |';
const page = { ...due.item, title: `Aufruf ${HOSTILE}`, organizer: `Amt ${HOSTILE}` };
const hostile: AlertMessage[] = [
  { ...due, item: page, deadline: { ...due.deadline, label: `Frist ${HOSTILE}` } },
  { ...changed, item: page },
  { ...digest, entries: digest.entries.map((e) => ({ ...e, title: `Eintrag ${HOSTILE}`, deadline: { ...e.deadline, label: `[x](https://evil.example/c)` } })) },
];

/** A mention any of these chats would act on: "@channel" etc. at a word start, or Slack's <!…>/<@…>. */
const LIVE_MENTION = /(^|[^\p{L}\p{N}_])@(channel|here|all|everyone|room)\b|<[!@]/u;
/** Markdown a CommonMark renderer (Mattermost) would turn into a link, image or formatting: unescaped delimiters. */
const LIVE_MARKDOWN = /(?<!\\)\[[^\]\n]*(?<!\\)\]\(|(?<!\\)\*\*?[^*\s]|(?<![\\\p{L}])_[^_\s][^_]*(?<!\\)_|(?<!\\)~[^~\s]|(?<!\\)`/u;

describe('page text in chat alerts stays text', () => {
  it('Slack/Mattermost: no mention, link, image or formatting from the page in the text; the blocks are plain text', () => {
    for (const m of hostile) {
      const { text, blocks } = JSON.parse(formatSlack(m, context).body) as { text: string; blocks: { type: string; text?: { type: string; text: string } }[] };
      expect(text).not.toMatch(LIVE_MENTION);
      expect(text).not.toMatch(LIVE_MARKDOWN);
      // the only Slack link is our own button's target
      expect(text.match(/<[^>]*\|[^>]*>/g) ?? []).toEqual(m.type === 'digest' ? [] : ['<https://www.bmwk.de/foerderung/nakopa?runde=2&x=%22y%22|Zur Ausschreibung>']);
      for (const block of blocks.filter((b) => b.type === 'header' || b.type === 'section')) expect(block.text?.type).toBe('plain_text');
      // still readable: the words are all there
      expect(text).toContain('Hier klicken');
    }
  });

  it('Teams: page text only in RichTextBlocks, which are never read as Markdown', () => {
    for (const m of hostile) {
      const card = JSON.parse(formatTeams(m, context).body).attachments[0].content;
      const texts = JSON.stringify(card.body);
      expect(texts).toContain('[Hier klicken](https://evil.example/a)'); // shown as typed, not as a link
      for (const element of card.body) {
        expect(element.type).toBe('RichTextBlock');
        for (const run of element.inlines) expect(run.type).toBe('TextRun');
      }
      expect(card.actions.every((a: { url: string }) => !a.url.includes('evil'))).toBe(true);
    }
  });

  it('Matrix: the event mentions nobody, the body has no live @room, formatted_body is escaped HTML', () => {
    for (const m of hostile) {
      const content = JSON.parse(formatMatrix(m, context).body);
      expect(content['m.mentions']).toEqual({});
      expect(content.body).not.toMatch(/(^|[^\p{L}\p{N}_])@(room|channel|here|all|everyone)\b/u);
      expect(content.formatted_body).not.toMatch(/<(?!\/?(strong|br)\b|a href="https:\/\/www\.bmwk\.de|\/a>)/);
      expect(content.formatted_body).not.toMatch(/(^|[^\p{L}\p{N}_])@room\b/u);
    }
  });

  it('e-mail: page text never becomes a link or markup in the HTML part', () => {
    for (const m of hostile) {
      const { html } = formatEmail(m, context);
      expect(html).not.toContain('evil.example/a"');
      expect(html).not.toMatch(/<a [^>]*href="https:\/\/evil/);
      expect(html).not.toContain('<img');
      expect(html).toContain('&lt;!channel&gt;');
    }
  });

  it('leaves e-mail addresses in page text alone', () => {
    const { text } = JSON.parse(formatSlack({ ...due, item: { ...due.item, organizer: 'foerderung@bund.de' } }, context).body);
    expect(text).toContain('Von: foerderung@bund.de');
  });
});

describe('Slack weekly digest', () => {
  it('keeps all 13 long deadlines, split over sections within Slack\'s limits', () => {
    const base = digest.entries[0];
    const entries = Array.from({ length: 13 }, (_, i) => ({
      ...base,
      itemId: `0190a7f0-0000-7000-8000-${String(i).padStart(12, '0')}`,
      title: `Förderaufruf Nummer ${i + 1}: ${'Kommunale Klimapartnerschaften mit Städten in Afrika, Asien und Lateinamerika '.repeat(6)}`.slice(0, 480),
    }));
    const long: DigestMessage = { ...digest, entries };
    const { text, blocks } = JSON.parse(formatSlack(long, context).body) as { text: string; blocks: { type: string; text?: { text: string } }[] };
    const sections = blocks.filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThan(1);
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const s of sections) expect(s.text!.text.length).toBeLessThanOrEqual(3000);
    const shown = sections.map((s) => s.text!.text).join('\n');
    for (let i = 1; i <= 13; i++) {
      expect(shown).toContain(`Förderaufruf Nummer ${i}:`);
      expect(text).toContain(`Förderaufruf Nummer ${i}:`);
    }
  });
});
