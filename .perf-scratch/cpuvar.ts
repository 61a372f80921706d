import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const N = Number(process.env.N ?? 30000);
for (const off of process.argv.slice(2)) {
  const dir = mkdtempSync(join(tmpdir(), 'cwvar-'));
  const child = spawn(process.execPath, ['bin/run-ts.mjs', '.perf-scratch/variant-server.ts'], { env: { ...process.env, OFF: off, DB: join(dir, 'x.db') }, stdio: ['ignore', openSync('/dev/null', 'w'), 'pipe'] });
  let err = '';
  const url = await new Promise<string>((r) => child.stderr!.on('data', (d) => { err += d; const m = /listening on (\S+)/.exec(err); if (m) r(m[1]); }));
  const token = /(cw_\S+)/.exec(err)![1];
  const cpu = () => { const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10_000; };
  const auth = { Authorization: `Bearer ${token}` };
  const routes = { bare: [`${url}/bench/bare`, {}], health: [`${url}/health`, {}], me: [`${url}/api/v1/me`, auth], delta: [`${url}/api/v1/sync/pull?since=0`, auth] } as const;
  for (const [u, h] of Object.values(routes)) await autocannon({ url: u, headers: h as any, connections: 10, amount: 10000 });
  const out: Record<string, number[]> = {};
  for (let p = 0; p < 3; p++) for (const [n, [u, h]] of Object.entries(routes)) {
    const b = cpu(); const res = await autocannon({ url: u, headers: h as any, connections: 10, amount: N });
    if (res.non2xx) throw new Error(n); (out[n] ??= []).push((cpu() - b) / N);
  }
  const med = (l: number[]) => [...l].sort((a, b) => a - b)[1];
  console.log(`OFF=${off}`.padEnd(22), Object.entries(out).map(([n, l]) => `${n} ${med(l).toFixed(1)}`).join('  '));
  child.kill();
}
