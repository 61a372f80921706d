import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
const variants = process.argv.slice(2);
for (const mw of variants) {
  const child = spawn(process.execPath, ['bin/run-ts.mjs', process.env.SERVER ?? '.perf-scratch/mw-server.ts'], { env: { ...process.env, MW: mw }, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((r) => child.stdout!.on('data', (d) => { const m = /PORT (\d+)/.exec(String(d)); if (m) r(m[1]); }));
  const url = `http://127.0.0.1:${port}/x`;
  await autocannon({ url, connections: 10, duration: 1 });
  const rs = [];
  for (let i = 0; i < 2; i++) rs.push((await autocannon({ url, connections: 10, duration: 3 })).requests.average);
  console.log(mw.padEnd(20), rs.map(Math.round).join(' '));
  child.kill();
}
