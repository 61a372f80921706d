/** Struck-through text (<del>, <s>, <strike>) of a block: a date the page crossed out is no longer in force. */
import { isBlockTag } from '../blocks.ts';
import { clean, textOf, type DocNode } from '../page.ts';

const STRUCK = new Set(['del', 's', 'strike']);

/**
 * The struck-through passages of a block's own inline content (not of nested blocks, which are blocks of their own):
 * each element is visited once per block that owns it, so a page costs linear time.
 */
export function struckTexts(node: DocNode): string[] {
  const out: string[] = [];
  const stack: DocNode[] = STRUCK.has(node.tag) ? [] : [node];
  if (STRUCK.has(node.tag)) out.push(clean(textOf(node)));
  while (stack.length) {
    const n = stack.pop()!;
    for (const child of n.children) {
      if (typeof child === 'string') continue;
      if (STRUCK.has(child.tag)) out.push(clean(textOf(child)));
      else if (!isBlockTag(child)) stack.push(child);
    }
  }
  return out.filter(Boolean);
}

/** The date as written stands inside one of the struck passages. */
export function isStruck(dateText: string, struck: string[]): boolean {
  const wanted = clean(dateText);
  return !!wanted && struck.some((t) => t.includes(wanted));
}
