/**
 * Structural paths over the page snapshot: from the document element down, one step per element — its tag, its
 * stable class tokens and id, and its position among siblings of the same tag. A path names a place in the template,
 * never the text in it, so the path learned on one page finds the same place on another page of the template.
 */
import { elements, type DocNode } from '../page.ts';
import { MAX_PATH_STEPS, MAX_STEP_CLASSES, type Step } from './schema.ts';

/**
 * Class tokens worth keeping: generated ones (hashes, ids: "css-1x9f3a", "node-48213") and state classes differ from
 * page to page of one template.
 */
const STATE_CLASS = /^(?:is-|has-|js-)|^(?:active|current|selected|open|hidden|visible|first|last|odd|even)$/;
function stableTokens(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t.length > 0 && t.length <= 60 && (t.match(/\d/g)?.length ?? 0) < 3 && !STATE_CLASS.test(t))
    .slice(0, MAX_STEP_CLASSES);
}

function stableId(value: string | undefined): string | undefined {
  const [id] = stableTokens(value);
  return id && !/\s/.test(value!.trim()) ? id : undefined;
}

/** The path from the document element to `node`; null when the node is the root or nested deeper than a path may go. */
export function pathTo(node: DocNode): Step[] | null {
  const steps: Step[] = [];
  for (let n = node; n.parent; n = n.parent) {
    if (steps.length >= MAX_PATH_STEPS) return null;
    let nth = 0;
    for (const sibling of n.parent.children) {
      if (typeof sibling === 'string' || sibling.tag !== n.tag) continue;
      nth += 1;
      if (sibling === n) break;
    }
    const id = stableId(n.attrs.id);
    steps.push({ tag: n.tag, classes: stableTokens(n.attrs.class), ...(id ? { id } : {}), nth });
  }
  return steps.length ? steps.reverse() : null;
}

function fits(node: DocNode, step: Step): boolean {
  if (step.id !== undefined && stableId(node.attrs.id) !== step.id) return false;
  if (step.classes.length === 0) return true;
  const have = new Set(stableTokens(node.attrs.class));
  return step.classes.every((c) => have.has(c));
}

/**
 * The element a path names on this page, or null when the template no longer has it. A step that names classes or an
 * id takes the one sibling of its tag that has them (its position may shift with the content before it); when several
 * have them, or the step names none, the one at its position — which must have them too.
 */
export function resolvePath(root: DocNode, path: readonly Step[], allowance: { nodes: number } = { nodes: Infinity }): DocNode | null {
  let node = root;
  for (const step of path) {
    // each step looks at the children of its element once: the reading pays for them
    allowance.nodes -= node.children.length;
    if (allowance.nodes < 0) return null;
    const sameTag = elements(node).filter((c) => c.tag === step.tag);
    const named = step.classes.length > 0 || step.id !== undefined;
    const fitting = named ? sameTag.filter((c) => fits(c, step)) : [];
    const next = fitting.length === 1 ? fitting[0] : sameTag[step.nth - 1];
    if (!next || !fits(next, step)) return null;
    node = next;
  }
  return node;
}

/** Every element matching a path whose last step may sit at any position (the records of a listing). */
export function resolveAll(root: DocNode, path: readonly Step[]): DocNode[] {
  const parent = resolvePath(root, path.slice(0, -1));
  const last = path[path.length - 1];
  if (!parent || !last) return [];
  return elements(parent).filter((c) => c.tag === last.tag && fits(c, last));
}

/** Two paths name the same place. */
export function samePath(a: readonly Step[], b: readonly Step[]): boolean {
  return a.length === b.length && a.every((s, i) => s.tag === b[i].tag && s.nth === b[i].nth && s.id === b[i].id && s.classes.join(' ') === b[i].classes.join(' '));
}
