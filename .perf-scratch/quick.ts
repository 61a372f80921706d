// scratch: quick rates of the real service (bare, health, me, delta), N passes
import autocannon from 'autocannon';
import { startBenchServer } from '../bench/serve-process.ts';
import { syncClient } from '../bench/sync.ts';
const server = await startBenchServer();
try {
  const client = syncClient(server);
  await client.push(1000);
  const { cursor } = await client.pullAll();
  const auth = { Authorization: `Bearer ${server.token}` };
  const routes: Record<string, { url: string; headers: Record<string, string> }> = {
    bare: { url: `${server.url}/bench/bare`, headers: {} },
    health: { url: `${server.url}/health`, headers: {} },
    me: { url: `${server.url}/api/v1/me`, headers: auth },
    delta: { url: `${server.url}/api/v1/sync/pull?since=${cursor}`, headers: auth },
  };
  for (const r of Object.values(routes)) await autocannon({ ...r, connections: 10, duration: 1 });
  const out: Record<string, number[]> = {};
  for (let p = 0; p < Number(process.env.PASSES ?? 2); p++)
    for (const [n, r] of Object.entries(routes)) {
      const res = await autocannon({ ...r, connections: 10, duration: 2 });
      if (res.non2xx || res.errors) throw new Error(`${n} non2xx`);
      (out[n] ??= []).push(res.requests.average);
    }
  const m = (l: number[]) => l.reduce((a, b) => a + b) / l.length;
  const bare = m(out.bare);
  for (const [n, l] of Object.entries(out)) console.log(n.padEnd(8), Math.round(m(l)), `${Math.round((m(l) / bare) * 100)} %`);
} finally {
  await server.stop();
}
