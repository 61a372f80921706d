/** The sync core shared by the extension and the service. */
export * from './hlc.ts';
export * from './op.ts';
export * from './merge.ts';
export * from './overlay.ts';
export * from './skew.ts';
export { canonicalJson } from './canonical.ts';
