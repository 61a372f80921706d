/**
 * Both page-view adapters — Cheerio (service, CLI) and the DOM adapter over linkedom (stand-in for the content
 * script) — give exactly the same items on every page of the labelled corpora under test/fixtures/corpus/.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { domView } from '../../../extension/lib/dom-view.ts';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { extract } from '../../../shared/extract/index.ts';
import { batches, readCorpus } from '../../../scripts/eval/corpus.ts';

const corpus = await readCorpus();

for (const batch of batches()) {
  describe(`extraction corpus (${batch}): Cheerio and DOM adapter agree`, () => {
    for (const c of corpus.filter((x) => x.batch === batch)) {
      it(c.name, () => {
        const now = new Date(`${c.now}T12:00:00Z`);
        const viaCheerio = extract({ view: cheerioView(c.html), url: c.url, now });
        const viaDom = extract({ view: domView(parseHTML(c.html).document as unknown as Document), url: c.url, now });
        expect(viaDom.items).toEqual(viaCheerio.items);
      });
    }
  });
}
