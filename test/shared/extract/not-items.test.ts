/** Parts of a page that are no items of their own (shared/extract/not-items.ts), and a job advertisement's cue words. */
import { describe, expect, it } from 'vitest';
import { dropNonItems } from '../../../shared/extract/not-items.ts';
import type { Draft } from '../../../shared/extract/types.ts';
import { draftOf, page, run } from './helpers.ts';

const draft = (kind: Draft['kind'], title: string): Draft =>
  kind === 'call' ? draftOf(kind, title, { deadlines: [{ date: '2024-02-08', label: 'Frist', kind: 'application' }], deadline: '2024-02-08' }) : draftOf(kind, title, { start: '2024-03-06T18:00' });

const titles = (items: Draft[]) => items.map((d) => `${d.kind}: ${d.title}`);

describe('dropNonItems', () => {
  it('drops the periodical itself beside the items it carries', () => {
    const items = [draft('call', 'Fördernewsletter 22. Januar 2024'), draft('call', 'Künste öffnen Welten'), draft('call', 'Innovation Lab 2024')];
    expect(titles(dropNonItems(items))).toEqual(['call: Künste öffnen Welten', 'call: Innovation Lab 2024']);
  });

  it('keeps an item whose name only holds a periodical’s word', () => {
    const items = [draft('event', 'KI-Update'), draft('event', 'Fachtag Digitale Verwaltung')];
    expect(dropNonItems(items)).toHaveLength(2);
  });

  it('keeps a lone item whatever its title', () => {
    expect(titles(dropNonItems([draft('call', 'Newsletter 04/2016')]))).toEqual(['call: Newsletter 04/2016']);
  });

  it('drops a call with the very title of an event on the page (the event’s own registration)', () => {
    const items = [draft('call', 'Parität – was ist das eigentlich?'), draft('event', 'Parität – was ist das eigentlich?'), draft('event', 'Ein Geschichtsbuch')];
    expect(titles(dropNonItems(items))).toEqual(['event: Parität – was ist das eigentlich?', 'event: Ein Geschichtsbuch']);
  });

  it('keeps a call whose title only shares words with an event', () => {
    const items = [draft('call', 'Call for Papers: Fachtagung Klimaschutz'), draft('event', 'Fachtagung Klimaschutz')];
    expect(dropNonItems(items)).toHaveLength(2);
  });
});

describe('a job advertisement in a newsletter', () => {
  it('is no call when it calls itself a Stellenanzeige', () => {
    const html = page(`<main><h1>Rundbrief September</h1>
<h2>Förderpreis Junges Engagement</h2><p>Bewerbungen für den Förderpreis sind bis zum 06.10.2023 möglich.</p>
<h2>Stellenanzeige: Bildungsreferent:in (m/w/d) in Greifswald</h2><p>Bewerbungen bitte bis zum 30.09.2023 an die Geschäftsstelle.</p></main>`);
    expect(run(html, '2023-09-01').items.map((i) => i.title)).not.toContainEqual(expect.stringContaining('Stellenanzeige'));
  });
});
