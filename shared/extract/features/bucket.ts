/**
 * A count as a feature value: "<e" for the first edge it stays under, "last+" past every edge. The values are made
 * once per edge and kept, so a feature builder asking again and again gets the same string, not a new one (a string
 * made once is hashed once, however often a model's weights are looked up by it).
 */
const under = new Map<number, string>();
const past = new Map<number, string>();
function label(kept: Map<number, string>, edge: number, make: (e: number) => string): string {
  let s = kept.get(edge);
  if (s === undefined) kept.set(edge, (s = make(edge)));
  return s;
}
export const bucket = (n: number, edges: readonly number[]): string => {
  for (let i = 0; i < edges.length; i++) if (n < edges[i]) return label(under, edges[i], (e) => `<${e}`);
  return label(past, edges[edges.length - 1], (e) => `${e}+`);
};

/**
 * A bucketed feature with its name, made once: `bucketed('sib:', [2, 3])` gives a function from a count to "sib:<2",
 * "sib:<3" or "sib:3+" — the same strings `sib:${bucket(n, [2, 3])}` builds, without building one per call.
 */
export function bucketed(prefix: string, edges: readonly number[]): (n: number) => string {
  const names = [...edges.map((e) => `${prefix}<${e}`), `${prefix}${edges[edges.length - 1]}+`];
  const last = edges.length;
  return (n) => {
    for (let i = 0; i < last; i++) if (n < edges[i]) return names[i];
    return names[last];
  };
}

/**
 * Two feature names joined by `sep` (`joiner('&')('src:list', 'anchor:event')` is "src:list&anchor:event"), each pair
 * made once and kept. Only for names from a closed set (structure and cue lists, never a page's text), so the kept
 * pairs stay few.
 */
export function joiner(sep: string): (a: string, b: string) => string {
  const pairs = new Map<string, Map<string, string>>();
  return (a, b) => {
    let of = pairs.get(a);
    if (!of) pairs.set(a, (of = new Map()));
    let s = of.get(b);
    if (s === undefined) of.set(b, (s = `${a}${sep}${b}`));
    return s;
  };
}
