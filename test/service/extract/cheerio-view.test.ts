/** Both page-view adapters read the same page the same way: Cheerio (service) and a standards DOM (linkedom here). */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { domView } from '../../../extension/lib/dom-view.ts';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { snapshot } from '../../../shared/extract/page.ts';
import type { PageView } from '../../../shared/extract/view.ts';

const HTML = `<!DOCTYPE html><html lang="de"><head><title>T &amp; T</title><meta property="og:site_name" content="Site">
<script type="application/ld+json">{"@type":"Event","name":"X"}</script><style>p{}</style></head>
<body><main id="m" class="a b"><h1 onclick="x()">Titel<br>Zweite Zeile</h1><p>Text <b>fett</b> &lt;img src=x&gt;</p>
<table><tbody><tr><th>Ort:</th><td>Köln</td></tr></tbody></table><!-- comment --><img src=x onerror="alert(1)"></main></body></html>`;

const views: Array<[string, (html: string) => PageView]> = [
  ['cheerio', cheerioView],
  ['dom', (html) => domView(parseHTML(html).document as unknown as Document)],
];

describe('page-view adapters', () => {
  for (const [name, make] of views) {
    it(`${name}: exposes tags, attributes, text and selectors, never markup`, () => {
      const root = make(HTML).root();
      expect(root.tag).toBe('html');
      expect(root.attr('lang')).toBe('de');
      const [main] = root.select('main');
      expect(main.attr('class')).toBe('a b');
      expect(main.attr('missing')).toBeUndefined();
      const [p] = root.select('main p');
      expect(p.text()).toBe('Text fett <img src=x>');
      expect(p.contents().map((c) => (typeof c === 'string' ? c : c.tag))).toEqual(['Text ', 'b', ' <img src=x>']);
      expect(root.select('script[type="application/ld+json"]')[0].text()).toContain('"Event"');
    });
  }

  // parsers differ on repairs (parse5 adds an implied <tbody>, linkedom does not): the page here spells them out
  it('gives identical snapshots through both adapters', () => {
    const strip = (view: PageView) => JSON.stringify(snapshot(view), (key, value) => (key === 'parent' ? undefined : value));
    expect(strip(views[1][1](HTML))).toEqual(strip(views[0][1](HTML)));
  });

  it('copies no event handlers or sources into the snapshot', () => {
    const json = JSON.stringify(snapshot(cheerioView(HTML)), (key, value) => (key === 'parent' ? undefined : value));
    expect(json).not.toContain('onclick');
    expect(json).not.toContain('onerror');
    expect(json).not.toContain('p{}');
  });
});
