// scratch: server CPU µs per request (utime+stime from /proc), less noisy than req/s on a shared machine
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { startBenchServer } from '../bench/serve-process.ts';
import { syncClient } from '../bench/sync.ts';
const server = await startBenchServer();
const cpu = () => { const f = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10_000; }; // µs (100 Hz ticks)
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
  const N = Number(process.env.N ?? 40000);
  for (const r of Object.values(routes)) await autocannon({ ...r, connections: 10, amount: 10000 });
  const out: Record<string, number[]> = {};
  for (let p = 0; p < 3; p++)
    for (const [n, r] of Object.entries(routes)) {
      const before = cpu();
      const res = await autocannon({ ...r, connections: 10, amount: N });
      if (res.non2xx || res.errors) throw new Error(`${n} non2xx`);
      (out[n] ??= []).push((cpu() - before) / N);
    }
  const med = (l: number[]) => [...l].sort((a, b) => a - b)[1];
  const bare = med(out.bare);
  for (const [n, l] of Object.entries(out)) console.log(n.padEnd(8), med(l).toFixed(1).padStart(6), 'µs/req', `${Math.round((bare / med(l)) * 100)} % of bare's rate`);
} finally {
  await server.stop();
}
