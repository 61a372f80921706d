/**
 * The heading tree of the main content: every heading opens a section that runs to the next heading of the same or a
 * higher level. A heading right after the page's first heading, with nothing between, is its subtitle.
 */
import type { Block } from './blocks.ts';
import { bottomUp, elements, tokens, type DocNode } from './page.ts';

export interface Section {
  heading?: Block;
  /** the subtitle merged into this section's heading */
  subtitle?: Block;
  level: number;
  /** blocks directly in this section (not in child sections) */
  blocks: Block[];
  children: Section[];
  parent?: Section;
}

/** Builds the section tree; the root holds what comes before the first heading. */
export function buildSections(blocks: Block[], isFieldHeading: (text: string) => boolean): Section {
  const root: Section = { level: 0, blocks: [], children: [] };
  const stack: Section[] = [root];
  let first: Section | undefined;
  blocks.forEach((block, i) => {
    if (block.type !== 'heading') {
      stack[stack.length - 1].blocks.push(block);
      return;
    }
    const top = stack[stack.length - 1];
    // the page heading's subtitle: the next heading (or a "subheadline" line) with nothing between them
    if (first && top === first && !first.subtitle && first.blocks.length === 0 && first.children.length === 0 && blocks[i - 1] === first.heading && block.level > first.level && !isFieldHeading(block.text) && !hasSibling(blocks, i, first.level, isFieldHeading)) {
      first.subtitle = block;
      return;
    }
    while (stack.length > 1 && stack[stack.length - 1].level >= block.level) stack.pop();
    const parent = stack[stack.length - 1];
    const section: Section = { heading: block, level: block.level, blocks: [], children: [], parent };
    // an entry box that opens with its date before its heading (a calendar card): those blocks belong to this heading
    if (first) section.blocks.push(...leadingBlocks(top, block, blocks[i - 1]));
    parent.children.push(section);
    stack.push(section);
    first ??= section;
  });
  // a "subheadline" paragraph right under the first heading is its subtitle too
  if (first && !first.subtitle) {
    const next = first.blocks[0];
    if (next && first.heading && next.id === first.heading.id + 1 && tokens(next.node).some((t) => /sub-?(?:head|title)/.test(t))) {
      first.subtitle = next;
      first.blocks.shift();
    }
  }
  return root;
}

/**
 * Whether the heading at `i` has a later sibling of its level before the page heading's level returns: then it opens
 * the first of several sections ("Projektaufruf A", "Wettbewerb B" under "Aktuelles"), not the page's subtitle.
 */
function hasSibling(blocks: Block[], i: number, top: number, isFieldHeading: (text: string) => boolean): boolean {
  const level = blocks[i].level;
  for (const b of blocks.slice(i + 1)) {
    if (b.type !== 'heading') continue;
    if (b.level <= top) return false;
    if (b.level === level && !isFieldHeading(b.text)) return true;
  }
  return false;
}

/**
 * The blocks at the end of `section` that stand in the same box as `heading` before it: the heading's outermost
 * ancestor that holds no other heading. They are taken out of `section`.
 */
function leadingBlocks(section: Section, heading: Block, previous: Block | undefined): Block[] {
  const previousHeading = [...sectionBlocksOf(section)].reverse().find((b) => b.type === 'heading');
  if (!previousHeading || !previous || previous.type === 'heading') return [];
  let box: DocNode | null = null;
  // the elements that hold the previous heading, gathered once: the climb asks about each ancestor of this heading
  const aroundPrevious = new Set<DocNode>();
  for (let n: DocNode | null = previousHeading.node; n; n = n.parent) aroundPrevious.add(n);
  for (let n = heading.node.parent; n && !aroundPrevious.has(n) && headingCount(n) === 1; n = n.parent) box = n;
  if (!box) return [];
  const moved: Block[] = [];
  while (section.blocks.length && holds(box, section.blocks[section.blocks.length - 1].node)) moved.unshift(section.blocks.pop()!);
  return moved;
}

/** A section's own heading and blocks (not its children's). */
function sectionBlocksOf(section: Section): Block[] {
  return [...(section.heading ? [section.heading] : []), ...section.blocks];
}

/** Heading counts already computed: the climb in leadingBlocks asks every ancestor of every heading. */
const headingCounts = new WeakMap<DocNode, number>();

/** How many headings an element holds (a box of one entry holds one). */
function headingCount(node: DocNode): number {
  return bottomUp(node, headingCounts, (n, of) => elements(n).reduce((sum, c) => sum + of(c), /^h[1-6]$/.test(n.tag) ? 1 : 0));
}

function holds(ancestor: DocNode, node: DocNode): boolean {
  for (let n: DocNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

/** All blocks of a section and its descendants, in order. */
export function sectionBlocks(section: Section): Block[] {
  const out = [...(section.heading ? [section.heading] : []), ...(section.subtitle ? [section.subtitle] : []), ...section.blocks];
  for (const child of section.children) out.push(...sectionBlocks(child));
  return out.sort((a, b) => a.id - b.id);
}

/** Every block of each section and its descendants, as a set; made once per section (the tree is final once built). */
const blockSets = new WeakMap<Section, Set<Block>>();

/** Whether a block stands in a section or one of its descendants; each entry of a listing asks about the same section. */
export function blocksIn(section: Section): Set<Block> {
  let set = blockSets.get(section);
  if (!set) blockSets.set(section, (set = new Set(sectionBlocks(section))));
  return set;
}

/** The heading of each block's own section, by block id; made once per tree (every unit asks). */
const headingMaps = new WeakMap<Section, Map<number, string>>();

export function headingByBlock(root: Section): Map<number, string> {
  let out = headingMaps.get(root);
  if (out) return out;
  out = new Map<number, string>();
  for (const s of allSections(root)) if (s.heading) for (const b of s.blocks) out.set(b.id, s.heading.text);
  headingMaps.set(root, out);
  return out;
}

/** The section whose own blocks (or heading, or subtitle) hold each block, by block; made once per tree. */
const holders = new WeakMap<Section, Map<Block, Section>>();

export function sectionHolding(root: Section, block: Block): Section | undefined {
  let map = holders.get(root);
  if (!map) {
    map = new Map();
    // a heading is held by the section it heads ("26. September in Eschwege" under "Termine 2020"), a subtitle by the
    // section whose heading it continues
    for (const s of allSections(root)) for (const b of [...(s.heading ? [s.heading] : []), ...(s.subtitle ? [s.subtitle] : []), ...s.blocks]) map.set(b, s);
    holders.set(root, map);
  }
  return map.get(block);
}

/** Every section of the tree, depth first. */
export function allSections(root: Section): Section[] {
  // depth first, parents before children, with a stack of its own (no array per section copied into its parent's)
  const out: Section[] = [];
  const stack = [root];
  while (stack.length) {
    const s = stack.pop()!;
    out.push(s);
    for (let i = s.children.length - 1; i >= 0; i--) stack.push(s.children[i]);
  }
  return out;
}

/** The headings above a block: its section's heading and those of the ancestors. */
export function headingsAbove(section: Section | undefined): Block[] {
  const out: Block[] = [];
  for (let s = section; s; s = s.parent) if (s.heading) out.push(s.heading);
  return out;
}
