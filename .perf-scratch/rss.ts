// scratch: service RSS at start and holding 100,000 items after a full pull, per NODE_OPTIONS variant
import { startBenchServer } from '../bench/serve-process.ts';
import { syncClient } from '../bench/sync.ts';
const server = await startBenchServer();
try {
  const start = server.memory();
  const client = syncClient(server);
  const t0 = performance.now();
  await client.push(Number(process.env.ITEMS ?? 100_000));
  const t1 = performance.now();
  const all = await client.pullAll();
  const t2 = performance.now();
  const m = server.memory();
  console.log(`${(process.env.NODE_OPTIONS ?? '').padEnd(60)} start ${start.rssMb} MB, after ${m.rssMb} MB, peak ${m.peakMb} MB; push ${Math.round(t1 - t0)} ms, pull ${Math.round(t2 - t1)} ms (${all.items})`);
} finally {
  await server.stop();
}
