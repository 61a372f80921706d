const { register } = await import('tsx/esm/api');
const r0 = Math.round(process.memoryUsage().rss / 1048576);
register();
const r1 = Math.round(process.memoryUsage().rss / 1048576);
await import('../service/cli/main.ts');
const r2 = Math.round(process.memoryUsage().rss / 1048576);
globalThis.gc?.();
console.log({ beforeRegister: r0, afterRegister: r1, afterMainImport: r2, heapUsed: Math.round(process.memoryUsage().heapUsed / 1048576) });
