import { describe, expect, it } from 'vitest';
import { ADAPTIVE_CARD_CONTENT_TYPE, formatTeams } from '../../../../service/alerts/format/teams.ts';
import { context, due, item, messages } from './fixtures.ts';

/**
 * The parts of the Adaptive Card 1.4 schema (adaptivecards.io/explorer) the card uses: a card has a version, a body
 * of elements and optional actions; TextBlock needs text, RichTextBlock TextRuns (1.2), FactSet facts of title/value strings, Action.OpenUrl an
 * absolute URL. Returns the problems found (empty when the card is valid).
 */
function adaptiveCardProblems(card: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (card.type !== 'AdaptiveCard') problems.push('type must be AdaptiveCard');
  if (card.version !== '1.4') problems.push('version must be 1.4');
  if (!Array.isArray(card.body) || card.body.length === 0) problems.push('body must be a non-empty array');
  for (const element of (card.body as Record<string, unknown>[]) ?? []) {
    if (element.type === 'TextBlock') {
      if (typeof element.text !== 'string' || element.text === '') problems.push('TextBlock needs text');
      if ('weight' in element && !['Default', 'Lighter', 'Bolder'].includes(element.weight as string)) problems.push('bad weight');
      if ('size' in element && !['Default', 'Small', 'Medium', 'Large', 'ExtraLarge'].includes(element.size as string)) problems.push('bad size');
    } else if (element.type === 'RichTextBlock') {
      const inlines = element.inlines as { type: unknown; text: unknown; weight?: unknown }[];
      if (!Array.isArray(inlines) || inlines.length === 0 || inlines.some((r) => r.type !== 'TextRun' || typeof r.text !== 'string' || r.text === '')) problems.push('RichTextBlock needs TextRuns with text');
      if (inlines?.some((r) => 'weight' in r && !['Default', 'Lighter', 'Bolder'].includes(r.weight as string))) problems.push('bad weight');
    } else if (element.type === 'FactSet') {
      const facts = element.facts as { title: unknown; value: unknown }[];
      if (!Array.isArray(facts) || facts.some((f) => typeof f.title !== 'string' || typeof f.value !== 'string')) problems.push('FactSet facts need title and value strings');
    } else {
      problems.push(`unexpected element ${String(element.type)}`);
    }
  }
  for (const action of (card.actions as Record<string, unknown>[]) ?? []) {
    if (action.type !== 'Action.OpenUrl' || typeof action.title !== 'string') problems.push('actions must be titled Action.OpenUrl');
    else if (!/^https?:\/\//.test(String(action.url))) problems.push('Action.OpenUrl needs an absolute http(s) url');
  }
  return problems;
}

describe('teams (Workflows) format', () => {
  it('posts a message with one Adaptive Card 1.4 attachment', () => {
    const request = formatTeams(due, context);
    const payload = JSON.parse(request.body);
    expect(request.method).toBe('POST');
    expect(payload.type).toBe('message');
    expect(payload.attachments).toHaveLength(1);
    expect(payload.attachments[0].contentType).toBe(ADAPTIVE_CARD_CONTENT_TYPE);
    expect(adaptiveCardProblems(payload.attachments[0].content)).toEqual([]);
  });

  it('shows the deadline in plain text runs and links the page', () => {
    const card = JSON.parse(formatTeams(due, context).body).attachments[0].content;
    const runs = card.body.map((b: { inlines: { text: string }[] }) => b.inlines.map((r) => r.text).join(''));
    expect(runs).toEqual([`Frist in 7 Tagen: ${item.title}`, 'Antragsfrist: Freitag, 31. März 2023, 15:00 Uhr (in 7 Tagen)', 'Von: Bund & Länder <BMWK>']);
    expect(card.body[0].inlines[0]).toMatchObject({ weight: 'Bolder', size: 'Medium' });
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Zur Ausschreibung', url: 'https://www.bmwk.de/foerderung/nakopa?runde=2&x=%22y%22' }]);
  });

  it('gives a valid card for every kind of message', () => {
    for (const m of messages) {
      expect(adaptiveCardProblems(JSON.parse(formatTeams(m, context).body).attachments[0].content)).toEqual([]);
    }
  });

  it('the validator itself refuses a broken card', () => {
    expect(adaptiveCardProblems({ type: 'AdaptiveCard', version: '1.0', body: [{ type: 'TextBlock' }], actions: [{ type: 'Action.OpenUrl', title: 'x', url: 'javascript:x' }] })).toHaveLength(3);
  });
});
