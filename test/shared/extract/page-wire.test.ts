/**
 * The page snapshot as plain data (shared/extract/page-wire.ts): what the clip content script sends to the extension.
 * It must come back as the same tree, extract to the same items, survive Chrome's JSON-like and Firefox's structured
 * clone serialisation at any nesting, stay within its bounds, and refuse anything that is not a snapshot.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { domView } from '../../../extension/lib/dom-view.ts';
import { cheerioView } from '../../../service/extract/cheerio-view.ts';
import { extract } from '../../../shared/extract/index.ts';
import { MAX_DEPTH, snapshot, textOf, type DocNode } from '../../../shared/extract/page.ts';
import { cappedView, fromWire, snapshotView, toWire, WIRE_MAX_NODES } from '../../../shared/extract/page-wire.ts';
import { CORPUS_DIR } from '../../fixtures/corpus/index.ts';
import { page } from './helpers.ts';

/** The tree without parent pointers, for comparison. */
function plain(node: DocNode): unknown {
  return { tag: node.tag, attrs: node.attrs, children: node.children.map((c) => (typeof c === 'string' ? c : plain(c))) };
}

/** Through the wire as Chrome and Firefox pass executeScript results. */
const crossed = (root: DocNode) => fromWire(structuredClone(JSON.parse(JSON.stringify(toWire(root)))));

describe('page snapshot on the wire', () => {
  it('comes back as the same tree, and a corpus page extracts to the same items as from the page itself', () => {
    const name = 'skew-nakopa-bekanntmachung-2024-zweistufig';
    const label = JSON.parse(readFileSync(join(CORPUS_DIR, `${name}.json`), 'utf8')) as { url: string; now: string };
    const view = cheerioView(readFileSync(join(CORPUS_DIR, `${name}.html`), 'utf8'));
    const root = snapshot(view);
    const back = crossed(root);
    expect(plain(back)).toEqual(plain(root));
    expect(plain(snapshot(snapshotView(back)))).toEqual(plain(root));
    const input = { url: label.url, now: new Date(`${label.now}T10:00:00Z`), includePast: true };
    const direct = extract({ ...input, view });
    expect(direct.items.length).toBeGreaterThan(0);
    expect(extract({ ...input, view: snapshotView(back) }).items).toEqual(direct.items);
  });

  it('keeps markup in page text as text', () => {
    const root = snapshot(cheerioView(page('<h1>&lt;img src=x onerror=alert(1)&gt;</h1><p title="x">a<b onclick="f()">b</b></p>')));
    const back = crossed(root);
    expect(textOf(back)).toContain('<img src=x onerror=alert(1)>');
    const p = [...JSON.stringify(toWire(back)).matchAll(/onclick/g)];
    expect(p).toEqual([]);
  });

  it('crosses 100,000 nested elements flat: no nesting on the wire, the tree no deeper than MAX_DEPTH', { timeout: 20_000 }, () => {
    const { document } = parseHTML(page('<h1>Förderaufruf</h1>'));
    let box = document.body as unknown as Element;
    for (let i = 0; i < 100_000; i++) box = box.appendChild(document.createElement(i % 2 ? 'span' : 'div'));
    box.appendChild(document.createTextNode('Anträge bis zum 31.03.2026.'));
    const wire = toWire(snapshot(domView(document as unknown as Document)));
    // an element's attributes are the deepest value: Chrome's converter would cut a nested tree at its depth limit
    expect(wire.nodes.every((n) => typeof n === 'string' || Object.values(n).every((v) => typeof v !== 'object' || Object.values(v).every((a) => typeof a === 'string')))).toBe(true);
    let deepest = 0;
    const stack: Array<[DocNode, number]> = [[crossed(snapshot(domView(document as unknown as Document))), 0]];
    while (stack.length) {
      const [node, depth] = stack.pop()!;
      deepest = Math.max(deepest, depth);
      for (const c of node.children) if (typeof c !== 'string') stack.push([c, depth + 1]);
    }
    expect(deepest).toBeLessThanOrEqual(MAX_DEPTH);
  });

  it('copies a page past its bounds up to them, the first part of the page, and says it cut it', () => {
    const html = page(`<h1>Förderaufruf</h1>${`<div>${'<p>Absatz mit etwas Text.</p>'.repeat(10)}</div>`.repeat(100)}<p>Das Ende.</p>`);
    const whole = cappedView(cheerioView(html));
    const all = snapshot(whole);
    expect(whole.cut()).toBe(false);
    const small = cappedView(cheerioView(html), 300, 1_000_000);
    const part = snapshot(small);
    expect(small.cut()).toBe(true);
    expect(toWire(part, small.cut()).nodes.length).toBeLessThanOrEqual(301);
    expect(textOf(part)).toContain('Absatz mit etwas Text.');
    expect(textOf(part)).toContain('Förderaufruf');
    expect(textOf(part)).not.toContain('Das Ende.');
    expect(textOf(all)).toContain('Das Ende.');
    const fewChars = cappedView(cheerioView(html), WIRE_MAX_NODES, 500);
    expect(textOf(snapshot(fewChars)).length).toBeLessThanOrEqual(500);
    expect(fewChars.cut()).toBe(true);
  });

  it('rebuilds any wire into a tree with what snapshot() guarantees, so extract reads it as it is', () => {
    // a wire no snapshot wrote: foreign attributes, soft hyphens, an opaque element with content, nesting past MAX_DEPTH
    const deep = 300;
    const wire = {
      nodes: [
        { t: 'HTML', a: { onclick: 'f()', style: 'x', lang: 'de', id: 'top' }, n: 3 },
        { t: 'script', a: { type: 'application/ld+json' }, n: 2 },
        '{"@type":"Event",',
        { t: 'b', n: 1 },
        '"name":"Ent\u00adwicklung"}',
        { t: 'select', n: 1 },
        { t: 'option', n: 1 },
        'Bitte wählen',
        { t: 'body', n: 1 },
        ...Array.from({ length: deep }, (_, i) => ({ t: 'div', a: { class: `d${i}`, src: 'x' }, n: i === deep - 1 ? 2 : 1 })),
        'Ent\u00adwicklungs\u00adpolitik',
        { t: 'style', n: 1 },
        'p { color: red }',
      ],
    };
    const tree = fromWire(wire);
    expect(plain(snapshot(snapshotView(tree)))).toEqual(plain(tree));
    expect(tree.attrs).toEqual({ id: 'top', lang: 'de' });
    expect(Object.keys(tree.attrs)).toEqual(['id', 'lang']);
    const [script, select] = tree.children as DocNode[];
    expect(script.children).toEqual(['{"@type":"Event","name":"Ent\u00adwicklung"}']);
    expect(select.children).toEqual([]);
    let deepest = 0;
    const stack: Array<[DocNode, number]> = [[tree, 0]];
    while (stack.length) {
      const [node, depth] = stack.pop()!;
      deepest = Math.max(deepest, depth);
      if (node.tag === 'div') expect(node.attrs).toEqual({ class: node.attrs.class });
      for (const c of node.children) if (typeof c === 'string') expect(c.includes('\u00ad') && node.tag !== 'script').toBe(false);
      else stack.push([c, depth + 1]);
    }
    expect(deepest).toBe(MAX_DEPTH + 1); // the style element, opaque, stays an element inside the deepest div
    expect(textOf(tree)).toContain('Entwicklungspolitik');
    expect(textOf(tree)).not.toContain('color: red');
  });

  it('extracts the same items from the rebuilt tree read as it is as from a copy of it, and leaves the tree as it was', () => {
    const name = 'skew-nakopa-bekanntmachung-2024-zweistufig';
    const label = JSON.parse(readFileSync(join(CORPUS_DIR, `${name}.json`), 'utf8')) as { url: string; now: string };
    const tree = crossed(snapshot(cheerioView(readFileSync(join(CORPUS_DIR, `${name}.html`), 'utf8'))));
    const before = JSON.stringify(plain(tree));
    const input = { url: label.url, now: new Date(`${label.now}T10:00:00Z`), includePast: true };
    const copied = extract({ ...input, view: snapshotView(tree) });
    expect(copied.items.length).toBeGreaterThan(0);
    const direct = extract({ ...input, tree });
    expect(direct).toEqual(copied);
    expect(JSON.stringify(plain(tree))).toBe(before);
  });

  it('refuses what is not a snapshot', () => {
    for (const bad of [null, {}, { nodes: [] }, { nodes: ['text'] }, { nodes: [{ t: 'html', n: 2 }, 'a'] }, { nodes: [{ t: 'html', n: 0 }, 'a'] }, { nodes: [{ t: 7, n: 0 }] }, { nodes: [{ t: 'html', n: -1 }] }, { nodes: [{ t: 'html', n: 1 }, { t: 'p', n: 1.5 }] }]) {
      expect(() => fromWire(bad), JSON.stringify(bad)).toThrow(/malformed snapshot/);
    }
    const root = fromWire(JSON.parse('{"nodes":[{"t":"html","a":{"__proto__":"x","lang":"de","id":7},"n":0}]}'));
    expect(root.attrs).toEqual({ lang: 'de' });
    expect(Object.getPrototypeOf(root.attrs)).toBe(Object.prototype);
  });
});
