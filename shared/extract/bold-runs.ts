/**
 * The bold runs of a block's inline content (pure): the text of each <strong>/<b> that stands inside the block rather
 * than opening it ("Am 30. Januar findet eine <b>Antragswerkstatt für CERV-Projekte</b> statt"); a run that opens
 * the block is its lead (blocks.ts). Read without recursion, in document order, at most a few per block; a bold run
 * nested in another is part of it.
 */
import { clean, textOf, type DocNode } from './page.ts';

/** at most this many runs of one block are kept */
const MAX_RUNS = 4;

const isBold = (node: DocNode) => node.tag === 'strong' || node.tag === 'b';

/** The bold runs inside a block's nodes, the one that opens it (its lead) left out. */
export function boldRuns(nodes: DocNode['children']): string[] {
  const out: string[] = [];
  // whether visible text came before the node popped next: a bold run before any text opens the block
  let seenText = false;
  const stack: Array<DocNode | string> = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]);
  while (stack.length && out.length < MAX_RUNS) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      if (/\S/.test(node)) seenText = true;
      continue;
    }
    if (isBold(node)) {
      const text = clean(textOf(node));
      if (text && seenText) out.push(text);
      if (text) seenText = true;
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out;
}
