/**
 * Reading a value where a locator points, and finding the locator of a value on the page a correction came from. A
 * value sits either alone in its element (a template's `<h1 class="title">`) or in a labelled row inside a container:
 * `<dt>Bewerbungsschluss</dt><dd>…</dd>`, `<th>Frist</th><td>…</td>`, `<p><strong>Ort:</strong> Köln</p>`,
 * `<li>Einsendeschluss: …</li>`. Every read here is bounded: a text is read up to a few hundred characters and a few
 * hundred nodes, a container's rows up to a few thousand elements, so a profile never costs more than a constant.
 */
import { clean, descendants, elements, type DocNode } from '../page.ts';
import { MAX_ROW_LABEL, type Locator } from './schema.ts';
import { pathTo, resolvePath } from './path.ts';

/** a row's text (label and value) is read up to this many characters */
export const MAX_ROW_TEXT = 600;
/** elements of a container looked at for its labelled row */
export const MAX_ROW_SCAN = 3_000;
const MAX_TEXT_NODES = 400;
/** nodes one reading of a locator visits at most, all its texts together */
export const MAX_READ_NODES = 60_000;

/** What a reading may still visit; shared by every text it reads. */
export interface Allowance {
  nodes: number;
}
/** Ancestors that hold a template's labelled rows: the place a row's label is looked for. */
const ROW_CONTAINERS = new Set(['dl', 'table', 'ul', 'ol', 'section', 'article', 'aside', 'main', 'form', 'fieldset']);

/** The text below a node, cleaned; null when it is longer than `max` characters (or spread over too many nodes). */
export function boundedText(node: DocNode, max: number, allowance: Allowance = { nodes: Infinity }): string | null {
  let length = 0;
  let visited = 0;
  const parts: string[] = [];
  const stack: Array<DocNode | string> = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (++visited > MAX_TEXT_NODES || --allowance.nodes < 0) return null;
    if (typeof next === 'string') {
      parts.push(next);
      length += next.length;
      // whitespace is collapsed later: allow some slack before giving up
      if (length > max * 4) return null;
      continue;
    }
    // a row read as text keeps its cells apart ("Frist" + "15.04.2027" is not "Frist15.04.2027")
    parts.push(' ');
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]);
  }
  const text = clean(parts.join(''));
  return text.length <= max ? text : null;
}

/** A row label as compared: lower case, one space, no trailing colon. */
export function normLabel(text: string): string {
  return clean(text).toLowerCase().replace(/\s*:\s*$/, '');
}

const looksLikeLabel = (text: string) => text.length >= 2 && text.length <= MAX_ROW_LABEL + 1 && !/\d/.test(text) && /\p{L}/u.test(text);

function previousElement(node: DocNode): DocNode | null {
  if (!node.parent) return null;
  const siblings = elements(node.parent);
  const at = siblings.indexOf(node);
  return at > 0 ? siblings[at - 1] : null;
}

function nextElement(node: DocNode): DocNode | null {
  if (!node.parent) return null;
  const siblings = elements(node.parent);
  const at = siblings.indexOf(node);
  return at >= 0 && at + 1 < siblings.length ? siblings[at + 1] : null;
}

/** The value a row labelled `label` gives when `node` is the row or its label; null when it is neither. */
function rowValue(node: DocNode, label: string, allowance: Allowance): { value: string; size: number } | null {
  const text = boundedText(node, MAX_ROW_TEXT, allowance);
  if (text === null) return null;
  const lower = text.toLowerCase();
  if (normLabel(text) === label) {
    // the label alone: its value is the next element (dd, td, a value span), or the rest of its parent's text; finding
    // a sibling walks the siblings, which the allowance pays for (a label repeated in a huge list stays bounded)
    allowance.nodes -= node.parent?.children.length ?? 0;
    if (allowance.nodes < 0) return null;
    const next = nextElement(node);
    const value = next ? boundedText(next, MAX_ROW_TEXT, allowance) : null;
    if (value) return { value, size: text.length };
    const whole = node.parent ? boundedText(node.parent, MAX_ROW_TEXT, allowance) : null;
    if (whole && whole.startsWith(text)) {
      const rest = whole.slice(text.length).replace(/^\s*:\s*/, '').trim();
      if (rest) return { value: rest, size: whole.length };
    }
    return null;
  }
  if (lower.startsWith(label)) {
    const m = /^\s*:\s*(\S[\s\S]*)$/.exec(text.slice(label.length));
    if (m) return { value: m[1], size: text.length };
  }
  return null;
}

/**
 * The value at a locator on this page, or null when the template has no such place (any more). Every node the reading
 * looks at is paid from `allowance` (a path's steps, a row's scan, each text): an exhausted allowance reads nothing.
 */
export function readAt(root: DocNode, at: Locator, max: number, allowance: Allowance = { nodes: MAX_READ_NODES }): string | null {
  const container = resolvePath(root, at.path, allowance);
  if (!container) return null;
  if (at.row === undefined) {
    const text = boundedText(container, max, allowance);
    return text ? text : null;
  }
  let best: { value: string; size: number } | null = null;
  let seen = 0;
  for (const node of descendants(container)) {
    if (++seen > MAX_ROW_SCAN || --allowance.nodes <= 0) break;
    const found = rowValue(node, at.row, allowance);
    // the smallest row that carries the label: a wrapper of several rows starts with the label too
    if (found && (!best || found.size < best.size)) best = found;
  }
  return best && best.value.length <= max ? best.value : null;
}

/** The element where a template keeps a row's label: the nearest list, table or landmark above it (else its grandparent). */
function containerOf(label: DocNode): DocNode | null {
  let n = label.parent;
  for (let up = 0; n && up < 4; up++, n = n.parent) {
    if (ROW_CONTAINERS.has(n.tag) || n.attrs.id || n.attrs.class) return n.parent ? n : null;
  }
  const grand = label.parent?.parent ?? label.parent;
  return grand && grand.parent ? grand : null;
}

function locatorFor(container: DocNode | null, row?: string): Locator | null {
  if (!container) return null;
  const path = pathTo(container);
  return path ? { path, ...(row !== undefined ? { row } : {}) } : null;
}

/**
 * The locators that could name where `node` (the smallest element holding a value) sits: a labelled row, and the
 * element itself — first for a title (a template's heading is its own place; a kicker before it is no label), last for
 * a date or place (a row's position shifts with the rows before it, its label does not). The caller keeps the first
 * that reads the value back on the same page.
 */
export function candidateLocators(node: DocNode, ownFirst = false): Locator[] {
  const out: Locator[] = [];
  const text = boundedText(node, MAX_ROW_TEXT) ?? '';
  // "Bewerbungsschluss: 15.04.2027" in one element
  const inline = /^([^:\d]{2,81}?)\s*:\s*\S/.exec(text);
  if (inline && looksLikeLabel(inline[1])) {
    const loc = locatorFor(containerOf(node), normLabel(inline[1]));
    if (loc) out.push(loc);
  }
  // a label element before the value (dt/dd, th/td, label/value spans), on the value's level or up to two above
  for (let e: DocNode | null = node, up = 0; e && e.parent && up < 3; e = e.parent, up++) {
    const before = previousElement(e);
    const label = before ? boundedText(before, MAX_ROW_LABEL + 1) : null;
    if (before && label && looksLikeLabel(label)) {
      const loc = locatorFor(containerOf(before), normLabel(label));
      if (loc) out.push(loc);
    }
  }
  const own = locatorFor(node);
  if (own) out[ownFirst ? 'unshift' : 'push'](own);
  return out;
}
