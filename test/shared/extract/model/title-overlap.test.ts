/**
 * The title features count how many of a candidate's words the unit's other blocks and the blocks of its dates repeat
 * once per unit (features/title.ts), instead of a union of every block's words per candidate: checked against that
 * plain definition on generated units — texts repeated across blocks and candidates, candidates inside the unit, in a
 * dated block and outside it, and several dates in one block.
 */
import { describe, expect, it } from 'vitest';
import { titleFeatures, titleWords } from '../../../../shared/extract/features/title.ts';
import type { Block } from '../../../../shared/extract/blocks.ts';
import { cuesFor } from '../../../../shared/extract/cues/index.ts';
import type { DateFact } from '../../../../shared/extract/facts.ts';
import type { Unit } from '../../../../shared/extract/segment.ts';
import type { TitleCandidate } from '../../../../shared/extract/title-candidates.ts';

const TEXTS = ['Förderaufruf Klimaschutz', 'Klimaschutz für Städte', 'Anträge bis 30. April', 'Städte und Gemeinden', 'Förderaufruf', '—', 'Klimaschutz in Gemeinden 2026'];

/** a small deterministic generator (xorshift), so every run checks the same units */
function generator(seed: number) {
  let x = seed;
  return (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

const bucket = (x: number) => (x === 0 ? 'none' : x < 0.5 ? 'some' : x < 1 ? 'most' : 'all');
const share = (mine: Set<string>, of: Set<string>) => [...mine].filter((w) => of.has(w)).length / mine.size;

/** the plain definition: the union of the words of every other block, and of every date's block but the candidate's own */
function expected(c: TitleCandidate, unit: Unit, facts: DateFact[]): string[] {
  const mine = titleWords(c.text);
  if (!mine.size) return [];
  const body = new Set<string>();
  for (const b of unit.blocks) if (b !== c.block && b.text !== c.text) for (const w of titleWords(b.text)) body.add(w);
  const dated = new Set<string>();
  for (const f of facts) if (f.block !== c.block) for (const w of titleWords(f.block.text)) dated.add(w);
  return [`body:${bucket(share(mine, body))}`, ...(dated.size ? [`dated:${bucket(share(mine, dated))}`] : [])];
}

describe('the title features of a candidate’s overlap with its unit', () => {
  it('count what the union of the other blocks’ words gives, on 500 generated units', () => {
    const next = generator(2026);
    const cues = cuesFor('de');
    const seen = new Set<string>();
    for (let u = 0; u < 500; u++) {
      const blocks = Array.from({ length: 1 + next(6) }, (_, id) => ({ id, type: 'text', level: 0, text: TEXTS[next(TEXTS.length)] }) as Block);
      const unit = { source: 'page', blocks, headings: [] } as Unit;
      const facts = Array.from({ length: next(4) }, (_, id) => ({ id, block: blocks[next(blocks.length)], role: 'deadline' }) as DateFact);
      const outside = { id: 99, type: 'heading', level: 1, text: TEXTS[next(TEXTS.length)] } as Block;
      const candidates: TitleCandidate[] = Array.from({ length: 1 + next(4) }, () => {
        const at = next(blocks.length + 2);
        const block = at < blocks.length ? blocks[at] : at === blocks.length ? outside : undefined;
        return { text: block?.text ?? TEXTS[next(TEXTS.length)], sources: ['heading'], block };
      });
      const ctx = { unit, facts, cues, candidates };
      for (const c of candidates) {
        const got = titleFeatures(c, ctx).filter((f) => f.startsWith('body:') || f.startsWith('dated:'));
        const want = expected(c, unit, facts);
        for (const f of want) seen.add(f);
        if (got.join() !== want.join()) expect({ unit: blocks.map((b) => b.text), facts: facts.map((f) => f.block.id), c: [c.text, c.block?.id], got }).toEqual({ unit: blocks.map((b) => b.text), facts: facts.map((f) => f.block.id), c: [c.text, c.block?.id], got: want });
      }
    }
    // every bucket of both features turns up
    expect([...seen].sort()).toEqual(['all', 'most', 'none', 'some'].flatMap((b) => [`body:${b}`, `dated:${b}`]).sort());
  });
});

describe('the words of a title as the referee counts them', () => {
  /** the referee's definition: lower case, accents folded, split on every other character, three characters or more, no stop words */
  const STOP = new Set('der die das und für zur zum von des den dem ein eine im in am an auf mit the and for of to a on at'.split(' '));
  const plain = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9ß]+/).filter((w) => w.length >= 3 && !STOP.has(w));

  it('are the pieces of a split, in order, without short pieces, stop words or repeats', () => {
    const texts = ['Förderaufruf „Klimaschutz für Städte“ 2026', 'ab 1. Mai: Straße & Café — Ökö-Tag', 'EU-Fonds 24/7, Nr. 12 Ab Ab ab', 'ﬁnale Maßnahme über Öl', 'a bc def ghij', '', '—', 'Up to 3 calls: the and of…', 'naïve résumé 2e 33'];
    for (const text of texts) expect([...titleWords(text)]).toEqual([...new Set(plain(text))]);
    expect([...titleWords('Straße zur Öko-Förderung 2026')]).toEqual(['straße', 'oko', 'forderung', '2026']);
  });
});
