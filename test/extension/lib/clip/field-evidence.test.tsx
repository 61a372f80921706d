// @vitest-environment happy-dom
/**
 * The sentence behind an uncertain text field (issue 10, item 6): the clip finds where the organizer (title, place…)
 * stands on the page, and the preview keeps it one click away beside "bitte prüfen".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../extension/entrypoints/preview/App.tsx';
import { storeDraft } from '../../../../extension/lib/clip/store-draft.ts';
import { MAX_CHARS, sentenceFor, withFieldEvidence } from '../../../../extension/lib/clip/field-evidence.ts';
import { readClipPage } from '../../../../extension/lib/clip/page-read.ts';
import { pageBlocks } from '../../../../extension/lib/clip/page-blocks.ts';
import { fromWire } from '../../../../shared/extract/page-wire.ts';
import { UNCERTAIN_BELOW } from '../../../../extension/lib/clip/uncertain.ts';
import { clipDocument } from './clip-page.ts';
import { CORPUS_DIR } from '../../../fixtures/corpus/index.ts';
import { speak } from '../../fixtures.ts';
import { click, connectBackground, mount, until } from '../../render.ts';

const NAME = 'allerweltshaus-koeln-klaaf-international-2016';

function corpusPage(): { doc: Document; now: string } {
  const label = JSON.parse(readFileSync(join(CORPUS_DIR, `${NAME}.json`), 'utf8')) as { url: string; now: string };
  const window = new Window({ url: label.url });
  window.document.write(readFileSync(join(CORPUS_DIR, `${NAME}.html`), 'utf8'));
  return { doc: window.document as unknown as Document, now: label.now };
}

beforeAll(() => speak('de'));
beforeEach(() => {
  fakeBrowser.reset();
  connectBackground();
});

describe('the sentence behind an uncertain field', () => {
  it('is the shortest block of the page holding the value, cut around it when long', () => {
    expect(sentenceFor(['Veranstaltungen in Köln und Umgebung mit vielen Gästen', 'Ort: Köln'], 'köln')).toBe('Ort: Köln');
    expect(sentenceFor(['Ort: Bonn'], 'Köln')).toBeNull();
    const long = `${'Vorher. '.repeat(60)}Veranstalter ist das Netzwerk Köln. ${'Nachher. '.repeat(60)}`;
    const cut = sentenceFor([long.trim()], 'Netzwerk Köln')!;
    expect(cut).toContain('Veranstalter ist das Netzwerk Köln.');
    expect(cut.length).toBeLessThanOrEqual(MAX_CHARS + 2);
    expect(cut.startsWith('…') && cut.endsWith('…')).toBe(true);
  });

  it('reads the page\'s blocks only when a field is uncertain, and then once', () => {
    const { doc, now } = corpusPage();
    const read = clipDocument(doc, '', new Date(`${now}T10:00:00Z`));
    let reads = 0;
    const blocksOf = () => {
      reads++;
      return ['Das Netzwerk „Eine-Welt Stadt Köln“ gibt es seit Mai 2011.'];
    };
    const sure = read.items.map((it) => ({ ...it, confidence: { ...it.confidence, title: 1, location: 1, organizer: 1, programme: 1, amount: 1 } }));
    expect(withFieldEvidence(sure, blocksOf)).toEqual(sure);
    expect(reads).toBe(0);
    const unsure = [...sure, ...sure].map((it) => ({ ...it, confidence: { ...it.confidence, title: UNCERTAIN_BELOW - 0.1, organizer: UNCERTAIN_BELOW - 0.1 } }));
    const found = withFieldEvidence(unsure, blocksOf);
    expect(reads).toBe(1);
    expect(found[1].evidence.fields?.organizer).toBe('Das Netzwerk „Eine-Welt Stadt Köln“ gibt es seit Mai 2011.');
  });

  it('is found by the clip for an organizer the extractor was unsure of, and shown one click away', async () => {
    const { doc, now } = corpusPage();
    const read = clipDocument(doc, '', new Date(`${now}T10:00:00Z`));
    expect(read.items[0].fields.organizer).toBe('Netzwerk Eine-Welt Stadt Köln');
    // the calibrated confidence of this page's organizer says it is right more often than not (no mark); as if unsure:
    const unsure = read.items.map((it) => ({ ...it, confidence: { ...it.confidence, organizer: UNCERTAIN_BELOW - 0.1 } }));
    // the blocks of the snapshot the content script read from the page
    const extract = { ...read, items: withFieldEvidence(unsure, () => pageBlocks(fromWire(readClipPage(doc, '').snapshot))) };
    const [item] = extract.items;
    const sentence = item.evidence.fields?.organizer;
    expect(sentence).toMatch(/^Das Netzwerk „Eine-Welt Stadt Köln“ gibt es seit Mai 2011./);
    // fields the extractor was sure of get no lookup
    expect(item.evidence.fields?.title).toBeUndefined();

    const draft = await storeDraft(extract);
    const root = await mount(() => <App draftId={draft.id} />);
    await until(() => expect(root.querySelector('#item-0-organizer-check')?.textContent).toBe('⚠ bitte prüfen'));
    const button = root.querySelector('button[aria-controls="item-0-organizer-check-evidence"]') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('Fundstelle zu „Veranstalter / Fördergeber“ zeigen');
    await click(button);
    expect(root.querySelector('#item-0-organizer-check-evidence')?.textContent).toBe(`Fundstelle: „${sentence}“`);
  });
});
