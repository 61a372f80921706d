/** The flags of scripts/serve-node-flags (lines starting with # are comments). */
export function serveNodeFlags(): string[];
/** The flags of scripts/serve-node-flags that neither `execArgv` nor `nodeOptions` sets yet. */
export function missingServeFlags(execArgv: readonly string[], nodeOptions?: string): string[];
/** Re-executes this `callwatch serve` with the missing flags; returns when there is nothing to do. */
export function applyServeFlags(bin: URL): void;
