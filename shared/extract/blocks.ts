/**
 * Linearises the main content into blocks — headings, paragraphs, list entries, table cells, definition terms — each
 * with its text and where it stands (list, table row and column, label). Later stages read blocks, not markup.
 */
import { isChrome, isLayoutCell, isStackedTable } from './boilerplate.ts';
import type { CueSet } from './cues/types.ts';
import { clean, elements, textOf, tokens, type DocNode } from './page.ts';
import { datedLines } from './dated-lines.ts';
import { bulletLines } from './bullet-lines.ts';

export interface Block {
  id: number;
  type: 'heading' | 'text' | 'item' | 'cell' | 'term' | 'desc';
  /** heading level 1–6 (0 for other blocks) */
  level: number;
  /** the text, whitespace collapsed; line breaks (<br>) kept as "\n" */
  text: string;
  node: DocNode;
  /** the label this value stands under: a table's column or row header, a <dt>, a bold "Label:" lead */
  label?: string;
  /** a list entry's list, and its position */
  list?: { id: number; index: number };
  /** a table cell's table, row and column; header cells are marked */
  cell?: { table: number; row: number; col: number; header: boolean };
  /** text of a leading <strong>/<b> (a title or a label inside the block) */
  lead?: string;
  /** a <time datetime> inside the block */
  datetime?: string;
  /** the block follows a thematic break (<hr>, a "***" line): a newsletter's next entry may start here */
  afterRule?: boolean;
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'figure', 'figcaption', 'address', 'blockquote', 'pre',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'hr', 'center', 'fieldset', 'details', 'summary', 'body', 'html',
]);
/** A line made only of separator marks, at least three ("***", "* * *", "-----", "~~~"). */
const SEPARATOR_LINE = /^(?:[*\-–—_~=•·#]\s*){3,}$/u;
export const isBlockTag = (node: DocNode) => BLOCK_TAGS.has(node.tag);
const hasBlockChild = (node: DocNode) => elements(node).some(isBlockTag);

/** Reads the main content into blocks, skipping chrome. */
export function readBlocks(main: DocNode, cues: CueSet[]): Block[] {
  const blocks: Block[] = [];
  let lists = 0;
  let tables = 0;
  let rule = false;

  const push = (block: Omit<Block, 'id'>) => {
    if (!block.text) return;
    // a line of only separator marks ("***", "* * *", "———") is a break like <hr>, not text
    if (block.type === 'text' && SEPARATOR_LINE.test(block.text)) {
      rule = true;
      return;
    }
    blocks.push({ ...block, id: blocks.length, ...(rule ? { afterRule: true } : {}) });
    rule = false;
  };

  /** A run of inline content (text, links, <b>) becomes one block. */
  const inline = (nodes: DocNode['children'], owner: DocNode, extra: Partial<Block> = {}) => {
    const text = inlineText(nodes, cues);
    if (!text) return;
    // "<b>Wann:</b> …<br><b>Wo:</b> …<br><b>Anmeldeschluss:</b> …": a field list in one paragraph is one block per line,
    // so that every value stands under its own label
    // lines that each open with their date are a list written with line breaks (dated-lines.ts): one entry per line
    const entries = !extra.list && !extra.cell ? datedLines(text) : undefined;
    if (entries) {
      const id = ++lists;
      entries.forEach((line, index) => push({ type: 'item', level: 0, text: line, node: owner, ...extra, list: { id, index } }));
      return;
    }
    // lines that open with a bullet glyph are a list written with line breaks (bullet-lines.ts): one block per line,
    // each a paragraph that opens with its glyph as a list written without markup in separate paragraphs is
    const bulleted = !extra.list && !extra.cell ? bulletLines(text) : undefined;
    if (bulleted) {
      for (const line of bulleted) push({ type: 'text', level: 0, text: line, node: owner, ...extra });
      return;
    }
    const lines = text.split('\n');
    if (!extra.label && lines.filter((line) => splitLabel(line, undefined)).length >= 2) {
      for (const line of lines) {
        const label = splitLabel(line, undefined);
        push({ type: 'text', level: 0, text: line, node: owner, ...extra, ...(label ? { label, lead: label } : {}) });
      }
      return;
    }
    const lead = leadText(nodes, cues);
    const datetime = findDatetime(nodes);
    const base = { type: 'text' as const, level: 0, text, node: owner, lead, datetime, ...extra };
    const labelled = !base.label ? splitLabel(text, lead) : undefined;
    push(labelled ? { ...base, label: labelled } : base);
  };

  const walk = (node: DocNode, extra: Partial<Block> = {}) => {
    if (node !== main && isChrome(node, cues)) return;
    if (node.tag === 'hr') {
      rule = true;
      return;
    }
    const heading = /^h([1-6])$/.exec(node.tag);
    if (heading) {
      push({ type: 'heading', level: Number(heading[1]), text: clean(inlineText(node.children, cues)), node });
      return;
    }
    if (node.tag === 'table') return readTable(node);
    if (node.tag === 'ul' || node.tag === 'ol') {
      const id = ++lists;
      elements(node)
        .filter((li) => li.tag === 'li' && !isChrome(li, cues))
        .forEach((li, index) => walk(li, { ...extra, type: 'item', list: { id, index } }));
      return;
    }
    if (node.tag === 'dl') return readDefinitions(node, extra);
    // a block with only inline content is one block; otherwise runs of inline content between child blocks are
    let run: DocNode['children'] = [];
    const flush = () => {
      inline(run, node, extra);
      run = [];
    };
    if (!hasBlockChild(node)) return inline(node.children, node, extra);
    for (const child of node.children) {
      if (typeof child !== 'string' && isBlockTag(child)) {
        flush();
        walk(child, extra.type === 'item' ? extra : {});
      } else run.push(child);
    }
    flush();
  };

  const readDefinitions = (dl: DocNode, extra: Partial<Block>) => {
    let term: string | undefined;
    for (const child of elements(dl)) {
      if (isChrome(child, cues)) continue;
      if (child.tag === 'dt') {
        term = clean(inlineText(child.children, cues)).replace(/:$/, '');
        push({ type: 'term', level: 0, text: term, node: child });
      } else if (child.tag === 'dd') {
        if (hasBlockChild(child)) walk(child, { ...extra, type: 'desc', label: term });
        else inline(child.children, child, { type: 'desc', label: term });
      } else walk(child, extra);
    }
  };

  const readTable = (table: DocNode) => {
    const id = ++tables;
    const rows = tableRows(table).filter((tr) => !isChrome(tr, cues));
    const caption = elements(table).find((n) => n.tag === 'caption');
    if (caption) inline(caption.children, caption);
    const grid = rows.map((tr) => elements(tr).filter((c) => c.tag === 'td' || c.tag === 'th'));
    // a layout table (cells holding whole sections) is read as plain containers
    if (isStackedTable(table) || grid.some((cells) => cells.some(isLayoutCell))) {
      for (const cells of grid) for (const cell of cells) walk(cell);
      return;
    }
    const headerRow = grid.length > 1 && (grid[0].every((c) => c.tag === 'th') || rows[0].parent?.tag === 'thead') ? grid[0] : null;
    const headers = headerRow?.map((c) => clean(inlineText(c.children, cues)).replace(/:$/, '')) ?? [];
    grid.forEach((cells, row) => {
      const isHeader = cells === headerRow;
      // a two-column row with a label in its first cell ("Ort:", <th>Termin</th>) labels the second cell
      const rowLabel = !isHeader && cells.length === 2 && (cells[0].tag === 'th' || /:\s*$/.test(clean(textOf(cells[0])))) ? clean(inlineText(cells[0].children, cues)).replace(/:$/, '') : undefined;
      cells.forEach((c, col) => {
        const label = isHeader ? undefined : rowLabel !== undefined ? (col === 1 ? rowLabel : undefined) : headers[col];
        const cell = { table: id, row, col, header: isHeader || (rowLabel !== undefined && col === 0) };
        const text = inlineText(c.children, cues);
        push({ type: 'cell', level: 0, text, node: c, label, cell, lead: leadText(c.children, cues), datetime: findDatetime(c.children) });
      });
    });
  };

  walk(main);
  return blocks;
}

function tableRows(table: DocNode): DocNode[] {
  const rows: DocNode[] = [];
  for (const child of elements(table)) {
    if (child.tag === 'tr') rows.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.tag)) rows.push(...elements(child).filter((n) => n.tag === 'tr'));
  }
  return rows;
}

/** Inline text: <br> and nested blocks become line breaks, chrome is skipped. */
function inlineText(nodes: DocNode['children'], cues: CueSet[]): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') out += node;
    else if (node.tag === 'br') out += '\n';
    else if (node.tag === 'img') continue;
    else if (isChrome(node, cues)) continue;
    else if (isBlockTag(node)) out += `\n${inlineText(node.children, cues)}\n`;
    else out += inlineText(node.children, cues);
  }
  // one line (most inline runs): the split and join would give the cleaned line back
  if (!out.includes('\n')) return clean(out);
  return out
    .split('\n')
    .map(clean)
    .filter(Boolean)
    .join('\n');
}

/** Text with something other than whitespace (what `clean` would leave non-empty), found without copying it. */
const VISIBLE = /[^\s\u00a0\u200b]/;

/** The text of a <strong>/<b> that opens a block. */
function leadText(nodes: DocNode['children'], cues: CueSet[]): string | undefined {
  for (const node of nodes) {
    if (typeof node === 'string') {
      if (VISIBLE.test(node)) return undefined;
      continue;
    }
    if (node.tag === 'strong' || node.tag === 'b') return clean(inlineText(node.children, cues)) || undefined;
    if (tokens(node).some((t) => t.includes('title'))) return clean(inlineText(node.children, cues)) || undefined;
    return undefined;
  }
  return undefined;
}

function findDatetime(nodes: DocNode['children']): string | undefined {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    if (node.tag === 'time' && node.attrs.datetime) return node.attrs.datetime;
    const inner = findDatetime(node.children);
    if (inner) return inner;
  }
  return undefined;
}

/** "Label: value" – a short label (≤ 5 words, no digits) before a colon. */
function splitLabel(text: string, lead: string | undefined): string | undefined {
  if (!text.includes(':')) return undefined;
  const m = /^([^:\n\d]{2,45}):\s+\S/.exec(text);
  if (!m) return undefined;
  const label = m[1].trim();
  if (label.split(/\s+/).length > 5) return undefined;
  if (lead && lead.replace(/:$/, '').trim() !== label && !lead.startsWith(label)) return undefined;
  return label;
}
