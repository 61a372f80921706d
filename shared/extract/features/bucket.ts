/** A count as a feature value: "<e" for the first edge it stays under, "last+" past every edge. */
export const bucket = (n: number, edges: readonly number[]): string => {
  const i = edges.findIndex((e) => n < e);
  return i < 0 ? `${edges[edges.length - 1]}+` : `<${edges[i]}`;
};
